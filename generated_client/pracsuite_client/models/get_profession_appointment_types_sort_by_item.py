from typing import Literal

GetProfessionAppointmentTypesSortByItem = Literal["appointment_type_id", "description"]

GET_PROFESSION_APPOINTMENT_TYPES_SORT_BY_ITEM_VALUES: set[GetProfessionAppointmentTypesSortByItem] = {
    "appointment_type_id",
    "description",
}


def check_get_profession_appointment_types_sort_by_item(value: str) -> GetProfessionAppointmentTypesSortByItem:
    if value in GET_PROFESSION_APPOINTMENT_TYPES_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PROFESSION_APPOINTMENT_TYPES_SORT_BY_ITEM_VALUES!r}"
    )

from typing import Literal, cast

GetProfessionAppointmentTypesSortByItem = Literal["appointment_type_id", "description"]

GET_PROFESSION_APPOINTMENT_TYPES_SORT_BY_ITEM_VALUES: set[GetProfessionAppointmentTypesSortByItem] = {
    "appointment_type_id",
    "description",
}


def check_get_profession_appointment_types_sort_by_item(value: str) -> GetProfessionAppointmentTypesSortByItem:
    """`value` as GetProfessionAppointmentTypesSortByItem; a value newer than this client is kept as it is."""
    return cast(GetProfessionAppointmentTypesSortByItem, value)

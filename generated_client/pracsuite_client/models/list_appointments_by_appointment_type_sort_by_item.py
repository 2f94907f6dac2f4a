from typing import Literal

ListAppointmentsByAppointmentTypeSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES: set[ListAppointmentsByAppointmentTypeSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_appointment_type_sort_by_item(value: str) -> ListAppointmentsByAppointmentTypeSortByItem:
    if value in LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES!r}"
    )

from typing import Literal

ListAppointmentsSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_sort_by_item(value: str) -> ListAppointmentsSortByItem:
    if value in LIST_APPOINTMENTS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_SORT_BY_ITEM_VALUES!r}")

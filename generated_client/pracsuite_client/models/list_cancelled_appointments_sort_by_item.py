from typing import Literal

ListCancelledAppointmentsSortByItem = Literal["app_time", "appointment_id", "cancellation_time"]

LIST_CANCELLED_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListCancelledAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
    "cancellation_time",
}


def check_list_cancelled_appointments_sort_by_item(value: str) -> ListCancelledAppointmentsSortByItem:
    if value in LIST_CANCELLED_APPOINTMENTS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CANCELLED_APPOINTMENTS_SORT_BY_ITEM_VALUES!r}")

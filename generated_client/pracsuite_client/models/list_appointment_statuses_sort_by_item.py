from typing import Literal

ListAppointmentStatusesSortByItem = Literal["appointment_status_id", "description"]

LIST_APPOINTMENT_STATUSES_SORT_BY_ITEM_VALUES: set[ListAppointmentStatusesSortByItem] = {
    "appointment_status_id",
    "description",
}


def check_list_appointment_statuses_sort_by_item(value: str) -> ListAppointmentStatusesSortByItem:
    if value in LIST_APPOINTMENT_STATUSES_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_STATUSES_SORT_BY_ITEM_VALUES!r}")

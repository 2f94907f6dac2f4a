from typing import Literal

ListGroupAppointmentsSortByItem = Literal["app_time", "appointment_id"]

LIST_GROUP_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListGroupAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_group_appointments_sort_by_item(value: str) -> ListGroupAppointmentsSortByItem:
    if value in LIST_GROUP_APPOINTMENTS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUP_APPOINTMENTS_SORT_BY_ITEM_VALUES!r}")

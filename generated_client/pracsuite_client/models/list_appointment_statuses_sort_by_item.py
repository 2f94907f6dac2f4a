from typing import Literal, cast

ListAppointmentStatusesSortByItem = Literal["appointment_status_id", "description"]

LIST_APPOINTMENT_STATUSES_SORT_BY_ITEM_VALUES: set[ListAppointmentStatusesSortByItem] = {
    "appointment_status_id",
    "description",
}


def check_list_appointment_statuses_sort_by_item(value: str) -> ListAppointmentStatusesSortByItem:
    """`value` as ListAppointmentStatusesSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentStatusesSortByItem, value)

from typing import Literal, cast

ListAppointmentsSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_sort_by_item(value: str) -> ListAppointmentsSortByItem:
    """`value` as ListAppointmentsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentsSortByItem, value)

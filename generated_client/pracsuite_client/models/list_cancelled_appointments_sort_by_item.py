from typing import Literal, cast

ListCancelledAppointmentsSortByItem = Literal["app_time", "appointment_id", "cancellation_time"]

LIST_CANCELLED_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListCancelledAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
    "cancellation_time",
}


def check_list_cancelled_appointments_sort_by_item(value: str) -> ListCancelledAppointmentsSortByItem:
    """`value` as ListCancelledAppointmentsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListCancelledAppointmentsSortByItem, value)

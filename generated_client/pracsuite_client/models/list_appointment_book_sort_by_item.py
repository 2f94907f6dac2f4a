from typing import Literal, cast

ListAppointmentBookSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENT_BOOK_SORT_BY_ITEM_VALUES: set[ListAppointmentBookSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointment_book_sort_by_item(value: str) -> ListAppointmentBookSortByItem:
    """`value` as ListAppointmentBookSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentBookSortByItem, value)

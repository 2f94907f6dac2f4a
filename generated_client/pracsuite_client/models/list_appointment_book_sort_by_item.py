from typing import Literal

ListAppointmentBookSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENT_BOOK_SORT_BY_ITEM_VALUES: set[ListAppointmentBookSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointment_book_sort_by_item(value: str) -> ListAppointmentBookSortByItem:
    if value in LIST_APPOINTMENT_BOOK_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_BOOK_SORT_BY_ITEM_VALUES!r}")

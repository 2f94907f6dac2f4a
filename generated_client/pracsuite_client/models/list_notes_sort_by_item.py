from typing import Literal

ListNotesSortByItem = Literal["app_time", "appointment_id"]

LIST_NOTES_SORT_BY_ITEM_VALUES: set[ListNotesSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_notes_sort_by_item(value: str) -> ListNotesSortByItem:
    if value in LIST_NOTES_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_NOTES_SORT_BY_ITEM_VALUES!r}")

from typing import Literal, cast

ListNotesSortByItem = Literal["app_time", "appointment_id"]

LIST_NOTES_SORT_BY_ITEM_VALUES: set[ListNotesSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_notes_sort_by_item(value: str) -> ListNotesSortByItem:
    """`value` as ListNotesSortByItem; a value newer than this client is kept as it is."""
    return cast(ListNotesSortByItem, value)

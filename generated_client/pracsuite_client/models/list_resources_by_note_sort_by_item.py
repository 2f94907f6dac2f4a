from typing import Literal

ListResourcesByNoteSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_NOTE_SORT_BY_ITEM_VALUES: set[ListResourcesByNoteSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_note_sort_by_item(value: str) -> ListResourcesByNoteSortByItem:
    if value in LIST_RESOURCES_BY_NOTE_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_BY_NOTE_SORT_BY_ITEM_VALUES!r}")

from typing import Literal, cast

ListResourcesByNoteSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_NOTE_SORT_BY_ITEM_VALUES: set[ListResourcesByNoteSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_note_sort_by_item(value: str) -> ListResourcesByNoteSortByItem:
    """`value` as ListResourcesByNoteSortByItem; a value newer than this client is kept as it is."""
    return cast(ListResourcesByNoteSortByItem, value)

from typing import Literal, cast

ListItemsSortByItem = Literal["description", "item_code", "item_id"]

LIST_ITEMS_SORT_BY_ITEM_VALUES: set[ListItemsSortByItem] = {
    "description",
    "item_code",
    "item_id",
}


def check_list_items_sort_by_item(value: str) -> ListItemsSortByItem:
    """`value` as ListItemsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListItemsSortByItem, value)

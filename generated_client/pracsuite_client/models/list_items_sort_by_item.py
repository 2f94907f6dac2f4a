from typing import Literal

ListItemsSortByItem = Literal["description", "item_code", "item_id"]

LIST_ITEMS_SORT_BY_ITEM_VALUES: set[ListItemsSortByItem] = {
    "description",
    "item_code",
    "item_id",
}


def check_list_items_sort_by_item(value: str) -> ListItemsSortByItem:
    if value in LIST_ITEMS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ITEMS_SORT_BY_ITEM_VALUES!r}")

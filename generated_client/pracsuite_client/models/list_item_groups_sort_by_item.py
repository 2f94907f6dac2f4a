from typing import Literal

ListItemGroupsSortByItem = Literal["description", "item_group_id"]

LIST_ITEM_GROUPS_SORT_BY_ITEM_VALUES: set[ListItemGroupsSortByItem] = {
    "description",
    "item_group_id",
}


def check_list_item_groups_sort_by_item(value: str) -> ListItemGroupsSortByItem:
    if value in LIST_ITEM_GROUPS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ITEM_GROUPS_SORT_BY_ITEM_VALUES!r}")

from typing import Literal, cast

ListItemGroupsSortByItem = Literal["description", "item_group_id"]

LIST_ITEM_GROUPS_SORT_BY_ITEM_VALUES: set[ListItemGroupsSortByItem] = {
    "description",
    "item_group_id",
}


def check_list_item_groups_sort_by_item(value: str) -> ListItemGroupsSortByItem:
    """`value` as ListItemGroupsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListItemGroupsSortByItem, value)

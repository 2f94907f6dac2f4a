from typing import Literal, cast

ListResourcesSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_SORT_BY_ITEM_VALUES: set[ListResourcesSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_sort_by_item(value: str) -> ListResourcesSortByItem:
    """`value` as ListResourcesSortByItem; a value newer than this client is kept as it is."""
    return cast(ListResourcesSortByItem, value)

from typing import Literal, cast

ListBusinessesSortByItem = Literal["business_id", "business_name", "display_name"]

LIST_BUSINESSES_SORT_BY_ITEM_VALUES: set[ListBusinessesSortByItem] = {
    "business_id",
    "business_name",
    "display_name",
}


def check_list_businesses_sort_by_item(value: str) -> ListBusinessesSortByItem:
    """`value` as ListBusinessesSortByItem; a value newer than this client is kept as it is."""
    return cast(ListBusinessesSortByItem, value)

from typing import Literal

ListBusinessesSortByItem = Literal["business_id", "business_name", "display_name"]

LIST_BUSINESSES_SORT_BY_ITEM_VALUES: set[ListBusinessesSortByItem] = {
    "business_id",
    "business_name",
    "display_name",
}


def check_list_businesses_sort_by_item(value: str) -> ListBusinessesSortByItem:
    if value in LIST_BUSINESSES_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESSES_SORT_BY_ITEM_VALUES!r}")

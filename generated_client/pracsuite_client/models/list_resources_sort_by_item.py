from typing import Literal

ListResourcesSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_SORT_BY_ITEM_VALUES: set[ListResourcesSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_sort_by_item(value: str) -> ListResourcesSortByItem:
    if value in LIST_RESOURCES_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_SORT_BY_ITEM_VALUES!r}")

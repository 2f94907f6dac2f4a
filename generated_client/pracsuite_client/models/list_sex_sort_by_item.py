from typing import Literal, cast

ListSexSortByItem = Literal["description", "sex_id"]

LIST_SEX_SORT_BY_ITEM_VALUES: set[ListSexSortByItem] = {
    "description",
    "sex_id",
}


def check_list_sex_sort_by_item(value: str) -> ListSexSortByItem:
    """`value` as ListSexSortByItem; a value newer than this client is kept as it is."""
    return cast(ListSexSortByItem, value)

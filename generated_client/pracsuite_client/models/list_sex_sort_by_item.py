from typing import Literal

ListSexSortByItem = Literal["description", "sex_id"]

LIST_SEX_SORT_BY_ITEM_VALUES: set[ListSexSortByItem] = {
    "description",
    "sex_id",
}


def check_list_sex_sort_by_item(value: str) -> ListSexSortByItem:
    if value in LIST_SEX_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SEX_SORT_BY_ITEM_VALUES!r}")

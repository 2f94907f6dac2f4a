from typing import Literal

ListProfessionsSortByItem = Literal["description", "profession_id"]

LIST_PROFESSIONS_SORT_BY_ITEM_VALUES: set[ListProfessionsSortByItem] = {
    "description",
    "profession_id",
}


def check_list_professions_sort_by_item(value: str) -> ListProfessionsSortByItem:
    if value in LIST_PROFESSIONS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PROFESSIONS_SORT_BY_ITEM_VALUES!r}")

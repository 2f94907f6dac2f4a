from typing import Literal, cast

ListProfessionsSortByItem = Literal["description", "profession_id"]

LIST_PROFESSIONS_SORT_BY_ITEM_VALUES: set[ListProfessionsSortByItem] = {
    "description",
    "profession_id",
}


def check_list_professions_sort_by_item(value: str) -> ListProfessionsSortByItem:
    """`value` as ListProfessionsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListProfessionsSortByItem, value)

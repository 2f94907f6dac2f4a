from typing import Literal

ListOrganisationsSortByItem = Literal["description", "organisation_id"]

LIST_ORGANISATIONS_SORT_BY_ITEM_VALUES: set[ListOrganisationsSortByItem] = {
    "description",
    "organisation_id",
}


def check_list_organisations_sort_by_item(value: str) -> ListOrganisationsSortByItem:
    if value in LIST_ORGANISATIONS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANISATIONS_SORT_BY_ITEM_VALUES!r}")

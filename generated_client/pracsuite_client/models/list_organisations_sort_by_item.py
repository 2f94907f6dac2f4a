from typing import Literal, cast

ListOrganisationsSortByItem = Literal["description", "organisation_id"]

LIST_ORGANISATIONS_SORT_BY_ITEM_VALUES: set[ListOrganisationsSortByItem] = {
    "description",
    "organisation_id",
}


def check_list_organisations_sort_by_item(value: str) -> ListOrganisationsSortByItem:
    """`value` as ListOrganisationsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListOrganisationsSortByItem, value)

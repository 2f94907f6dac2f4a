from typing import Literal, cast

ListPatientsSortByItem = Literal["client_id", "created", "date_of_birth", "first_name", "modified", "surname"]

LIST_PATIENTS_SORT_BY_ITEM_VALUES: set[ListPatientsSortByItem] = {
    "client_id",
    "created",
    "date_of_birth",
    "first_name",
    "modified",
    "surname",
}


def check_list_patients_sort_by_item(value: str) -> ListPatientsSortByItem:
    """`value` as ListPatientsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientsSortByItem, value)

from typing import Literal

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
    if value in LIST_PATIENTS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENTS_SORT_BY_ITEM_VALUES!r}")

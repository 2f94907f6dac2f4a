from typing import Literal, cast

ListPatientContactsSortByItem = Literal["client_id", "first_name", "patient_contact_id", "surname"]

LIST_PATIENT_CONTACTS_SORT_BY_ITEM_VALUES: set[ListPatientContactsSortByItem] = {
    "client_id",
    "first_name",
    "patient_contact_id",
    "surname",
}


def check_list_patient_contacts_sort_by_item(value: str) -> ListPatientContactsSortByItem:
    """`value` as ListPatientContactsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientContactsSortByItem, value)

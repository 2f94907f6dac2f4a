from typing import Literal, cast

ListPatientContactsByPatientSortByItem = Literal["client_id", "first_name", "patient_contact_id", "surname"]

LIST_PATIENT_CONTACTS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListPatientContactsByPatientSortByItem] = {
    "client_id",
    "first_name",
    "patient_contact_id",
    "surname",
}


def check_list_patient_contacts_by_patient_sort_by_item(value: str) -> ListPatientContactsByPatientSortByItem:
    """`value` as ListPatientContactsByPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientContactsByPatientSortByItem, value)

from typing import Literal

ListPayerContactsByPayerSortByItem = Literal["first_name", "payer_contact_id", "surname"]

LIST_PAYER_CONTACTS_BY_PAYER_SORT_BY_ITEM_VALUES: set[ListPayerContactsByPayerSortByItem] = {
    "first_name",
    "payer_contact_id",
    "surname",
}


def check_list_payer_contacts_by_payer_sort_by_item(value: str) -> ListPayerContactsByPayerSortByItem:
    if value in LIST_PAYER_CONTACTS_BY_PAYER_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYER_CONTACTS_BY_PAYER_SORT_BY_ITEM_VALUES!r}")

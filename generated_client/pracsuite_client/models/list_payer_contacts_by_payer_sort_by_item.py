from typing import Literal, cast

ListPayerContactsByPayerSortByItem = Literal["first_name", "payer_contact_id", "surname"]

LIST_PAYER_CONTACTS_BY_PAYER_SORT_BY_ITEM_VALUES: set[ListPayerContactsByPayerSortByItem] = {
    "first_name",
    "payer_contact_id",
    "surname",
}


def check_list_payer_contacts_by_payer_sort_by_item(value: str) -> ListPayerContactsByPayerSortByItem:
    """`value` as ListPayerContactsByPayerSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPayerContactsByPayerSortByItem, value)

from typing import Literal, cast

ListAccountsForPatientSortByItem = Literal["account_id", "billing_name", "short_description"]

LIST_ACCOUNTS_FOR_PATIENT_SORT_BY_ITEM_VALUES: set[ListAccountsForPatientSortByItem] = {
    "account_id",
    "billing_name",
    "short_description",
}


def check_list_accounts_for_patient_sort_by_item(value: str) -> ListAccountsForPatientSortByItem:
    """`value` as ListAccountsForPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAccountsForPatientSortByItem, value)

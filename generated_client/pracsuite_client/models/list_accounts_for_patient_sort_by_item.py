from typing import Literal

ListAccountsForPatientSortByItem = Literal["account_id", "billing_name", "short_description"]

LIST_ACCOUNTS_FOR_PATIENT_SORT_BY_ITEM_VALUES: set[ListAccountsForPatientSortByItem] = {
    "account_id",
    "billing_name",
    "short_description",
}


def check_list_accounts_for_patient_sort_by_item(value: str) -> ListAccountsForPatientSortByItem:
    if value in LIST_ACCOUNTS_FOR_PATIENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ACCOUNTS_FOR_PATIENT_SORT_BY_ITEM_VALUES!r}")

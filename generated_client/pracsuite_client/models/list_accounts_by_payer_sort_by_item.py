from typing import Literal

ListAccountsByPayerSortByItem = Literal["account_id", "billing_name", "short_description"]

LIST_ACCOUNTS_BY_PAYER_SORT_BY_ITEM_VALUES: set[ListAccountsByPayerSortByItem] = {
    "account_id",
    "billing_name",
    "short_description",
}


def check_list_accounts_by_payer_sort_by_item(value: str) -> ListAccountsByPayerSortByItem:
    if value in LIST_ACCOUNTS_BY_PAYER_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ACCOUNTS_BY_PAYER_SORT_BY_ITEM_VALUES!r}")

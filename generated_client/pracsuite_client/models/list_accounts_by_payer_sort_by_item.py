from typing import Literal, cast

ListAccountsByPayerSortByItem = Literal["account_id", "billing_name", "short_description"]

LIST_ACCOUNTS_BY_PAYER_SORT_BY_ITEM_VALUES: set[ListAccountsByPayerSortByItem] = {
    "account_id",
    "billing_name",
    "short_description",
}


def check_list_accounts_by_payer_sort_by_item(value: str) -> ListAccountsByPayerSortByItem:
    """`value` as ListAccountsByPayerSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAccountsByPayerSortByItem, value)

from typing import Literal, cast

ListPaymentsByPatientAccountSortByItem = Literal["created", "payment_id", "payment_time", "total"]

LIST_PAYMENTS_BY_PATIENT_ACCOUNT_SORT_BY_ITEM_VALUES: set[ListPaymentsByPatientAccountSortByItem] = {
    "created",
    "payment_id",
    "payment_time",
    "total",
}


def check_list_payments_by_patient_account_sort_by_item(value: str) -> ListPaymentsByPatientAccountSortByItem:
    """`value` as ListPaymentsByPatientAccountSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPaymentsByPatientAccountSortByItem, value)

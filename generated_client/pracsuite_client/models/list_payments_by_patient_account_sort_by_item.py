from typing import Literal

ListPaymentsByPatientAccountSortByItem = Literal["created", "payment_id", "payment_time", "total"]

LIST_PAYMENTS_BY_PATIENT_ACCOUNT_SORT_BY_ITEM_VALUES: set[ListPaymentsByPatientAccountSortByItem] = {
    "created",
    "payment_id",
    "payment_time",
    "total",
}


def check_list_payments_by_patient_account_sort_by_item(value: str) -> ListPaymentsByPatientAccountSortByItem:
    if value in LIST_PAYMENTS_BY_PATIENT_ACCOUNT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PAYMENTS_BY_PATIENT_ACCOUNT_SORT_BY_ITEM_VALUES!r}"
    )

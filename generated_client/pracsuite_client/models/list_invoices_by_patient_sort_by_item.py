from typing import Literal

ListInvoicesByPatientSortByItem = Literal["created", "invoice_date", "invoice_id", "invoice_number"]

LIST_INVOICES_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListInvoicesByPatientSortByItem] = {
    "created",
    "invoice_date",
    "invoice_id",
    "invoice_number",
}


def check_list_invoices_by_patient_sort_by_item(value: str) -> ListInvoicesByPatientSortByItem:
    if value in LIST_INVOICES_BY_PATIENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICES_BY_PATIENT_SORT_BY_ITEM_VALUES!r}")

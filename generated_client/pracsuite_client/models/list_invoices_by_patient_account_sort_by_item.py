from typing import Literal, cast

ListInvoicesByPatientAccountSortByItem = Literal["created", "invoice_date", "invoice_id", "invoice_number"]

LIST_INVOICES_BY_PATIENT_ACCOUNT_SORT_BY_ITEM_VALUES: set[ListInvoicesByPatientAccountSortByItem] = {
    "created",
    "invoice_date",
    "invoice_id",
    "invoice_number",
}


def check_list_invoices_by_patient_account_sort_by_item(value: str) -> ListInvoicesByPatientAccountSortByItem:
    """`value` as ListInvoicesByPatientAccountSortByItem; a value newer than this client is kept as it is."""
    return cast(ListInvoicesByPatientAccountSortByItem, value)

from typing import Literal, cast

ListInvoicesByPatientSortByItem = Literal["created", "invoice_date", "invoice_id", "invoice_number"]

LIST_INVOICES_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListInvoicesByPatientSortByItem] = {
    "created",
    "invoice_date",
    "invoice_id",
    "invoice_number",
}


def check_list_invoices_by_patient_sort_by_item(value: str) -> ListInvoicesByPatientSortByItem:
    """`value` as ListInvoicesByPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListInvoicesByPatientSortByItem, value)

from enum import StrEnum


class ListInvoicesByPatientAccountSortByItem(StrEnum):
    CREATED = "created"
    INVOICE_DATE = "invoice_date"
    INVOICE_ID = "invoice_id"
    INVOICE_NUMBER = "invoice_number"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListPaymentsByPatientAccountSortByItem(StrEnum):
    CREATED = "created"
    PAYMENT_ID = "payment_id"
    PAYMENT_TIME = "payment_time"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)

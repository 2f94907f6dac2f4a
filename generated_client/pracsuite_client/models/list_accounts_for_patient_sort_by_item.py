from enum import StrEnum


class ListAccountsForPatientSortByItem(StrEnum):
    ACCOUNT_ID = "account_id"
    BILLING_NAME = "billing_name"
    SHORT_DESCRIPTION = "short_description"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListPayerContactsByPayerSortByItem(StrEnum):
    FIRST_NAME = "first_name"
    PAYER_CONTACT_ID = "payer_contact_id"
    SURNAME = "surname"

    def __str__(self) -> str:
        return str(self.value)

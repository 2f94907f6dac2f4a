from enum import StrEnum


class ListPatientsSortByItem(StrEnum):
    CLIENT_ID = "client_id"
    CREATED = "created"
    DATE_OF_BIRTH = "date_of_birth"
    FIRST_NAME = "first_name"
    MODIFIED = "modified"
    SURNAME = "surname"

    def __str__(self) -> str:
        return str(self.value)

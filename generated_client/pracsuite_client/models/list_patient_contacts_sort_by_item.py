from enum import StrEnum


class ListPatientContactsSortByItem(StrEnum):
    CLIENT_ID = "client_id"
    FIRST_NAME = "first_name"
    PATIENT_CONTACT_ID = "patient_contact_id"
    SURNAME = "surname"

    def __str__(self) -> str:
        return str(self.value)

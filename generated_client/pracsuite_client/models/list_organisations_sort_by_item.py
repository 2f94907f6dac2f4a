from enum import StrEnum


class ListOrganisationsSortByItem(StrEnum):
    DESCRIPTION = "description"
    ORGANISATION_ID = "organisation_id"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListProfessionsSortByItem(StrEnum):
    DESCRIPTION = "description"
    PROFESSION_ID = "profession_id"

    def __str__(self) -> str:
        return str(self.value)

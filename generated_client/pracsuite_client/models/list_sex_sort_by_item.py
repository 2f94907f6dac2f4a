from enum import StrEnum


class ListSexSortByItem(StrEnum):
    DESCRIPTION = "description"
    SEX_ID = "sex_id"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListResourcesSortByItem(StrEnum):
    DESCRIPTION = "description"
    RESOURCE_ID = "resource_id"
    RESOURCE_RANK = "resource_rank"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListItemsSortByItem(StrEnum):
    DESCRIPTION = "description"
    ITEM_CODE = "item_code"
    ITEM_ID = "item_id"

    def __str__(self) -> str:
        return str(self.value)

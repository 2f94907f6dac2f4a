from enum import StrEnum


class ListItemGroupsSortByItem(StrEnum):
    DESCRIPTION = "description"
    ITEM_GROUP_ID = "item_group_id"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListBusinessesSortByItem(StrEnum):
    BUSINESS_ID = "business_id"
    BUSINESS_NAME = "business_name"
    DISPLAY_NAME = "display_name"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListNotesSortByItem(StrEnum):
    APPOINTMENT_ID = "appointment_id"
    APP_TIME = "app_time"

    def __str__(self) -> str:
        return str(self.value)

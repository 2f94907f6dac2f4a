from enum import StrEnum


class ListCancelledAppointmentsSortByItem(StrEnum):
    APPOINTMENT_ID = "appointment_id"
    APP_TIME = "app_time"
    CANCELLATION_TIME = "cancellation_time"

    def __str__(self) -> str:
        return str(self.value)

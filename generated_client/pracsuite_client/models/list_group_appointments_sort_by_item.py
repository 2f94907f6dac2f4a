from enum import StrEnum


class ListGroupAppointmentsSortByItem(StrEnum):
    APPOINTMENT_ID = "appointment_id"
    APP_TIME = "app_time"

    def __str__(self) -> str:
        return str(self.value)

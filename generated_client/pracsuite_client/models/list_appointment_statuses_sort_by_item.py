from enum import StrEnum


class ListAppointmentStatusesSortByItem(StrEnum):
    APPOINTMENT_STATUS_ID = "appointment_status_id"
    DESCRIPTION = "description"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class GetProfessionAppointmentTypesSortByItem(StrEnum):
    APPOINTMENT_TYPE_ID = "appointment_type_id"
    DESCRIPTION = "description"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ListGroupAppointmentMembersSortByItem(StrEnum):
    APPOINTMENT_CLIENT_ID = "appointment_client_id"
    CLIENT_ID = "client_id"

    def __str__(self) -> str:
        return str(self.value)

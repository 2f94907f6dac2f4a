from enum import StrEnum


class ListRescheduleReasonsSortByItem(StrEnum):
    APPOINTMENT_RESCHEDULE_REASON_ID = "appointment_reschedule_reason_id"
    REASON = "reason"

    def __str__(self) -> str:
        return str(self.value)

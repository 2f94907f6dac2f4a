from enum import StrEnum


class ListCancellationReasonsSortByItem(StrEnum):
    APPOINTMENT_CANCELLATION_REASON_ID = "appointment_cancellation_reason_id"
    REASON = "reason"

    def __str__(self) -> str:
        return str(self.value)

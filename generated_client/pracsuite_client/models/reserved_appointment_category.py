from enum import IntEnum


class ReservedAppointmentCategory(IntEnum):
    RESERVED = 0
    PATIENT = 1
    NOTE = 2
    GROUP = 3
    RULEOUT = 4

    def __str__(self) -> str:
        return str(self.value)

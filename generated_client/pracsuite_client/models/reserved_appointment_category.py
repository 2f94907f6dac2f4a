"""ReservedAppointmentCategory: Reserved = 0, Patient = 1, Note = 2, Group = 3, Ruleout = 4."""

from typing import Literal, cast

ReservedAppointmentCategory = Literal[0, 1, 2, 3, 4]

RESERVED_APPOINTMENT_CATEGORY_VALUES: set[ReservedAppointmentCategory] = {
    0,
    1,
    2,
    3,
    4,
}


def check_reserved_appointment_category(value: int) -> ReservedAppointmentCategory:
    """`value` as ReservedAppointmentCategory; a value newer than this client is kept as it is."""
    return cast(ReservedAppointmentCategory, value)

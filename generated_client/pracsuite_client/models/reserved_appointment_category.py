from typing import Literal

ReservedAppointmentCategory = Literal[0, 1, 2, 3, 4]

RESERVED_APPOINTMENT_CATEGORY_VALUES: set[ReservedAppointmentCategory] = {
    0,
    1,
    2,
    3,
    4,
}


def check_reserved_appointment_category(value: int) -> ReservedAppointmentCategory:
    if value in RESERVED_APPOINTMENT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESERVED_APPOINTMENT_CATEGORY_VALUES!r}")

"""The kinds of appointment-book entry: one `appointment` collection holds them all, told apart
by `category`. The strings are the API's own (Get Appointment Book answers them); `code` is the
number Reserve Appointment answers instead."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    RESERVED = "Reserved"
    PATIENT = "Patient"
    NOTE = "Note"
    GROUP = "Group"
    RULE_OUT = "Rule Out"

    @property
    def code(self) -> int:
        return _CODES[self]


_CODES = {
    Category.RESERVED: 0,
    Category.PATIENT: 1,
    Category.NOTE: 2,
    Category.GROUP: 3,
    Category.RULE_OUT: 4,
}

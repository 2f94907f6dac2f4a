from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReserveAppointmentRequest")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "app_time",
    "practitioner_business_id",
    "duration",
    "column",
    "width",
    "rule_out",
)


@_attrs_define
class ReserveAppointmentRequest:
    """
    Attributes:
        app_time (str): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar value
            (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar (month
            lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        practitioner_business_id (int):  Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        column (int | Unset):  Example: 1.
        width (int | Unset):  Example: 1.
        rule_out (bool | Unset): True books the spot as a rule out, which needs no finalising. Default: False. Example:
            False.
    """

    app_time: str
    practitioner_business_id: int
    duration: int
    column: int | Unset = UNSET
    width: int | Unset = UNSET
    rule_out: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        app_time = self.app_time

        practitioner_business_id = self.practitioner_business_id

        duration = self.duration

        column = self.column

        width = self.width

        rule_out = self.rule_out

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "duration": duration,
            }
        )
        if column is not UNSET:
            field_dict["column"] = column
        if width is not UNSET:
            field_dict["width"] = width
        if rule_out is not UNSET:
            field_dict["rule_out"] = rule_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                app_time,
                practitioner_business_id,
                duration,
                column,
                width,
                rule_out,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            app_time = src_dict["app_time"]
            practitioner_business_id = src_dict["practitioner_business_id"]
            duration = src_dict["duration"]
            column = src_dict.get("column", UNSET)
            width = src_dict.get("width", UNSET)
            rule_out = src_dict.get("rule_out", UNSET)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        reserve_appointment_request = cls(
            app_time,
            practitioner_business_id,
            duration,
            column,
            width,
            rule_out,
        )

        return reserve_appointment_request

from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RuleOut")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "appointment_id",
        "app_time",
        "practitioner_id",
        "business_id",
        "duration",
        "column_number",
        "width",
        "category",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "appointment_id",
    "app_time",
    "practitioner_id",
    "business_id",
    "duration",
    "column_number",
    "width",
    "category",
)


@_attrs_define
class RuleOut:
    """
    Attributes:
        appointment_id (int): The rule out's id. Example: 1.
        app_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        column_number (int | None):  Example: 1.
        width (int | None):  Example: 1.
        category (str): Always "Rule Out" for rule outs. Example: Rule Out.
    """

    appointment_id: int
    app_time: datetime.datetime
    practitioner_id: int
    business_id: int
    duration: int
    column_number: int | None
    width: int | None
    category: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        app_time = self.app_time.isoformat()

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        duration = self.duration

        column_number: int | None
        column_number = self.column_number

        width: int | None
        width = self.width

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_id": appointment_id,
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column_number": column_number,
                "width": width,
                "category": category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                appointment_id,
                app_time__in,
                practitioner_id,
                business_id,
                duration,
                column_number,
                width,
                category,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            appointment_id = src_dict["appointment_id"]
            app_time__in = src_dict["app_time"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            duration = src_dict["duration"]
            column_number = src_dict["column_number"]
            width = src_dict["width"]
            category = src_dict["category"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        app_time = datetime.datetime.fromisoformat(app_time__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        rule_out = cls(
            appointment_id,
            app_time,
            practitioner_id,
            business_id,
            duration,
            column_number,
            width,
            category,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            rule_out.additional_properties = d
        return rule_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

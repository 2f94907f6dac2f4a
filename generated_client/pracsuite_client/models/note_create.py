from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteCreate")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "app_time",
    "practitioner_id",
    "business_id",
    "duration",
    "description",
    "font_colour",
    "bg_colour",
    "notes",
    "column_number",
    "width",
    "resource_ids",
)


@_attrs_define
class NoteCreate:
    """
    Attributes:
        app_time (str): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar value
            (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar (month
            lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        description (str):  Example: Staff meeting.
        font_colour (str | Unset): Hex colour in the format `#RRGGBB`. Example: #000000.
        bg_colour (str | Unset): Hex colour in the format `#RRGGBB`. Example: #000000.
        notes (str | Unset):  Example: Staff meeting agenda in the shared drive.
        column_number (int | Unset):  Example: 1.
        width (int | Unset):  Example: 1.
        resource_ids (list[int] | Unset):  Example: [1, 2].
    """

    app_time: str
    practitioner_id: int
    business_id: int
    duration: int
    description: str
    font_colour: str | Unset = UNSET
    bg_colour: str | Unset = UNSET
    notes: str | Unset = UNSET
    column_number: int | Unset = UNSET
    width: int | Unset = UNSET
    resource_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        app_time = self.app_time

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        duration = self.duration

        description = self.description

        font_colour = self.font_colour

        bg_colour = self.bg_colour

        notes = self.notes

        column_number = self.column_number

        width = self.width

        resource_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "description": description,
            }
        )
        if font_colour is not UNSET:
            field_dict["font_colour"] = font_colour
        if bg_colour is not UNSET:
            field_dict["bg_colour"] = bg_colour
        if notes is not UNSET:
            field_dict["notes"] = notes
        if column_number is not UNSET:
            field_dict["column_number"] = column_number
        if width is not UNSET:
            field_dict["width"] = width
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                app_time,
                practitioner_id,
                business_id,
                duration,
                description,
                font_colour,
                bg_colour,
                notes,
                column_number,
                width,
                resource_ids__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            app_time = src_dict["app_time"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            duration = src_dict["duration"]
            description = src_dict["description"]
            font_colour = src_dict.get("font_colour", UNSET)
            bg_colour = src_dict.get("bg_colour", UNSET)
            notes = src_dict.get("notes", UNSET)
            column_number = src_dict.get("column_number", UNSET)
            width = src_dict.get("width", UNSET)
            resource_ids__in = src_dict.get("resource_ids", UNSET)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        note_create = cls(
            app_time,
            practitioner_id,
            business_id,
            duration,
            description,
            font_colour,
            bg_colour,
            notes,
            column_number,
            width,
            resource_ids,
        )

        return note_create

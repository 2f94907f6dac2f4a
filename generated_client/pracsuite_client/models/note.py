from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Note")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "appointment_id",
        "app_time",
        "practitioner_id",
        "business_id",
        "duration",
        "column_number",
        "width",
        "category",
        "notes",
        "description",
        "created",
        "modified",
        "font_colour",
        "bg_colour",
        "resource_ids",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "appointment_id",
    "app_time",
    "practitioner_id",
    "business_id",
    "duration",
    "column_number",
    "width",
    "category",
    "notes",
    "description",
    "created",
    "modified",
    "font_colour",
    "bg_colour",
    "resource_ids",
)


@_attrs_define
class Note:
    """
    Attributes:
        links (NoteLinks):
        appointment_id (int): The note's id. Example: 1.
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
        category (str): Always "Note" for notes. Example: Note.
        notes (None | str):  Example: Staff meeting agenda in the shared drive.
        description (str):  Example: Staff meeting.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        font_colour (str): Hex colour in the format `#RRGGBB`. Example: #000000.
        bg_colour (str): Hex colour in the format `#RRGGBB`. Example: #000000.
        resource_ids (list[int]):  Example: [1, 2].
    """

    links: NoteLinks
    appointment_id: int
    app_time: datetime.datetime
    practitioner_id: int
    business_id: int
    duration: int
    column_number: int | None
    width: int | None
    category: str
    notes: None | str
    description: str
    created: datetime.datetime
    modified: datetime.datetime
    font_colour: str
    bg_colour: str
    resource_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

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

        notes: None | str
        notes = self.notes

        description = self.description

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        font_colour = self.font_colour

        bg_colour = self.bg_colour

        resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "appointment_id": appointment_id,
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column_number": column_number,
                "width": width,
                "category": category,
                "notes": notes,
                "description": description,
                "created": created,
                "modified": modified,
                "font_colour": font_colour,
                "bg_colour": bg_colour,
                "resource_ids": resource_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                appointment_id,
                app_time__in,
                practitioner_id,
                business_id,
                duration,
                column_number,
                width,
                category,
                notes,
                description,
                created__in,
                modified__in,
                font_colour,
                bg_colour,
                resource_ids__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            appointment_id = src_dict["appointment_id"]
            app_time__in = src_dict["app_time"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            duration = src_dict["duration"]
            column_number = src_dict["column_number"]
            width = src_dict["width"]
            category = src_dict["category"]
            notes = src_dict["notes"]
            description = src_dict["description"]
            created__in = src_dict["created"]
            modified__in = src_dict["modified"]
            font_colour = src_dict["font_colour"]
            bg_colour = src_dict["bg_colour"]
            resource_ids__in = src_dict["resource_ids"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = NoteLinks.from_dict(links__in)

        app_time = datetime.datetime.fromisoformat(app_time__in)

        created = datetime.datetime.fromisoformat(created__in)

        modified = datetime.datetime.fromisoformat(modified__in)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        note = cls(
            links,
            appointment_id,
            app_time,
            practitioner_id,
            business_id,
            duration,
            column_number,
            width,
            category,
            notes,
            description,
            created,
            modified,
            font_colour,
            bg_colour,
            resource_ids,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            note.additional_properties = d
        return note

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


# At the end, so that models referring to each other import (this class exists by now).
from ..models.note_links import NoteLinks  # noqa: E402

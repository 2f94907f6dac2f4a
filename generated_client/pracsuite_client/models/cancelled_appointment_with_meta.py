from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelledAppointmentWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "tenant_id",
        "appointment_id",
        "client_id",
        "app_time",
        "description",
        "appointment_type",
        "appointment_status",
        "category",
        "duration",
        "notes",
        "practitioner_id",
        "business_id",
        "profession_id",
        "item_code",
        "account_id",
        "cancellation_time",
        "cancelled_by",
        "cancellation",
        "reason",
        "appointment_cancellation_reason_id",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "tenant_id",
    "appointment_id",
    "client_id",
    "app_time",
    "description",
    "appointment_type",
    "appointment_status",
    "category",
    "duration",
    "notes",
    "practitioner_id",
    "business_id",
    "profession_id",
    "item_code",
    "account_id",
    "cancellation_time",
    "cancelled_by",
    "cancellation",
    "reason",
    "appointment_cancellation_reason_id",
)


@_attrs_define
class CancelledAppointmentWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (CancelledAppointmentLinks):
        tenant_id (int):  Example: 1.
        appointment_id (int):  Example: 1.
        client_id (int):  Example: 1.
        app_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        description (None | str):  Example: Initial consultation.
        appointment_type (None | str): The appointment type's description. Example: Initial consultation.
        appointment_status (None | str): The appointment status's name. Example: Booked.
        category (str): The kind of appointment-book entry, as a name: `Patient` (patient appointment), `Group` (group
            appointment), `Note`, `Rule Out` or `Reserved`. Example: Patient.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        notes (None | str):
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        profession_id (int | None):  Example: 1.
        item_code (None | str): The item's code. Example: PHY01.
        account_id (int | None):  Example: 1.
        cancellation_time (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        cancelled_by (None | str): Who removed the appointment. Example: Reception.
        cancellation (bool): True when the removal was recorded as a cancellation (`record_as_cancelled`). Example:
            True.
        reason (None | str):  Example: Patient unwell.
        appointment_cancellation_reason_id (int | None):  Example: 1.
    """

    row_num: int
    total_rows: int
    links: CancelledAppointmentLinks
    tenant_id: int
    appointment_id: int
    client_id: int
    app_time: datetime.datetime
    description: None | str
    appointment_type: None | str
    appointment_status: None | str
    category: str
    duration: int
    notes: None | str
    practitioner_id: int
    business_id: int
    profession_id: int | None
    item_code: None | str
    account_id: int | None
    cancellation_time: datetime.datetime
    cancelled_by: None | str
    cancellation: bool
    reason: None | str
    appointment_cancellation_reason_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        appointment_id = self.appointment_id

        client_id = self.client_id

        app_time = self.app_time.isoformat()

        description: None | str
        description = self.description

        appointment_type: None | str
        appointment_type = self.appointment_type

        appointment_status: None | str
        appointment_status = self.appointment_status

        category = self.category

        duration = self.duration

        notes: None | str
        notes = self.notes

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        profession_id: int | None
        profession_id = self.profession_id

        item_code: None | str
        item_code = self.item_code

        account_id: int | None
        account_id = self.account_id

        cancellation_time = self.cancellation_time.isoformat()

        cancelled_by: None | str
        cancelled_by = self.cancelled_by

        cancellation = self.cancellation

        reason: None | str
        reason = self.reason

        appointment_cancellation_reason_id: int | None
        appointment_cancellation_reason_id = self.appointment_cancellation_reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "appointment_id": appointment_id,
                "client_id": client_id,
                "app_time": app_time,
                "description": description,
                "appointment_type": appointment_type,
                "appointment_status": appointment_status,
                "category": category,
                "duration": duration,
                "notes": notes,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "profession_id": profession_id,
                "item_code": item_code,
                "account_id": account_id,
                "cancellation_time": cancellation_time,
                "cancelled_by": cancelled_by,
                "cancellation": cancellation,
                "reason": reason,
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                links__in,
                tenant_id,
                appointment_id,
                client_id,
                app_time__in,
                description,
                appointment_type,
                appointment_status,
                category,
                duration,
                notes,
                practitioner_id,
                business_id,
                profession_id,
                item_code,
                account_id,
                cancellation_time__in,
                cancelled_by,
                cancellation,
                reason,
                appointment_cancellation_reason_id,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            appointment_id = src_dict["appointment_id"]
            client_id = src_dict["client_id"]
            app_time__in = src_dict["app_time"]
            description = src_dict["description"]
            appointment_type = src_dict["appointment_type"]
            appointment_status = src_dict["appointment_status"]
            category = src_dict["category"]
            duration = src_dict["duration"]
            notes = src_dict["notes"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            profession_id = src_dict["profession_id"]
            item_code = src_dict["item_code"]
            account_id = src_dict["account_id"]
            cancellation_time__in = src_dict["cancellation_time"]
            cancelled_by = src_dict["cancelled_by"]
            cancellation = src_dict["cancellation"]
            reason = src_dict["reason"]
            appointment_cancellation_reason_id = src_dict["appointment_cancellation_reason_id"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = CancelledAppointmentLinks.from_dict(links__in)

        app_time = datetime.datetime.fromisoformat(app_time__in)

        cancellation_time = datetime.datetime.fromisoformat(cancellation_time__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        cancelled_appointment_with_meta = cls(
            row_num,
            total_rows,
            links,
            tenant_id,
            appointment_id,
            client_id,
            app_time,
            description,
            appointment_type,
            appointment_status,
            category,
            duration,
            notes,
            practitioner_id,
            business_id,
            profession_id,
            item_code,
            account_id,
            cancellation_time,
            cancelled_by,
            cancellation,
            reason,
            appointment_cancellation_reason_id,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cancelled_appointment_with_meta.additional_properties = d
        return cancelled_appointment_with_meta

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
from ..models.cancelled_appointment_links import CancelledAppointmentLinks  # noqa: E402

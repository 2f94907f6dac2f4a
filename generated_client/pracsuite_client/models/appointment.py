from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Appointment")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "appointment_id",
        "client_id",
        "app_time",
        "description",
        "appointment_type_id",
        "appointment_status_id",
        "category",
        "duration",
        "notes",
        "practitioner_id",
        "business_id",
        "profession_id",
        "item_id",
        "account_id",
        "created",
        "modified",
        "item_group_id",
        "telehealth_patient_link",
        "telehealth_practitioner_link",
        "resource_ids",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "appointment_id",
    "client_id",
    "app_time",
    "description",
    "appointment_type_id",
    "appointment_status_id",
    "category",
    "duration",
    "notes",
    "practitioner_id",
    "business_id",
    "profession_id",
    "item_id",
    "account_id",
    "created",
    "modified",
    "item_group_id",
    "telehealth_patient_link",
    "telehealth_practitioner_link",
    "resource_ids",
)


@_attrs_define
class Appointment:
    """
    Attributes:
        links (AppointmentLinks):
        tenant_id (int):  Example: 1.
        appointment_id (int): The appointment's id. Example: 1.
        client_id (int): The patient's id. Example: 1.
        app_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        description (None | str):  Example: Initial consultation.
        appointment_type_id (int):  Example: 1.
        appointment_status_id (int | None):  Example: 1.
        category (str): The kind of appointment-book entry, as a name: `Patient` (patient appointment), `Group` (group
            appointment), `Note`, `Rule Out` or `Reserved`. Example: Patient.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        notes (None | str):  Example: Bring referral letter.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        profession_id (int):  Example: 1.
        item_id (int | None):  Example: 1.
        account_id (int): The patient's account billed. Example: 1.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        item_group_id (int | None):
        telehealth_patient_link (None | str):  Example: https://telehealth.pracsuite.com/p/abc123.
        telehealth_practitioner_link (None | str):  Example: https://telehealth.pracsuite.com/h/abc123.
        resource_ids (list[int]): The resources booked with the appointment. Example: [1, 2].
    """

    links: AppointmentLinks
    tenant_id: int
    appointment_id: int
    client_id: int
    app_time: datetime.datetime
    description: None | str
    appointment_type_id: int
    appointment_status_id: int | None
    category: str
    duration: int
    notes: None | str
    practitioner_id: int
    business_id: int
    profession_id: int
    item_id: int | None
    account_id: int
    created: datetime.datetime
    modified: datetime.datetime
    item_group_id: int | None
    telehealth_patient_link: None | str
    telehealth_practitioner_link: None | str
    resource_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        appointment_id = self.appointment_id

        client_id = self.client_id

        app_time = self.app_time.isoformat()

        description: None | str
        description = self.description

        appointment_type_id = self.appointment_type_id

        appointment_status_id: int | None
        appointment_status_id = self.appointment_status_id

        category = self.category

        duration = self.duration

        notes: None | str
        notes = self.notes

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        profession_id = self.profession_id

        item_id: int | None
        item_id = self.item_id

        account_id = self.account_id

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        item_group_id: int | None
        item_group_id = self.item_group_id

        telehealth_patient_link: None | str
        telehealth_patient_link = self.telehealth_patient_link

        telehealth_practitioner_link: None | str
        telehealth_practitioner_link = self.telehealth_practitioner_link

        resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "appointment_id": appointment_id,
                "client_id": client_id,
                "app_time": app_time,
                "description": description,
                "appointment_type_id": appointment_type_id,
                "appointment_status_id": appointment_status_id,
                "category": category,
                "duration": duration,
                "notes": notes,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "profession_id": profession_id,
                "item_id": item_id,
                "account_id": account_id,
                "created": created,
                "modified": modified,
                "item_group_id": item_group_id,
                "telehealth_patient_link": telehealth_patient_link,
                "telehealth_practitioner_link": telehealth_practitioner_link,
                "resource_ids": resource_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                appointment_id,
                client_id,
                app_time__in,
                description,
                appointment_type_id,
                appointment_status_id,
                category,
                duration,
                notes,
                practitioner_id,
                business_id,
                profession_id,
                item_id,
                account_id,
                created__in,
                modified__in,
                item_group_id,
                telehealth_patient_link,
                telehealth_practitioner_link,
                resource_ids__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            appointment_id = src_dict["appointment_id"]
            client_id = src_dict["client_id"]
            app_time__in = src_dict["app_time"]
            description = src_dict["description"]
            appointment_type_id = src_dict["appointment_type_id"]
            appointment_status_id = src_dict["appointment_status_id"]
            category = src_dict["category"]
            duration = src_dict["duration"]
            notes = src_dict["notes"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            profession_id = src_dict["profession_id"]
            item_id = src_dict["item_id"]
            account_id = src_dict["account_id"]
            created__in = src_dict["created"]
            modified__in = src_dict["modified"]
            item_group_id = src_dict["item_group_id"]
            telehealth_patient_link = src_dict["telehealth_patient_link"]
            telehealth_practitioner_link = src_dict["telehealth_practitioner_link"]
            resource_ids__in = src_dict["resource_ids"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = AppointmentLinks.from_dict(links__in)

        app_time = datetime.datetime.fromisoformat(app_time__in)

        created = datetime.datetime.fromisoformat(created__in)

        modified = datetime.datetime.fromisoformat(modified__in)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        appointment = cls(
            links,
            tenant_id,
            appointment_id,
            client_id,
            app_time,
            description,
            appointment_type_id,
            appointment_status_id,
            category,
            duration,
            notes,
            practitioner_id,
            business_id,
            profession_id,
            item_id,
            account_id,
            created,
            modified,
            item_group_id,
            telehealth_patient_link,
            telehealth_practitioner_link,
            resource_ids,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            appointment.additional_properties = d
        return appointment

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
from ..models.appointment_links import AppointmentLinks  # noqa: E402

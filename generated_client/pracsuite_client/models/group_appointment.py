from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_appointment_links import GroupAppointmentLinks


T = TypeVar("T", bound="GroupAppointment")


@_attrs_define
class GroupAppointment:
    """
    Attributes:
        links (GroupAppointmentLinks):
        tenant_id (int):  Example: 1.
        appointment_id (int): The group appointment's id. Example: 1.
        app_time (str): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar value
            (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar (month
            lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        appointment_type_id (int):  Example: 1.
        category (str): Always "Group" for group appointments. Example: Group.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        description (None | str | Unset):  Example: Pilates class.
        appointment_status_id (int | None | Unset):  Example: 1.
        notes (None | str | Unset):
        profession_id (int | None | Unset):  Example: 1.
        item_id (int | None | Unset):  Example: 1.
        item_group_id (int | None | Unset):
    """

    links: GroupAppointmentLinks
    tenant_id: int
    appointment_id: int
    app_time: str
    appointment_type_id: int
    category: str
    duration: int
    practitioner_id: int
    business_id: int
    created: datetime.datetime
    modified: datetime.datetime
    description: None | str | Unset = UNSET
    appointment_status_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    profession_id: int | None | Unset = UNSET
    item_id: int | None | Unset = UNSET
    item_group_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        appointment_id = self.appointment_id

        app_time = self.app_time

        appointment_type_id = self.appointment_type_id

        category = self.category

        duration = self.duration

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        appointment_status_id: int | None | Unset
        if isinstance(self.appointment_status_id, Unset):
            appointment_status_id = UNSET
        else:
            appointment_status_id = self.appointment_status_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        profession_id: int | None | Unset
        if isinstance(self.profession_id, Unset):
            profession_id = UNSET
        else:
            profession_id = self.profession_id

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        item_group_id: int | None | Unset
        if isinstance(self.item_group_id, Unset):
            item_group_id = UNSET
        else:
            item_group_id = self.item_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "appointment_id": appointment_id,
                "app_time": app_time,
                "appointment_type_id": appointment_type_id,
                "category": category,
                "duration": duration,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "created": created,
                "modified": modified,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if appointment_status_id is not UNSET:
            field_dict["appointment_status_id"] = appointment_status_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if profession_id is not UNSET:
            field_dict["profession_id"] = profession_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_appointment_links import GroupAppointmentLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = GroupAppointmentLinks.from_dict(d.pop("links"))

        tenant_id = d.pop("tenant_id")

        appointment_id = d.pop("appointment_id")

        app_time = d.pop("app_time")

        appointment_type_id = d.pop("appointment_type_id")

        category = d.pop("category")

        duration = d.pop("duration")

        practitioner_id = d.pop("practitioner_id")

        business_id = d.pop("business_id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_appointment_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        appointment_status_id = _parse_appointment_status_id(d.pop("appointment_status_id", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_profession_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        profession_id = _parse_profession_id(d.pop("profession_id", UNSET))

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_item_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_group_id = _parse_item_group_id(d.pop("item_group_id", UNSET))

        group_appointment = cls(
            links=links,
            tenant_id=tenant_id,
            appointment_id=appointment_id,
            app_time=app_time,
            appointment_type_id=appointment_type_id,
            category=category,
            duration=duration,
            practitioner_id=practitioner_id,
            business_id=business_id,
            created=created,
            modified=modified,
            description=description,
            appointment_status_id=appointment_status_id,
            notes=notes,
            profession_id=profession_id,
            item_id=item_id,
            item_group_id=item_group_id,
        )

        group_appointment.additional_properties = d
        return group_appointment

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

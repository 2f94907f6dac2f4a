from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppointmentType")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "appointment_type_id",
        "description",
        "short_description",
        "archived",
        "group_appointment",
        "group_max_size",
        "telehealth",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "appointment_type_id",
    "description",
    "short_description",
    "archived",
    "group_appointment",
    "group_max_size",
    "telehealth",
)


@_attrs_define
class AppointmentType:
    """
    Attributes:
        links (AppointmentTypeLinks):
        tenant_id (int):  Example: 1.
        appointment_type_id (int):  Example: 1.
        description (str):  Example: Initial consultation.
        short_description (None | str):  Example: Initial.
        archived (bool):  Example: False.
        group_appointment (bool): True for group appointment types. Example: False.
        group_max_size (int | None): Most patients a group appointment of this type takes; null for other types.
        telehealth (bool):  Example: False.
    """

    links: AppointmentTypeLinks
    tenant_id: int
    appointment_type_id: int
    description: str
    short_description: None | str
    archived: bool
    group_appointment: bool
    group_max_size: int | None
    telehealth: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        appointment_type_id = self.appointment_type_id

        description = self.description

        short_description: None | str
        short_description = self.short_description

        archived = self.archived

        group_appointment = self.group_appointment

        group_max_size: int | None
        group_max_size = self.group_max_size

        telehealth = self.telehealth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "appointment_type_id": appointment_type_id,
                "description": description,
                "short_description": short_description,
                "archived": archived,
                "group_appointment": group_appointment,
                "group_max_size": group_max_size,
                "telehealth": telehealth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                appointment_type_id,
                description,
                short_description,
                archived,
                group_appointment,
                group_max_size,
                telehealth,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            appointment_type_id = src_dict["appointment_type_id"]
            description = src_dict["description"]
            short_description = src_dict["short_description"]
            archived = src_dict["archived"]
            group_appointment = src_dict["group_appointment"]
            group_max_size = src_dict["group_max_size"]
            telehealth = src_dict["telehealth"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = AppointmentTypeLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        appointment_type = cls(
            links,
            tenant_id,
            appointment_type_id,
            description,
            short_description,
            archived,
            group_appointment,
            group_max_size,
            telehealth,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            appointment_type.additional_properties = d
        return appointment_type

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
from ..models.appointment_type_links import AppointmentTypeLinks  # noqa: E402

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetProfessionAppointmentTypesResponse200")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "appointment_types",
        "total_entries",
        "links",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "appointment_types",
    "total_entries",
    "links",
)


@_attrs_define
class GetProfessionAppointmentTypesResponse200:
    """
    Attributes:
        appointment_types (list[AppointmentTypeWithMeta]):
        total_entries (int): Number of matching appointment types over all pages.
        links (PaginationLinks): Absolute URLs of this page and its neighbours, keeping every other query parameter.
    """

    appointment_types: list[AppointmentTypeWithMeta]
    total_entries: int
    links: PaginationLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_types = []
        for appointment_types_item_data in self.appointment_types:
            appointment_types_item = appointment_types_item_data.to_dict()
            appointment_types.append(appointment_types_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_types": appointment_types,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                appointment_types__in,
                total_entries,
                links__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            appointment_types__in = src_dict["appointment_types"]
            total_entries = src_dict["total_entries"]
            links__in = src_dict["links"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        appointment_types = []
        _appointment_types = appointment_types__in
        for appointment_types_item_data in _appointment_types:
            appointment_types_item = AppointmentTypeWithMeta.from_dict(appointment_types_item_data)

            appointment_types.append(appointment_types_item)

        links = PaginationLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        get_profession_appointment_types_response_200 = cls(
            appointment_types,
            total_entries,
            links,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            get_profession_appointment_types_response_200.additional_properties = d
        return get_profession_appointment_types_response_200

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
from ..models.appointment_type_with_meta import AppointmentTypeWithMeta  # noqa: E402
from ..models.pagination_links import PaginationLinks  # noqa: E402

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAppointmentLinks")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "self",
        "resources",
        "appointment_clients",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "self",
    "resources",
    "appointment_clients",
)


@_attrs_define
class GroupAppointmentLinks:
    """
    Attributes:
        self_ (str):  Example: https://api.pracsuite.com/v1/group_appointment/1.
        resources (str | Unset):  Example: https://api.pracsuite.com/v1/group_appointment/1/resource.
        appointment_clients (str | Unset):  Example:
            https://api.pracsuite.com/v1/group_appointment/1/appointment_client.
    """

    self_: str
    resources: str | Unset = UNSET
    appointment_clients: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        resources = self.resources

        appointment_clients = self.appointment_clients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources
        if appointment_clients is not UNSET:
            field_dict["appointment_clients"] = appointment_clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                self_,
                resources,
                appointment_clients,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            self_ = src_dict["self"]
            resources = src_dict.get("resources", UNSET)
            appointment_clients = src_dict.get("appointment_clients", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        group_appointment_links = cls(
            self_,
            resources,
            appointment_clients,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            group_appointment_links.additional_properties = d
        return group_appointment_links

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

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfessionLinks")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "self",
        "appointment",
        "appointment_type",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "self",
    "appointment",
    "appointment_type",
)


@_attrs_define
class ProfessionLinks:
    """
    Attributes:
        self_ (str):  Example: https://api.pracsuite.com/v1/profession/1.
        appointment (str):  Example: https://api.pracsuite.com/v1/profession/1/appointment.
        appointment_type (str):  Example: https://api.pracsuite.com/v1/profession/1/appointment_type.
    """

    self_: str
    appointment: str
    appointment_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        appointment = self.appointment

        appointment_type = self.appointment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "appointment": appointment,
                "appointment_type": appointment_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                self_,
                appointment,
                appointment_type,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            self_ = src_dict["self"]
            appointment = src_dict["appointment"]
            appointment_type = src_dict["appointment_type"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        profession_links = cls(
            self_,
            appointment,
            appointment_type,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            profession_links.additional_properties = d
        return profession_links

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

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancellationReason")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "tenant_id",
        "appointment_cancellation_reason_id",
        "reason",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "tenant_id",
    "appointment_cancellation_reason_id",
    "reason",
)


@_attrs_define
class CancellationReason:
    """
    Attributes:
        tenant_id (int):  Example: 1.
        appointment_cancellation_reason_id (int):  Example: 1.
        reason (str):  Example: Patient unwell.
    """

    tenant_id: int
    appointment_cancellation_reason_id: int
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        appointment_cancellation_reason_id = self.appointment_cancellation_reason_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant_id": tenant_id,
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                tenant_id,
                appointment_cancellation_reason_id,
                reason,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            tenant_id = src_dict["tenant_id"]
            appointment_cancellation_reason_id = src_dict["appointment_cancellation_reason_id"]
            reason = src_dict["reason"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        cancellation_reason = cls(
            tenant_id,
            appointment_cancellation_reason_id,
            reason,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cancellation_reason.additional_properties = d
        return cancellation_reason

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

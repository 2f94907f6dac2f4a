from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentItem")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "invoice_id",
        "invoice_item_id",
        "amount",
        "allocated_time",
        "gst",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "invoice_id",
    "invoice_item_id",
    "amount",
    "allocated_time",
    "gst",
)


@_attrs_define
class PaymentItem:
    """
    Attributes:
        invoice_id (int):  Example: 1.
        invoice_item_id (int):  Example: 1.
        amount (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        allocated_time (datetime.datetime | Unset): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        gst (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
    """

    invoice_id: int
    invoice_item_id: int
    amount: float
    allocated_time: datetime.datetime | Unset = UNSET
    gst: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        invoice_item_id = self.invoice_item_id

        amount = self.amount

        allocated_time: str | Unset = UNSET
        if not isinstance(self.allocated_time, Unset):
            allocated_time = self.allocated_time.isoformat()

        gst = self.gst

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "invoice_item_id": invoice_item_id,
                "amount": amount,
            }
        )
        if allocated_time is not UNSET:
            field_dict["allocated_time"] = allocated_time
        if gst is not UNSET:
            field_dict["gst"] = gst

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                invoice_id,
                invoice_item_id,
                amount,
                allocated_time__in,
                gst,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            invoice_id = src_dict["invoice_id"]
            invoice_item_id = src_dict["invoice_item_id"]
            amount = src_dict["amount"]
            allocated_time__in = src_dict.get("allocated_time", UNSET)
            gst = src_dict.get("gst", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        _allocated_time = allocated_time__in
        allocated_time: datetime.datetime | Unset
        if isinstance(_allocated_time, Unset):
            allocated_time = UNSET
        else:
            allocated_time = datetime.datetime.fromisoformat(_allocated_time)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payment_item = cls(
            invoice_id,
            invoice_item_id,
            amount,
            allocated_time,
            gst,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            payment_item.additional_properties = d
        return payment_item

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

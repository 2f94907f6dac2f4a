from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentItem")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "invoice_id",
        "invoice_item_id",
        "allocated_time",
        "amount",
        "gst",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "invoice_id",
    "invoice_item_id",
    "allocated_time",
    "amount",
    "gst",
)


@_attrs_define
class PaymentItem:
    """
    Attributes:
        invoice_id (int):  Example: 1.
        invoice_item_id (int):  Example: 1.
        allocated_time (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        amount (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        gst (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
    """

    invoice_id: int
    invoice_item_id: int
    allocated_time: datetime.datetime
    amount: float
    gst: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        invoice_item_id = self.invoice_item_id

        allocated_time = self.allocated_time.isoformat()

        amount = self.amount

        gst = self.gst

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "invoice_item_id": invoice_item_id,
                "allocated_time": allocated_time,
                "amount": amount,
                "gst": gst,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                invoice_id,
                invoice_item_id,
                allocated_time__in,
                amount,
                gst,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            invoice_id = src_dict["invoice_id"]
            invoice_item_id = src_dict["invoice_item_id"]
            allocated_time__in = src_dict["allocated_time"]
            amount = src_dict["amount"]
            gst = src_dict["gst"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        allocated_time = datetime.datetime.fromisoformat(allocated_time__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payment_item = cls(
            invoice_id,
            invoice_item_id,
            allocated_time,
            amount,
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

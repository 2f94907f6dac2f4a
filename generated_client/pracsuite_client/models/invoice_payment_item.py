from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoicePaymentItem")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "payment_item_id",
        "payment_id",
        "amount",
        "allocated_time",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "payment_item_id",
    "payment_id",
    "amount",
    "allocated_time",
)


@_attrs_define
class InvoicePaymentItem:
    """
    Attributes:
        payment_item_id (int):  Example: 1.
        payment_id (int):  Example: 1.
        amount (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        allocated_time (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
    """

    payment_item_id: int
    payment_id: int
    amount: float
    allocated_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_item_id = self.payment_item_id

        payment_id = self.payment_id

        amount = self.amount

        allocated_time = self.allocated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_item_id": payment_item_id,
                "payment_id": payment_id,
                "amount": amount,
                "allocated_time": allocated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                payment_item_id,
                payment_id,
                amount,
                allocated_time__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            payment_item_id = src_dict["payment_item_id"]
            payment_id = src_dict["payment_id"]
            amount = src_dict["amount"]
            allocated_time__in = src_dict["allocated_time"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        allocated_time = datetime.datetime.fromisoformat(allocated_time__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        invoice_payment_item = cls(
            payment_item_id,
            payment_id,
            amount,
            allocated_time,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            invoice_payment_item.additional_properties = d
        return invoice_payment_item

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

from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "invoice_item_id",
        "item_time",
        "description",
        "debit",
        "paid",
        "owing",
        "gst",
        "quantity",
        "item_id",
        "discount",
        "write_off",
        "fee_cat_id",
        "practitioner_id",
        "appointment_id",
        "unit_price",
        "unit_discount",
        "unit_gst",
        "payment_items",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "invoice_item_id",
    "item_time",
    "description",
    "debit",
    "paid",
    "owing",
    "gst",
    "quantity",
    "item_id",
    "discount",
    "write_off",
    "fee_cat_id",
    "practitioner_id",
    "appointment_id",
    "unit_price",
    "unit_discount",
    "unit_gst",
    "payment_items",
)


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        invoice_item_id (int):  Example: 1.
        item_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        description (str):  Example: Initial physiotherapy consultation.
        debit (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        paid (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        owing (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        gst (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        quantity (float):  Example: 1.
        item_id (int | None | Unset):  Example: 1.
        discount (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        write_off (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        fee_cat_id (int | None | Unset):  Example: 1.
        practitioner_id (int | None | Unset):  Example: 1.
        appointment_id (int | None | Unset):  Example: 1.
        unit_price (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        unit_discount (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        unit_gst (float | Unset): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        payment_items (list[InvoicePaymentItem] | Unset):
    """

    invoice_item_id: int
    item_time: datetime.datetime
    description: str
    debit: float
    paid: float
    owing: float
    gst: float
    quantity: float
    item_id: int | None | Unset = UNSET
    discount: float | Unset = UNSET
    write_off: float | Unset = UNSET
    fee_cat_id: int | None | Unset = UNSET
    practitioner_id: int | None | Unset = UNSET
    appointment_id: int | None | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_discount: float | Unset = UNSET
    unit_gst: float | Unset = UNSET
    payment_items: list[InvoicePaymentItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_item_id = self.invoice_item_id

        item_time = self.item_time.isoformat()

        description = self.description

        debit = self.debit

        paid = self.paid

        owing = self.owing

        gst = self.gst

        quantity = self.quantity

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        discount = self.discount

        write_off = self.write_off

        fee_cat_id: int | None | Unset
        if isinstance(self.fee_cat_id, Unset):
            fee_cat_id = UNSET
        else:
            fee_cat_id = self.fee_cat_id

        practitioner_id: int | None | Unset
        if isinstance(self.practitioner_id, Unset):
            practitioner_id = UNSET
        else:
            practitioner_id = self.practitioner_id

        appointment_id: int | None | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        unit_price = self.unit_price

        unit_discount = self.unit_discount

        unit_gst = self.unit_gst

        payment_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_items, Unset):
            payment_items = []
            for payment_items_item_data in self.payment_items:
                payment_items_item = payment_items_item_data.to_dict()
                payment_items.append(payment_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_item_id": invoice_item_id,
                "item_time": item_time,
                "description": description,
                "debit": debit,
                "paid": paid,
                "owing": owing,
                "gst": gst,
                "quantity": quantity,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if write_off is not UNSET:
            field_dict["write_off"] = write_off
        if fee_cat_id is not UNSET:
            field_dict["fee_cat_id"] = fee_cat_id
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if unit_discount is not UNSET:
            field_dict["unit_discount"] = unit_discount
        if unit_gst is not UNSET:
            field_dict["unit_gst"] = unit_gst
        if payment_items is not UNSET:
            field_dict["payment_items"] = payment_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                invoice_item_id,
                item_time__in,
                description,
                debit,
                paid,
                owing,
                gst,
                quantity,
                item_id,
                discount,
                write_off,
                fee_cat_id,
                practitioner_id,
                appointment_id,
                unit_price,
                unit_discount,
                unit_gst,
                payment_items__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            invoice_item_id = src_dict["invoice_item_id"]
            item_time__in = src_dict["item_time"]
            description = src_dict["description"]
            debit = src_dict["debit"]
            paid = src_dict["paid"]
            owing = src_dict["owing"]
            gst = src_dict["gst"]
            quantity = src_dict["quantity"]
            item_id = src_dict.get("item_id", UNSET)
            discount = src_dict.get("discount", UNSET)
            write_off = src_dict.get("write_off", UNSET)
            fee_cat_id = src_dict.get("fee_cat_id", UNSET)
            practitioner_id = src_dict.get("practitioner_id", UNSET)
            appointment_id = src_dict.get("appointment_id", UNSET)
            unit_price = src_dict.get("unit_price", UNSET)
            unit_discount = src_dict.get("unit_discount", UNSET)
            unit_gst = src_dict.get("unit_gst", UNSET)
            payment_items__in = src_dict.get("payment_items", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        item_time = datetime.datetime.fromisoformat(item_time__in)

        _payment_items = payment_items__in
        payment_items: list[InvoicePaymentItem] | Unset = UNSET
        if _payment_items is not UNSET:
            payment_items = []
            for payment_items_item_data in _payment_items:
                payment_items_item = InvoicePaymentItem.from_dict(payment_items_item_data)

                payment_items.append(payment_items_item)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        invoice_item = cls(
            invoice_item_id,
            item_time,
            description,
            debit,
            paid,
            owing,
            gst,
            quantity,
            item_id,
            discount,
            write_off,
            fee_cat_id,
            practitioner_id,
            appointment_id,
            unit_price,
            unit_discount,
            unit_gst,
            payment_items,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            invoice_item.additional_properties = d
        return invoice_item

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
from ..models.invoice_payment_item import InvoicePaymentItem  # noqa: E402

from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceItem")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "invoice_item_id",
        "item_time",
        "item_id",
        "description",
        "debit",
        "paid",
        "discount",
        "write_off",
        "owing",
        "gst",
        "fee_cat_id",
        "practitioner_id",
        "quantity",
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
    "item_id",
    "description",
    "debit",
    "paid",
    "discount",
    "write_off",
    "owing",
    "gst",
    "fee_cat_id",
    "practitioner_id",
    "quantity",
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
        item_id (int | None):  Example: 1.
        description (str):  Example: Initial physiotherapy consultation.
        debit (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        paid (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        discount (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        write_off (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        owing (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        gst (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        fee_cat_id (int | None):  Example: 1.
        practitioner_id (int | None):  Example: 1.
        quantity (float):  Example: 1.
        appointment_id (int | None):  Example: 1.
        unit_price (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        unit_discount (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        unit_gst (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        payment_items (list[InvoicePaymentItem]):
    """

    invoice_item_id: int
    item_time: datetime.datetime
    item_id: int | None
    description: str
    debit: float
    paid: float
    discount: float
    write_off: float
    owing: float
    gst: float
    fee_cat_id: int | None
    practitioner_id: int | None
    quantity: float
    appointment_id: int | None
    unit_price: float
    unit_discount: float
    unit_gst: float
    payment_items: list[InvoicePaymentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_item_id = self.invoice_item_id

        item_time = self.item_time.isoformat()

        item_id: int | None
        item_id = self.item_id

        description = self.description

        debit = self.debit

        paid = self.paid

        discount = self.discount

        write_off = self.write_off

        owing = self.owing

        gst = self.gst

        fee_cat_id: int | None
        fee_cat_id = self.fee_cat_id

        practitioner_id: int | None
        practitioner_id = self.practitioner_id

        quantity = self.quantity

        appointment_id: int | None
        appointment_id = self.appointment_id

        unit_price = self.unit_price

        unit_discount = self.unit_discount

        unit_gst = self.unit_gst

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
                "item_id": item_id,
                "description": description,
                "debit": debit,
                "paid": paid,
                "discount": discount,
                "write_off": write_off,
                "owing": owing,
                "gst": gst,
                "fee_cat_id": fee_cat_id,
                "practitioner_id": practitioner_id,
                "quantity": quantity,
                "appointment_id": appointment_id,
                "unit_price": unit_price,
                "unit_discount": unit_discount,
                "unit_gst": unit_gst,
                "payment_items": payment_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                invoice_item_id,
                item_time__in,
                item_id,
                description,
                debit,
                paid,
                discount,
                write_off,
                owing,
                gst,
                fee_cat_id,
                practitioner_id,
                quantity,
                appointment_id,
                unit_price,
                unit_discount,
                unit_gst,
                payment_items__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            invoice_item_id = src_dict["invoice_item_id"]
            item_time__in = src_dict["item_time"]
            item_id = src_dict["item_id"]
            description = src_dict["description"]
            debit = src_dict["debit"]
            paid = src_dict["paid"]
            discount = src_dict["discount"]
            write_off = src_dict["write_off"]
            owing = src_dict["owing"]
            gst = src_dict["gst"]
            fee_cat_id = src_dict["fee_cat_id"]
            practitioner_id = src_dict["practitioner_id"]
            quantity = src_dict["quantity"]
            appointment_id = src_dict["appointment_id"]
            unit_price = src_dict["unit_price"]
            unit_discount = src_dict["unit_discount"]
            unit_gst = src_dict["unit_gst"]
            payment_items__in = src_dict["payment_items"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        item_time = datetime.datetime.fromisoformat(item_time__in)

        payment_items = []
        _payment_items = payment_items__in
        for payment_items_item_data in _payment_items:
            payment_items_item = InvoicePaymentItem.from_dict(payment_items_item_data)

            payment_items.append(payment_items_item)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        invoice_item = cls(
            invoice_item_id,
            item_time,
            item_id,
            description,
            debit,
            paid,
            discount,
            write_off,
            owing,
            gst,
            fee_cat_id,
            practitioner_id,
            quantity,
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

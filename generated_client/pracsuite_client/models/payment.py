from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Payment")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "payment_id",
        "client_id",
        "account_id",
        "payment_time",
        "payment_type",
        "total",
        "allocated",
        "business_id",
        "user_id",
        "card_type",
        "notes",
        "payer_id",
        "created",
        "updated",
        "created_by_user_id",
        "updated_by_user_id",
        "payment_items",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "payment_id",
    "client_id",
    "account_id",
    "payment_time",
    "payment_type",
    "total",
    "allocated",
    "business_id",
    "user_id",
    "card_type",
    "notes",
    "payer_id",
    "created",
    "updated",
    "created_by_user_id",
    "updated_by_user_id",
    "payment_items",
)


@_attrs_define
class Payment:
    """
    Attributes:
        links (PaymentLinks):
        tenant_id (int):  Example: 1.
        payment_id (int):  Example: 1.
        client_id (int):  Example: 1.
        account_id (int):  Example: 1.
        payment_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        payment_type (None | str):  Example: EFTPOS.
        total (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        allocated (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        business_id (int | None):  Example: 1.
        user_id (int | None):
        card_type (None | str):  Example: Visa.
        notes (None | str):
        payer_id (int | None):
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        updated (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        created_by_user_id (int | None):
        updated_by_user_id (int | None):
        payment_items (list[PaymentItem]): Allocations of the payment to invoice lines.
    """

    links: PaymentLinks
    tenant_id: int
    payment_id: int
    client_id: int
    account_id: int
    payment_time: datetime.datetime
    payment_type: None | str
    total: float
    allocated: float
    business_id: int | None
    user_id: int | None
    card_type: None | str
    notes: None | str
    payer_id: int | None
    created: datetime.datetime
    updated: datetime.datetime
    created_by_user_id: int | None
    updated_by_user_id: int | None
    payment_items: list[PaymentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        payment_id = self.payment_id

        client_id = self.client_id

        account_id = self.account_id

        payment_time = self.payment_time.isoformat()

        payment_type: None | str
        payment_type = self.payment_type

        total = self.total

        allocated = self.allocated

        business_id: int | None
        business_id = self.business_id

        user_id: int | None
        user_id = self.user_id

        card_type: None | str
        card_type = self.card_type

        notes: None | str
        notes = self.notes

        payer_id: int | None
        payer_id = self.payer_id

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        created_by_user_id: int | None
        created_by_user_id = self.created_by_user_id

        updated_by_user_id: int | None
        updated_by_user_id = self.updated_by_user_id

        payment_items = []
        for payment_items_item_data in self.payment_items:
            payment_items_item = payment_items_item_data.to_dict()
            payment_items.append(payment_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "payment_id": payment_id,
                "client_id": client_id,
                "account_id": account_id,
                "payment_time": payment_time,
                "payment_type": payment_type,
                "total": total,
                "allocated": allocated,
                "business_id": business_id,
                "user_id": user_id,
                "card_type": card_type,
                "notes": notes,
                "payer_id": payer_id,
                "created": created,
                "updated": updated,
                "created_by_user_id": created_by_user_id,
                "updated_by_user_id": updated_by_user_id,
                "payment_items": payment_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                payment_id,
                client_id,
                account_id,
                payment_time__in,
                payment_type,
                total,
                allocated,
                business_id,
                user_id,
                card_type,
                notes,
                payer_id,
                created__in,
                updated__in,
                created_by_user_id,
                updated_by_user_id,
                payment_items__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            payment_id = src_dict["payment_id"]
            client_id = src_dict["client_id"]
            account_id = src_dict["account_id"]
            payment_time__in = src_dict["payment_time"]
            payment_type = src_dict["payment_type"]
            total = src_dict["total"]
            allocated = src_dict["allocated"]
            business_id = src_dict["business_id"]
            user_id = src_dict["user_id"]
            card_type = src_dict["card_type"]
            notes = src_dict["notes"]
            payer_id = src_dict["payer_id"]
            created__in = src_dict["created"]
            updated__in = src_dict["updated"]
            created_by_user_id = src_dict["created_by_user_id"]
            updated_by_user_id = src_dict["updated_by_user_id"]
            payment_items__in = src_dict["payment_items"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PaymentLinks.from_dict(links__in)

        payment_time = datetime.datetime.fromisoformat(payment_time__in)

        created = datetime.datetime.fromisoformat(created__in)

        updated = datetime.datetime.fromisoformat(updated__in)

        payment_items = []
        _payment_items = payment_items__in
        for payment_items_item_data in _payment_items:
            payment_items_item = PaymentItem.from_dict(payment_items_item_data)

            payment_items.append(payment_items_item)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payment = cls(
            links,
            tenant_id,
            payment_id,
            client_id,
            account_id,
            payment_time,
            payment_type,
            total,
            allocated,
            business_id,
            user_id,
            card_type,
            notes,
            payer_id,
            created,
            updated,
            created_by_user_id,
            updated_by_user_id,
            payment_items,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            payment.additional_properties = d
        return payment

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
from ..models.payment_item import PaymentItem  # noqa: E402
from ..models.payment_links import PaymentLinks  # noqa: E402

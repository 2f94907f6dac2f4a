from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "tenant_id",
        "payment_id",
        "client_id",
        "account_id",
        "payment_time",
        "total",
        "allocated",
        "payment_items",
        "payment_type",
        "business_id",
        "user_id",
        "card_type",
        "notes",
        "payer_id",
        "created",
        "updated",
        "created_by_user_id",
        "updated_by_user_id",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "tenant_id",
    "payment_id",
    "client_id",
    "account_id",
    "payment_time",
    "total",
    "allocated",
    "payment_items",
    "payment_type",
    "business_id",
    "user_id",
    "card_type",
    "notes",
    "payer_id",
    "created",
    "updated",
    "created_by_user_id",
    "updated_by_user_id",
)


@_attrs_define
class PaymentWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (PaymentLinks):
        tenant_id (int):  Example: 1.
        payment_id (int):  Example: 1.
        client_id (int):  Example: 1.
        account_id (int):  Example: 1.
        payment_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        total (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        allocated (float): An amount in the tenant's currency (dollars or pounds, not cents). Example: 85.5.
        payment_items (list[PaymentItem]): Allocations of the payment to invoice lines.
        payment_type (None | str | Unset):  Example: EFTPOS.
        business_id (int | None | Unset):  Example: 1.
        user_id (int | None | Unset):
        card_type (None | str | Unset):  Example: Visa.
        notes (None | str | Unset):
        payer_id (int | None | Unset):
        created (datetime.datetime | Unset): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        updated (datetime.datetime | Unset): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        created_by_user_id (int | None | Unset):
        updated_by_user_id (int | None | Unset):
    """

    row_num: int
    total_rows: int
    links: PaymentLinks
    tenant_id: int
    payment_id: int
    client_id: int
    account_id: int
    payment_time: datetime.datetime
    total: float
    allocated: float
    payment_items: list[PaymentItem]
    payment_type: None | str | Unset = UNSET
    business_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    card_type: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    payer_id: int | None | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    created_by_user_id: int | None | Unset = UNSET
    updated_by_user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        payment_id = self.payment_id

        client_id = self.client_id

        account_id = self.account_id

        payment_time = self.payment_time.isoformat()

        total = self.total

        allocated = self.allocated

        payment_items = []
        for payment_items_item_data in self.payment_items:
            payment_items_item = payment_items_item_data.to_dict()
            payment_items.append(payment_items_item)

        payment_type: None | str | Unset
        if isinstance(self.payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = self.payment_type

        business_id: int | None | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        else:
            business_id = self.business_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        card_type: None | str | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payer_id: int | None | Unset
        if isinstance(self.payer_id, Unset):
            payer_id = UNSET
        else:
            payer_id = self.payer_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        created_by_user_id: int | None | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        updated_by_user_id: int | None | Unset
        if isinstance(self.updated_by_user_id, Unset):
            updated_by_user_id = UNSET
        else:
            updated_by_user_id = self.updated_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "payment_id": payment_id,
                "client_id": client_id,
                "account_id": account_id,
                "payment_time": payment_time,
                "total": total,
                "allocated": allocated,
                "payment_items": payment_items,
            }
        )
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payer_id is not UNSET:
            field_dict["payer_id"] = payer_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if updated_by_user_id is not UNSET:
            field_dict["updated_by_user_id"] = updated_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                links__in,
                tenant_id,
                payment_id,
                client_id,
                account_id,
                payment_time__in,
                total,
                allocated,
                payment_items__in,
                payment_type,
                business_id,
                user_id,
                card_type,
                notes,
                payer_id,
                created__in,
                updated__in,
                created_by_user_id,
                updated_by_user_id,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            payment_id = src_dict["payment_id"]
            client_id = src_dict["client_id"]
            account_id = src_dict["account_id"]
            payment_time__in = src_dict["payment_time"]
            total = src_dict["total"]
            allocated = src_dict["allocated"]
            payment_items__in = src_dict["payment_items"]
            payment_type = src_dict.get("payment_type", UNSET)
            business_id = src_dict.get("business_id", UNSET)
            user_id = src_dict.get("user_id", UNSET)
            card_type = src_dict.get("card_type", UNSET)
            notes = src_dict.get("notes", UNSET)
            payer_id = src_dict.get("payer_id", UNSET)
            created__in = src_dict.get("created", UNSET)
            updated__in = src_dict.get("updated", UNSET)
            created_by_user_id = src_dict.get("created_by_user_id", UNSET)
            updated_by_user_id = src_dict.get("updated_by_user_id", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PaymentLinks.from_dict(links__in)

        payment_time = datetime.datetime.fromisoformat(payment_time__in)

        payment_items = []
        _payment_items = payment_items__in
        for payment_items_item_data in _payment_items:
            payment_items_item = PaymentItem.from_dict(payment_items_item_data)

            payment_items.append(payment_items_item)

        _created = created__in
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = updated__in
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payment_with_meta = cls(
            row_num,
            total_rows,
            links,
            tenant_id,
            payment_id,
            client_id,
            account_id,
            payment_time,
            total,
            allocated,
            payment_items,
            payment_type,
            business_id,
            user_id,
            card_type,
            notes,
            payer_id,
            created,
            updated,
            created_by_user_id,
            updated_by_user_id,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            payment_with_meta.additional_properties = d
        return payment_with_meta

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

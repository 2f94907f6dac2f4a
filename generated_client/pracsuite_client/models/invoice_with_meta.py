from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "tenant_id",
        "invoice_id",
        "client_id",
        "account_id",
        "invoice_date",
        "issued",
        "due_date",
        "invoice_number",
        "invoice_notes",
        "practice_notes",
        "business_id",
        "payer_id",
        "created",
        "updated",
        "created_by_user_id",
        "updated_by_user_id",
        "invoice_items",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "tenant_id",
    "invoice_id",
    "client_id",
    "account_id",
    "invoice_date",
    "issued",
    "due_date",
    "invoice_number",
    "invoice_notes",
    "practice_notes",
    "business_id",
    "payer_id",
    "created",
    "updated",
    "created_by_user_id",
    "updated_by_user_id",
    "invoice_items",
)


@_attrs_define
class InvoiceWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (InvoiceLinks):
        tenant_id (int):  Example: 1.
        invoice_id (int):  Example: 1.
        client_id (int):  Example: 1.
        account_id (int):  Example: 1.
        invoice_date (datetime.date):  Example: 2026-01-01.
        issued (datetime.datetime | None): When the invoice was issued (RFC 3339 UTC); null while not issued. Example:
            2026-01-01T01:30:00.000000Z.
        due_date (datetime.date | None):  Example: 2026-01-15.
        invoice_number (int):  Example: 1001.
        invoice_notes (None | str):
        practice_notes (None | str):
        business_id (int | None):  Example: 1.
        payer_id (int | None): The third party billed, if any.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        updated (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        created_by_user_id (int | None):
        updated_by_user_id (int | None):
        invoice_items (list[InvoiceItem]):
    """

    row_num: int
    total_rows: int
    links: InvoiceLinks
    tenant_id: int
    invoice_id: int
    client_id: int
    account_id: int
    invoice_date: datetime.date
    issued: datetime.datetime | None
    due_date: datetime.date | None
    invoice_number: int
    invoice_notes: None | str
    practice_notes: None | str
    business_id: int | None
    payer_id: int | None
    created: datetime.datetime
    updated: datetime.datetime
    created_by_user_id: int | None
    updated_by_user_id: int | None
    invoice_items: list[InvoiceItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        invoice_id = self.invoice_id

        client_id = self.client_id

        account_id = self.account_id

        invoice_date = self.invoice_date.isoformat()

        issued: None | str
        if isinstance(self.issued, datetime.datetime):
            issued = self.issued.isoformat()
        else:
            issued = self.issued

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        invoice_number = self.invoice_number

        invoice_notes: None | str
        invoice_notes = self.invoice_notes

        practice_notes: None | str
        practice_notes = self.practice_notes

        business_id: int | None
        business_id = self.business_id

        payer_id: int | None
        payer_id = self.payer_id

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        created_by_user_id: int | None
        created_by_user_id = self.created_by_user_id

        updated_by_user_id: int | None
        updated_by_user_id = self.updated_by_user_id

        invoice_items = []
        for invoice_items_item_data in self.invoice_items:
            invoice_items_item = invoice_items_item_data.to_dict()
            invoice_items.append(invoice_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "invoice_id": invoice_id,
                "client_id": client_id,
                "account_id": account_id,
                "invoice_date": invoice_date,
                "issued": issued,
                "due_date": due_date,
                "invoice_number": invoice_number,
                "invoice_notes": invoice_notes,
                "practice_notes": practice_notes,
                "business_id": business_id,
                "payer_id": payer_id,
                "created": created,
                "updated": updated,
                "created_by_user_id": created_by_user_id,
                "updated_by_user_id": updated_by_user_id,
                "invoice_items": invoice_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                links__in,
                tenant_id,
                invoice_id,
                client_id,
                account_id,
                invoice_date__in,
                issued__in,
                due_date__in,
                invoice_number,
                invoice_notes,
                practice_notes,
                business_id,
                payer_id,
                created__in,
                updated__in,
                created_by_user_id,
                updated_by_user_id,
                invoice_items__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            invoice_id = src_dict["invoice_id"]
            client_id = src_dict["client_id"]
            account_id = src_dict["account_id"]
            invoice_date__in = src_dict["invoice_date"]
            issued__in = src_dict["issued"]
            due_date__in = src_dict["due_date"]
            invoice_number = src_dict["invoice_number"]
            invoice_notes = src_dict["invoice_notes"]
            practice_notes = src_dict["practice_notes"]
            business_id = src_dict["business_id"]
            payer_id = src_dict["payer_id"]
            created__in = src_dict["created"]
            updated__in = src_dict["updated"]
            created_by_user_id = src_dict["created_by_user_id"]
            updated_by_user_id = src_dict["updated_by_user_id"]
            invoice_items__in = src_dict["invoice_items"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = InvoiceLinks.from_dict(links__in)

        invoice_date = datetime.date.fromisoformat(invoice_date__in)

        _issued = issued__in
        issued: datetime.datetime | None = _issued
        if isinstance(_issued, str):
            try:
                issued_type_0 = datetime.datetime.fromisoformat(_issued)

                issued = issued_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _due_date = due_date__in
        due_date: datetime.date | None = _due_date
        if isinstance(_due_date, str):
            try:
                due_date_type_0 = datetime.date.fromisoformat(_due_date)

                due_date = due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created = datetime.datetime.fromisoformat(created__in)

        updated = datetime.datetime.fromisoformat(updated__in)

        invoice_items = []
        _invoice_items = invoice_items__in
        for invoice_items_item_data in _invoice_items:
            invoice_items_item = InvoiceItem.from_dict(invoice_items_item_data)

            invoice_items.append(invoice_items_item)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        invoice_with_meta = cls(
            row_num,
            total_rows,
            links,
            tenant_id,
            invoice_id,
            client_id,
            account_id,
            invoice_date,
            issued,
            due_date,
            invoice_number,
            invoice_notes,
            practice_notes,
            business_id,
            payer_id,
            created,
            updated,
            created_by_user_id,
            updated_by_user_id,
            invoice_items,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            invoice_with_meta.additional_properties = d
        return invoice_with_meta

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
from ..models.invoice_item import InvoiceItem  # noqa: E402
from ..models.invoice_links import InvoiceLinks  # noqa: E402

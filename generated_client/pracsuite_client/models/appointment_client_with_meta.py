from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppointmentClientWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "tenant_id",
        "appointment_client_id",
        "client_id",
        "appointment_id",
        "appointment_status_id",
        "notes",
        "item_id",
        "created",
        "modified",
        "item_group_id",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "tenant_id",
    "appointment_client_id",
    "client_id",
    "appointment_id",
    "appointment_status_id",
    "notes",
    "item_id",
    "created",
    "modified",
    "item_group_id",
)


@_attrs_define
class AppointmentClientWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        tenant_id (int):  Example: 1.
        appointment_client_id (int): The membership's id. Example: 1.
        client_id (int): The patient. Example: 1.
        appointment_id (int): The group appointment. Example: 1.
        appointment_status_id (int | None):  Example: 1.
        notes (None | str):
        item_id (int | None):  Example: 1.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        item_group_id (int | None):
    """

    row_num: int
    total_rows: int
    tenant_id: int
    appointment_client_id: int
    client_id: int
    appointment_id: int
    appointment_status_id: int | None
    notes: None | str
    item_id: int | None
    created: datetime.datetime
    modified: datetime.datetime
    item_group_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        tenant_id = self.tenant_id

        appointment_client_id = self.appointment_client_id

        client_id = self.client_id

        appointment_id = self.appointment_id

        appointment_status_id: int | None
        appointment_status_id = self.appointment_status_id

        notes: None | str
        notes = self.notes

        item_id: int | None
        item_id = self.item_id

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        item_group_id: int | None
        item_group_id = self.item_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "tenant_id": tenant_id,
                "appointment_client_id": appointment_client_id,
                "client_id": client_id,
                "appointment_id": appointment_id,
                "appointment_status_id": appointment_status_id,
                "notes": notes,
                "item_id": item_id,
                "created": created,
                "modified": modified,
                "item_group_id": item_group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                tenant_id,
                appointment_client_id,
                client_id,
                appointment_id,
                appointment_status_id,
                notes,
                item_id,
                created__in,
                modified__in,
                item_group_id,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            tenant_id = src_dict["tenant_id"]
            appointment_client_id = src_dict["appointment_client_id"]
            client_id = src_dict["client_id"]
            appointment_id = src_dict["appointment_id"]
            appointment_status_id = src_dict["appointment_status_id"]
            notes = src_dict["notes"]
            item_id = src_dict["item_id"]
            created__in = src_dict["created"]
            modified__in = src_dict["modified"]
            item_group_id = src_dict["item_group_id"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        created = datetime.datetime.fromisoformat(created__in)

        modified = datetime.datetime.fromisoformat(modified__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        appointment_client_with_meta = cls(
            row_num,
            total_rows,
            tenant_id,
            appointment_client_id,
            client_id,
            appointment_id,
            appointment_status_id,
            notes,
            item_id,
            created,
            modified,
            item_group_id,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            appointment_client_with_meta.additional_properties = d
        return appointment_client_with_meta

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

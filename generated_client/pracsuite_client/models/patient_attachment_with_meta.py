from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatientAttachmentWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "tenant_id",
        "attachment_client_id",
        "client_id",
        "user_id",
        "file_date",
        "description",
        "file_type",
        "file_size",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "tenant_id",
    "attachment_client_id",
    "client_id",
    "user_id",
    "file_date",
    "description",
    "file_type",
    "file_size",
)


@_attrs_define
class PatientAttachmentWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (PatientAttachmentLinks):
        tenant_id (int):  Example: 1.
        attachment_client_id (int): The attachment's id. Example: 1.
        client_id (int):  Example: 1.
        user_id (int | None): The user who added the file. Example: 1.
        file_date (None | str):  Example: 2026-01-01.
        description (None | str):  Example: Referral letter.
        file_type (None | str):  Example: pdf.
        file_size (int | None): Size in bytes. Example: 52311.
    """

    row_num: int
    total_rows: int
    links: PatientAttachmentLinks
    tenant_id: int
    attachment_client_id: int
    client_id: int
    user_id: int | None
    file_date: None | str
    description: None | str
    file_type: None | str
    file_size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        attachment_client_id = self.attachment_client_id

        client_id = self.client_id

        user_id: int | None
        user_id = self.user_id

        file_date: None | str
        file_date = self.file_date

        description: None | str
        description = self.description

        file_type: None | str
        file_type = self.file_type

        file_size: int | None
        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "attachment_client_id": attachment_client_id,
                "client_id": client_id,
                "user_id": user_id,
                "file_date": file_date,
                "description": description,
                "file_type": file_type,
                "file_size": file_size,
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
                attachment_client_id,
                client_id,
                user_id,
                file_date,
                description,
                file_type,
                file_size,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            attachment_client_id = src_dict["attachment_client_id"]
            client_id = src_dict["client_id"]
            user_id = src_dict["user_id"]
            file_date = src_dict["file_date"]
            description = src_dict["description"]
            file_type = src_dict["file_type"]
            file_size = src_dict["file_size"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PatientAttachmentLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_attachment_with_meta = cls(
            row_num,
            total_rows,
            links,
            tenant_id,
            attachment_client_id,
            client_id,
            user_id,
            file_date,
            description,
            file_type,
            file_size,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_attachment_with_meta.additional_properties = d
        return patient_attachment_with_meta

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
from ..models.patient_attachment_links import PatientAttachmentLinks  # noqa: E402

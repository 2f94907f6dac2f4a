from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient_attachment_links import PatientAttachmentLinks


T = TypeVar("T", bound="PatientAttachmentWithMeta")


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
        user_id (int | None | Unset): The user who added the file. Example: 1.
        file_date (None | str | Unset):  Example: 2026-01-01.
        description (None | str | Unset):  Example: Referral letter.
        file_type (None | str | Unset):  Example: pdf.
        file_size (int | None | Unset): Size in bytes. Example: 52311.
    """

    row_num: int
    total_rows: int
    links: PatientAttachmentLinks
    tenant_id: int
    attachment_client_id: int
    client_id: int
    user_id: int | None | Unset = UNSET
    file_date: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    file_type: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        attachment_client_id = self.attachment_client_id

        client_id = self.client_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        file_date: None | str | Unset
        if isinstance(self.file_date, Unset):
            file_date = UNSET
        else:
            file_date = self.file_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
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
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if file_date is not UNSET:
            field_dict["file_date"] = file_date
        if description is not UNSET:
            field_dict["description"] = description
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if file_size is not UNSET:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patient_attachment_links import PatientAttachmentLinks  # noqa: PLC0415

        d = dict(src_dict)
        row_num = d.pop("row_num")

        total_rows = d.pop("total_rows")

        links = PatientAttachmentLinks.from_dict(d.pop("links"))

        tenant_id = d.pop("tenant_id")

        attachment_client_id = d.pop("attachment_client_id")

        client_id = d.pop("client_id")

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_file_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_date = _parse_file_date(d.pop("file_date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("file_type", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        patient_attachment_with_meta = cls(
            row_num=row_num,
            total_rows=total_rows,
            links=links,
            tenant_id=tenant_id,
            attachment_client_id=attachment_client_id,
            client_id=client_id,
            user_id=user_id,
            file_date=file_date,
            description=description,
            file_type=file_type,
            file_size=file_size,
        )

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

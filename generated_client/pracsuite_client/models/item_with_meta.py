from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_links import ItemLinks


T = TypeVar("T", bound="ItemWithMeta")


@_attrs_define
class ItemWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (ItemLinks):
        tenant_id (int):  Example: 1.
        item_id (int):  Example: 1.
        item_code (str):  Example: PHY-INIT.
        description (str):  Example: Initial physiotherapy consultation.
        gst (bool): Whether GST applies to the item. Example: False.
        archived (bool):  Example: False.
        print_code (None | str | Unset): Code printed on invoices. Example: 500.
    """

    row_num: int
    total_rows: int
    links: ItemLinks
    tenant_id: int
    item_id: int
    item_code: str
    description: str
    gst: bool
    archived: bool
    print_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        item_id = self.item_id

        item_code = self.item_code

        description = self.description

        gst = self.gst

        archived = self.archived

        print_code: None | str | Unset
        if isinstance(self.print_code, Unset):
            print_code = UNSET
        else:
            print_code = self.print_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "item_id": item_id,
                "item_code": item_code,
                "description": description,
                "gst": gst,
                "archived": archived,
            }
        )
        if print_code is not UNSET:
            field_dict["print_code"] = print_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_links import ItemLinks  # noqa: PLC0415

        d = dict(src_dict)
        row_num = d.pop("row_num")

        total_rows = d.pop("total_rows")

        links = ItemLinks.from_dict(d.pop("links"))

        tenant_id = d.pop("tenant_id")

        item_id = d.pop("item_id")

        item_code = d.pop("item_code")

        description = d.pop("description")

        gst = d.pop("gst")

        archived = d.pop("archived")

        def _parse_print_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        print_code = _parse_print_code(d.pop("print_code", UNSET))

        item_with_meta = cls(
            row_num=row_num,
            total_rows=total_rows,
            links=links,
            tenant_id=tenant_id,
            item_id=item_id,
            item_code=item_code,
            description=description,
            gst=gst,
            archived=archived,
            print_code=print_code,
        )

        item_with_meta.additional_properties = d
        return item_with_meta

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

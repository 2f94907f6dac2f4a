from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Item")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "item_id",
        "item_code",
        "description",
        "gst",
        "archived",
        "print_code",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "item_id",
    "item_code",
    "description",
    "gst",
    "archived",
    "print_code",
)


@_attrs_define
class Item:
    """
    Attributes:
        links (ItemLinks):
        tenant_id (int):  Example: 1.
        item_id (int):  Example: 1.
        item_code (str):  Example: PHY-INIT.
        description (str):  Example: Initial physiotherapy consultation.
        gst (bool): Whether GST applies to the item. Example: False.
        archived (bool):  Example: False.
        print_code (None | str): Code printed on invoices. Example: 500.
    """

    links: ItemLinks
    tenant_id: int
    item_id: int
    item_code: str
    description: str
    gst: bool
    archived: bool
    print_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        item_id = self.item_id

        item_code = self.item_code

        description = self.description

        gst = self.gst

        archived = self.archived

        print_code: None | str
        print_code = self.print_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "item_id": item_id,
                "item_code": item_code,
                "description": description,
                "gst": gst,
                "archived": archived,
                "print_code": print_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                item_id,
                item_code,
                description,
                gst,
                archived,
                print_code,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            item_id = src_dict["item_id"]
            item_code = src_dict["item_code"]
            description = src_dict["description"]
            gst = src_dict["gst"]
            archived = src_dict["archived"]
            print_code = src_dict["print_code"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = ItemLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        item = cls(
            links,
            tenant_id,
            item_id,
            item_code,
            description,
            gst,
            archived,
            print_code,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            item.additional_properties = d
        return item

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
from ..models.item_links import ItemLinks  # noqa: E402

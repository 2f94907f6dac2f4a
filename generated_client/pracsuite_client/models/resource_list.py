from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceList")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "resources",
        "total_entries",
        "links",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "resources",
    "total_entries",
    "links",
)


@_attrs_define
class ResourceList:
    """
    Attributes:
        resources (list[ResourceWithMeta]):
        total_entries (int):
        links (PaginationLinks): Absolute URLs of this page and its neighbours, keeping every other query parameter.
    """

    resources: list[ResourceWithMeta]
    total_entries: int
    links: PaginationLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resources": resources,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                resources__in,
                total_entries,
                links__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            resources__in = src_dict["resources"]
            total_entries = src_dict["total_entries"]
            links__in = src_dict["links"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        resources = []
        _resources = resources__in
        for resources_item_data in _resources:
            resources_item = ResourceWithMeta.from_dict(resources_item_data)

            resources.append(resources_item)

        links = PaginationLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        resource_list = cls(
            resources,
            total_entries,
            links,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource_list.additional_properties = d
        return resource_list

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
from ..models.pagination_links import PaginationLinks  # noqa: E402
from ..models.resource_with_meta import ResourceWithMeta  # noqa: E402

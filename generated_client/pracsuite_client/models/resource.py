from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Resource")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "tenant_id",
        "resource_id",
        "description",
        "resource_rank",
        "archived",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "tenant_id",
    "resource_id",
    "description",
    "resource_rank",
    "archived",
)


@_attrs_define
class Resource:
    """
    Attributes:
        tenant_id (int):  Example: 1.
        resource_id (int):  Example: 1.
        description (str):  Example: Treatment room 1.
        resource_rank (int): Display order of the resource. Example: 1.
        archived (bool):  Example: False.
    """

    tenant_id: int
    resource_id: int
    description: str
    resource_rank: int
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        resource_id = self.resource_id

        description = self.description

        resource_rank = self.resource_rank

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant_id": tenant_id,
                "resource_id": resource_id,
                "description": description,
                "resource_rank": resource_rank,
                "archived": archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                tenant_id,
                resource_id,
                description,
                resource_rank,
                archived,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            tenant_id = src_dict["tenant_id"]
            resource_id = src_dict["resource_id"]
            description = src_dict["description"]
            resource_rank = src_dict["resource_rank"]
            archived = src_dict["archived"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        resource = cls(
            tenant_id,
            resource_id,
            description,
            resource_rank,
            archived,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource.additional_properties = d
        return resource

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

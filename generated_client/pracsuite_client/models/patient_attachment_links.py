from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatientAttachmentLinks")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "self",
        "content",
        "presign_url",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "self",
    "content",
    "presign_url",
)


@_attrs_define
class PatientAttachmentLinks:
    """
    Attributes:
        self_ (str):  Example: https://api.pracsuite.com/v1/patient_attachment/1.
        content (str):  Example: https://api.pracsuite.com/v1/patient_attachment/1/content.
        presign_url (str):  Example: https://api.pracsuite.com/v1/patient_attachment/1/presign_url.
    """

    self_: str
    content: str
    presign_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        content = self.content

        presign_url = self.presign_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "content": content,
                "presign_url": presign_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                self_,
                content,
                presign_url,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            self_ = src_dict["self"]
            content = src_dict["content"]
            presign_url = src_dict["presign_url"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_attachment_links = cls(
            self_,
            content,
            presign_url,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_attachment_links.additional_properties = d
        return patient_attachment_links

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

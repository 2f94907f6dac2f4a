from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresignedUploadFields")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "key",
        "Policy",
        "x-amz-algorithm",
        "x-amz-credential",
        "x-amz-date",
        "x-amz-signature",
        "x-amz-security-token",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "key",
    "Policy",
    "x-amz-algorithm",
    "x-amz-credential",
    "x-amz-date",
    "x-amz-signature",
    "x-amz-security-token",
)


@_attrs_define
class PresignedUploadFields:
    """Form fields to send exactly as returned, before the file.

    Attributes:
        key (str):  Example: temp/1/1/6f1c7b0e-2d4a-4c1b-9e1f-0a7d3c5b8e21/example-file.txt.
        policy (str):
        x_amz_algorithm (str):  Example: AWS4-HMAC-SHA256.
        x_amz_credential (str):
        x_amz_date (str):  Example: 20260101T000000Z.
        x_amz_signature (str):
        x_amz_security_token (str | Unset):
    """

    key: str
    policy: str
    x_amz_algorithm: str
    x_amz_credential: str
    x_amz_date: str
    x_amz_signature: str
    x_amz_security_token: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        policy = self.policy

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_credential = self.x_amz_credential

        x_amz_date = self.x_amz_date

        x_amz_signature = self.x_amz_signature

        x_amz_security_token = self.x_amz_security_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "Policy": policy,
                "x-amz-algorithm": x_amz_algorithm,
                "x-amz-credential": x_amz_credential,
                "x-amz-date": x_amz_date,
                "x-amz-signature": x_amz_signature,
            }
        )
        if x_amz_security_token is not UNSET:
            field_dict["x-amz-security-token"] = x_amz_security_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                key,
                policy,
                x_amz_algorithm,
                x_amz_credential,
                x_amz_date,
                x_amz_signature,
                x_amz_security_token,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            key = src_dict["key"]
            policy = src_dict["Policy"]
            x_amz_algorithm = src_dict["x-amz-algorithm"]
            x_amz_credential = src_dict["x-amz-credential"]
            x_amz_date = src_dict["x-amz-date"]
            x_amz_signature = src_dict["x-amz-signature"]
            x_amz_security_token = src_dict.get("x-amz-security-token", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        presigned_upload_fields = cls(
            key,
            policy,
            x_amz_algorithm,
            x_amz_credential,
            x_amz_date,
            x_amz_signature,
            x_amz_security_token,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            presigned_upload_fields.additional_properties = d
        return presigned_upload_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode, check_error_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "status",
        "code",
        "detail",
        "title",
        "validation",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "status",
    "code",
    "detail",
    "title",
    "validation",
)


@_attrs_define
class Error:
    """The newest reference pages require only the `error` object itself ("`error` (object, required)"); an older revision
    requires `status`, `code` and `title`. No revision requires `detail`, so no member is required here.

        Attributes:
            status (int | Unset): The HTTP status, repeated. Example: 400.
            code (ErrorCode | Unset): Machine-readable error code. Example: INVALID_PARAMS.
            detail (str | Unset): Human-readable explanation, naming the parameter and the rule it broke. Example: One or
                more request parameters are invalid..
            title (str | Unset): Short title ("Invalid Params", "Unauthorised"); an older revision of the reference requires
                it ("`error.title` (string, required)"), the newest does not show it.
            validation (list[ValidationIssue] | Unset): On 422 only, one entry per invalid body field.
    """

    status: int | Unset = UNSET
    code: ErrorCode | Unset = UNSET
    detail: str | Unset = UNSET
    title: str | Unset = UNSET
    validation: list[ValidationIssue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        detail = self.detail

        title = self.title

        validation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = []
            for validation_item_data in self.validation:
                validation_item = validation_item_data.to_dict()
                validation.append(validation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if title is not UNSET:
            field_dict["title"] = title
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                status,
                code__in,
                detail,
                title,
                validation__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            status = src_dict.get("status", UNSET)
            code__in = src_dict.get("code", UNSET)
            detail = src_dict.get("detail", UNSET)
            title = src_dict.get("title", UNSET)
            validation__in = src_dict.get("validation", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        _code = code__in
        code: ErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = check_error_code(_code)

        _validation = validation__in
        validation: list[ValidationIssue] | Unset = UNSET
        if _validation is not UNSET:
            validation = []
            for validation_item_data in _validation:
                validation_item = ValidationIssue.from_dict(validation_item_data)

                validation.append(validation_item)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        error = cls(
            status,
            code,
            detail,
            title,
            validation,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            error.additional_properties = d
        return error

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
from ..models.validation_issue import ValidationIssue  # noqa: E402

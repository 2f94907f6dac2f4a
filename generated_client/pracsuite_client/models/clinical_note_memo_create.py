from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClinicalNoteMemoCreate")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "client_id",
    "memo",
    "memo_time",
    "tag_ids",
    "attachment_client_ids",
)


@_attrs_define
class ClinicalNoteMemoCreate:
    """
    Attributes:
        client_id (int): The patient's id. Example: 1.
        memo (str): The memo text. Example: Patient reports less pain on stairs..
        memo_time (str | Unset): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar
            value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar
            (month lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        tag_ids (list[int] | Unset): Tags to file the memo under. Example: [1, 2].
        attachment_client_ids (list[int] | Unset): The patient's attachments (`attachment_client_id`) to link to the
            memo. Example: [1].
    """

    client_id: int
    memo: str
    memo_time: str | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    attachment_client_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        memo = self.memo

        memo_time = self.memo_time

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        attachment_client_ids: list[int] | Unset = UNSET
        if not isinstance(self.attachment_client_ids, Unset):
            attachment_client_ids = self.attachment_client_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "memo": memo,
            }
        )
        if memo_time is not UNSET:
            field_dict["memo_time"] = memo_time
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if attachment_client_ids is not UNSET:
            field_dict["attachment_client_ids"] = attachment_client_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                client_id,
                memo,
                memo_time,
                tag_ids__in,
                attachment_client_ids__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            client_id = src_dict["client_id"]
            memo = src_dict["memo"]
            memo_time = src_dict.get("memo_time", UNSET)
            tag_ids__in = src_dict.get("tag_ids", UNSET)
            attachment_client_ids__in = src_dict.get("attachment_client_ids", UNSET)

        tag_ids = cast(list[int], tag_ids__in)

        attachment_client_ids = cast(list[int], attachment_client_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        clinical_note_memo_create = cls(
            client_id,
            memo,
            memo_time,
            tag_ids,
            attachment_client_ids,
        )

        return clinical_note_memo_create

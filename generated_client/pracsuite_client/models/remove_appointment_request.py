from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveAppointmentRequest")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "appointment_cancellation_reason_id",
    "record_as_cancelled",
    "reason",
)


@_attrs_define
class RemoveAppointmentRequest:
    """
    Attributes:
        appointment_cancellation_reason_id (int | Unset): Why the appointment was cancelled (see Cancellation Reason).
            Example: 1.
        record_as_cancelled (bool | Unset): True records the removal as a cancellation on the patient's record
            (attendance history); false removes it without affecting the attendance history. Default: True. Example: True.
        reason (str | Unset): Free-text reason. Example: Patient unwell.
    """

    appointment_cancellation_reason_id: int | Unset = UNSET
    record_as_cancelled: bool | Unset = True
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        appointment_cancellation_reason_id = self.appointment_cancellation_reason_id

        record_as_cancelled = self.record_as_cancelled

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if appointment_cancellation_reason_id is not UNSET:
            field_dict["appointment_cancellation_reason_id"] = appointment_cancellation_reason_id
        if record_as_cancelled is not UNSET:
            field_dict["record_as_cancelled"] = record_as_cancelled
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                appointment_cancellation_reason_id,
                record_as_cancelled,
                reason,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            appointment_cancellation_reason_id = src_dict.get("appointment_cancellation_reason_id", UNSET)
            record_as_cancelled = src_dict.get("record_as_cancelled", UNSET)
            reason = src_dict.get("reason", UNSET)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        remove_appointment_request = cls(
            appointment_cancellation_reason_id,
            record_as_cancelled,
            reason,
        )

        return remove_appointment_request

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentEdit")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "appointment_type_id",
    "app_time",
    "practitioner_id",
    "business_id",
    "duration",
    "column_number",
    "width",
    "appointment_status_id",
    "profession_id",
    "item_id",
    "item_group_id",
    "resource_ids",
    "sms_reminder",
    "email_reminder",
    "sms_confirmation",
    "email_confirmation",
    "sms_follow_up",
    "email_follow_up",
    "appointment_reschedule_reason_id",
    "reason",
)


@_attrs_define
class AppointmentEdit:
    """
    Attributes:
        appointment_type_id (int | Unset):  Example: 1.
        app_time (str | Unset): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar
            value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar
            (month lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        practitioner_id (int | Unset):  Example: 1.
        business_id (int | Unset):  Example: 1.
        duration (int | Unset): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is
            this integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        column_number (int | Unset):  Example: 1.
        width (int | Unset):  Example: 1.
        appointment_status_id (int | Unset):  Example: 1.
        profession_id (int | Unset):  Example: 1.
        item_id (int | None | Unset): If not null, `item_group_id` must be null. Example: 1.
        item_group_id (int | None | Unset): If not null, `item_id` must be null.
        resource_ids (list[int] | Unset): Resources (rooms, equipment) to book with the appointment. Example: [1, 2].
        sms_reminder (bool | Unset):
        email_reminder (bool | Unset):
        sms_confirmation (bool | Unset):
        email_confirmation (bool | Unset):
        sms_follow_up (bool | Unset):
        email_follow_up (bool | Unset):
        appointment_reschedule_reason_id (int | Unset): Why the appointment was moved (see Reschedule Reason). Example:
            1.
        reason (str | Unset): Free-text reason for the change. Example: Practitioner running late.
    """

    appointment_type_id: int | Unset = UNSET
    app_time: str | Unset = UNSET
    practitioner_id: int | Unset = UNSET
    business_id: int | Unset = UNSET
    duration: int | Unset = UNSET
    column_number: int | Unset = UNSET
    width: int | Unset = UNSET
    appointment_status_id: int | Unset = UNSET
    profession_id: int | Unset = UNSET
    item_id: int | None | Unset = UNSET
    item_group_id: int | None | Unset = UNSET
    resource_ids: list[int] | Unset = UNSET
    sms_reminder: bool | Unset = UNSET
    email_reminder: bool | Unset = UNSET
    sms_confirmation: bool | Unset = UNSET
    email_confirmation: bool | Unset = UNSET
    sms_follow_up: bool | Unset = UNSET
    email_follow_up: bool | Unset = UNSET
    appointment_reschedule_reason_id: int | Unset = UNSET
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        appointment_type_id = self.appointment_type_id

        app_time = self.app_time

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        duration = self.duration

        column_number = self.column_number

        width = self.width

        appointment_status_id = self.appointment_status_id

        profession_id = self.profession_id

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        item_group_id: int | None | Unset
        if isinstance(self.item_group_id, Unset):
            item_group_id = UNSET
        else:
            item_group_id = self.item_group_id

        resource_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        sms_reminder = self.sms_reminder

        email_reminder = self.email_reminder

        sms_confirmation = self.sms_confirmation

        email_confirmation = self.email_confirmation

        sms_follow_up = self.sms_follow_up

        email_follow_up = self.email_follow_up

        appointment_reschedule_reason_id = self.appointment_reschedule_reason_id

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if appointment_type_id is not UNSET:
            field_dict["appointment_type_id"] = appointment_type_id
        if app_time is not UNSET:
            field_dict["app_time"] = app_time
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if column_number is not UNSET:
            field_dict["column_number"] = column_number
        if width is not UNSET:
            field_dict["width"] = width
        if appointment_status_id is not UNSET:
            field_dict["appointment_status_id"] = appointment_status_id
        if profession_id is not UNSET:
            field_dict["profession_id"] = profession_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids
        if sms_reminder is not UNSET:
            field_dict["sms_reminder"] = sms_reminder
        if email_reminder is not UNSET:
            field_dict["email_reminder"] = email_reminder
        if sms_confirmation is not UNSET:
            field_dict["sms_confirmation"] = sms_confirmation
        if email_confirmation is not UNSET:
            field_dict["email_confirmation"] = email_confirmation
        if sms_follow_up is not UNSET:
            field_dict["sms_follow_up"] = sms_follow_up
        if email_follow_up is not UNSET:
            field_dict["email_follow_up"] = email_follow_up
        if appointment_reschedule_reason_id is not UNSET:
            field_dict["appointment_reschedule_reason_id"] = appointment_reschedule_reason_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                appointment_type_id,
                app_time,
                practitioner_id,
                business_id,
                duration,
                column_number,
                width,
                appointment_status_id,
                profession_id,
                item_id,
                item_group_id,
                resource_ids__in,
                sms_reminder,
                email_reminder,
                sms_confirmation,
                email_confirmation,
                sms_follow_up,
                email_follow_up,
                appointment_reschedule_reason_id,
                reason,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            appointment_type_id = src_dict.get("appointment_type_id", UNSET)
            app_time = src_dict.get("app_time", UNSET)
            practitioner_id = src_dict.get("practitioner_id", UNSET)
            business_id = src_dict.get("business_id", UNSET)
            duration = src_dict.get("duration", UNSET)
            column_number = src_dict.get("column_number", UNSET)
            width = src_dict.get("width", UNSET)
            appointment_status_id = src_dict.get("appointment_status_id", UNSET)
            profession_id = src_dict.get("profession_id", UNSET)
            item_id = src_dict.get("item_id", UNSET)
            item_group_id = src_dict.get("item_group_id", UNSET)
            resource_ids__in = src_dict.get("resource_ids", UNSET)
            sms_reminder = src_dict.get("sms_reminder", UNSET)
            email_reminder = src_dict.get("email_reminder", UNSET)
            sms_confirmation = src_dict.get("sms_confirmation", UNSET)
            email_confirmation = src_dict.get("email_confirmation", UNSET)
            sms_follow_up = src_dict.get("sms_follow_up", UNSET)
            email_follow_up = src_dict.get("email_follow_up", UNSET)
            appointment_reschedule_reason_id = src_dict.get("appointment_reschedule_reason_id", UNSET)
            reason = src_dict.get("reason", UNSET)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        appointment_edit = cls(
            appointment_type_id,
            app_time,
            practitioner_id,
            business_id,
            duration,
            column_number,
            width,
            appointment_status_id,
            profession_id,
            item_id,
            item_group_id,
            resource_ids,
            sms_reminder,
            email_reminder,
            sms_confirmation,
            email_confirmation,
            sms_follow_up,
            email_follow_up,
            appointment_reschedule_reason_id,
            reason,
        )

        return appointment_edit

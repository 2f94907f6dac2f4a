from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentCreate")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "client_id",
    "account_id",
    "appointment_type_id",
    "app_time",
    "practitioner_business_id",
    "duration",
    "appointment_status_id",
    "item_id",
    "item_group_id",
    "column",
    "width",
    "resource_ids",
    "hourly_billing",
    "sms_reminder",
    "email_reminder",
    "sms_follow_up",
    "email_follow_up",
)


@_attrs_define
class AppointmentCreate:
    """
    Attributes:
        client_id (int):  Example: 1.
        account_id (int): One of the patient's accounts. Example: 1.
        appointment_type_id (int):  Example: 1.
        app_time (str): ISO 8601 local date-time in the tenant's time zone, without offset: a real calendar value
            (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the calendar (month
            lengths, leap years, years 0001 to 9999). Example: 2026-01-01T12:05:30.
        practitioner_business_id (int): The practitioner at a business. Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        appointment_status_id (int | Unset):  Example: 1.
        item_id (int | Unset):  Example: 1.
        item_group_id (int | Unset):  Example: 1.
        column (int | Unset): The appointment-book column the appointment starts in. Example: 1.
        width (int | Unset): Number of columns the appointment spans. Example: 1.
        resource_ids (list[int] | Unset): Resources (rooms, equipment) to book with the appointment. Example: [1, 2].
        hourly_billing (bool | Unset):  Example: False.
        sms_reminder (bool | Unset):  Example: True.
        email_reminder (bool | Unset):  Example: True.
        sms_follow_up (bool | Unset):  Example: False.
        email_follow_up (bool | Unset):  Example: False.
    """

    client_id: int
    account_id: int
    appointment_type_id: int
    app_time: str
    practitioner_business_id: int
    duration: int
    appointment_status_id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    item_group_id: int | Unset = UNSET
    column: int | Unset = UNSET
    width: int | Unset = UNSET
    resource_ids: list[int] | Unset = UNSET
    hourly_billing: bool | Unset = UNSET
    sms_reminder: bool | Unset = UNSET
    email_reminder: bool | Unset = UNSET
    sms_follow_up: bool | Unset = UNSET
    email_follow_up: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        account_id = self.account_id

        appointment_type_id = self.appointment_type_id

        app_time = self.app_time

        practitioner_business_id = self.practitioner_business_id

        duration = self.duration

        appointment_status_id = self.appointment_status_id

        item_id = self.item_id

        item_group_id = self.item_group_id

        column = self.column

        width = self.width

        resource_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        hourly_billing = self.hourly_billing

        sms_reminder = self.sms_reminder

        email_reminder = self.email_reminder

        sms_follow_up = self.sms_follow_up

        email_follow_up = self.email_follow_up

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "duration": duration,
            }
        )
        if appointment_status_id is not UNSET:
            field_dict["appointment_status_id"] = appointment_status_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id
        if column is not UNSET:
            field_dict["column"] = column
        if width is not UNSET:
            field_dict["width"] = width
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids
        if hourly_billing is not UNSET:
            field_dict["hourly_billing"] = hourly_billing
        if sms_reminder is not UNSET:
            field_dict["sms_reminder"] = sms_reminder
        if email_reminder is not UNSET:
            field_dict["email_reminder"] = email_reminder
        if sms_follow_up is not UNSET:
            field_dict["sms_follow_up"] = sms_follow_up
        if email_follow_up is not UNSET:
            field_dict["email_follow_up"] = email_follow_up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                client_id,
                account_id,
                appointment_type_id,
                app_time,
                practitioner_business_id,
                duration,
                appointment_status_id,
                item_id,
                item_group_id,
                column,
                width,
                resource_ids__in,
                hourly_billing,
                sms_reminder,
                email_reminder,
                sms_follow_up,
                email_follow_up,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            client_id = src_dict["client_id"]
            account_id = src_dict["account_id"]
            appointment_type_id = src_dict["appointment_type_id"]
            app_time = src_dict["app_time"]
            practitioner_business_id = src_dict["practitioner_business_id"]
            duration = src_dict["duration"]
            appointment_status_id = src_dict.get("appointment_status_id", UNSET)
            item_id = src_dict.get("item_id", UNSET)
            item_group_id = src_dict.get("item_group_id", UNSET)
            column = src_dict.get("column", UNSET)
            width = src_dict.get("width", UNSET)
            resource_ids__in = src_dict.get("resource_ids", UNSET)
            hourly_billing = src_dict.get("hourly_billing", UNSET)
            sms_reminder = src_dict.get("sms_reminder", UNSET)
            email_reminder = src_dict.get("email_reminder", UNSET)
            sms_follow_up = src_dict.get("sms_follow_up", UNSET)
            email_follow_up = src_dict.get("email_follow_up", UNSET)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        appointment_create = cls(
            client_id,
            account_id,
            appointment_type_id,
            app_time,
            practitioner_business_id,
            duration,
            appointment_status_id,
            item_id,
            item_group_id,
            column,
            width,
            resource_ids,
            hourly_billing,
            sms_reminder,
            email_reminder,
            sms_follow_up,
            email_follow_up,
        )

        return appointment_create

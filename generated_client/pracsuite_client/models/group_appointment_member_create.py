from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAppointmentMemberCreate")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "client_id",
    "account_id",
    "appointment_status_id",
    "item_id",
    "item_group_id",
    "sms_reminder",
    "email_reminder",
    "sms_confirmation",
    "email_confirmation",
    "sms_follow_up",
    "email_follow_up",
)


@_attrs_define
class GroupAppointmentMemberCreate:
    """
    Attributes:
        client_id (int):  Example: 2.
        account_id (int | Unset): One of the patient's accounts. Example: 2.
        appointment_status_id (int | Unset):  Example: 1.
        item_id (int | Unset):  Example: 1.
        item_group_id (int | Unset):  Example: 1.
        sms_reminder (bool | Unset):
        email_reminder (bool | Unset):
        sms_confirmation (bool | Unset):
        email_confirmation (bool | Unset):
        sms_follow_up (bool | Unset):
        email_follow_up (bool | Unset):
    """

    client_id: int
    account_id: int | Unset = UNSET
    appointment_status_id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    item_group_id: int | Unset = UNSET
    sms_reminder: bool | Unset = UNSET
    email_reminder: bool | Unset = UNSET
    sms_confirmation: bool | Unset = UNSET
    email_confirmation: bool | Unset = UNSET
    sms_follow_up: bool | Unset = UNSET
    email_follow_up: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        account_id = self.account_id

        appointment_status_id = self.appointment_status_id

        item_id = self.item_id

        item_group_id = self.item_group_id

        sms_reminder = self.sms_reminder

        email_reminder = self.email_reminder

        sms_confirmation = self.sms_confirmation

        email_confirmation = self.email_confirmation

        sms_follow_up = self.sms_follow_up

        email_follow_up = self.email_follow_up

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if appointment_status_id is not UNSET:
            field_dict["appointment_status_id"] = appointment_status_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                client_id,
                account_id,
                appointment_status_id,
                item_id,
                item_group_id,
                sms_reminder,
                email_reminder,
                sms_confirmation,
                email_confirmation,
                sms_follow_up,
                email_follow_up,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            client_id = src_dict["client_id"]
            account_id = src_dict.get("account_id", UNSET)
            appointment_status_id = src_dict.get("appointment_status_id", UNSET)
            item_id = src_dict.get("item_id", UNSET)
            item_group_id = src_dict.get("item_group_id", UNSET)
            sms_reminder = src_dict.get("sms_reminder", UNSET)
            email_reminder = src_dict.get("email_reminder", UNSET)
            sms_confirmation = src_dict.get("sms_confirmation", UNSET)
            email_confirmation = src_dict.get("email_confirmation", UNSET)
            sms_follow_up = src_dict.get("sms_follow_up", UNSET)
            email_follow_up = src_dict.get("email_follow_up", UNSET)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        group_appointment_member_create = cls(
            client_id,
            account_id,
            appointment_status_id,
            item_id,
            item_group_id,
            sms_reminder,
            email_reminder,
            sms_confirmation,
            email_confirmation,
            sms_follow_up,
            email_follow_up,
        )

        return group_appointment_member_create

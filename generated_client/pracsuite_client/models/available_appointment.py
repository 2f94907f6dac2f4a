from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AvailableAppointment")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "app_time",
        "column_number",
        "item_id",
        "item_group_id",
        "hourly_billing",
        "ndis_claim_type",
        "ndis_cancellation_reason",
        "appointment_type_id",
        "practitioner_business_id",
        "practitioner_id",
        "business_id",
        "profession_id",
        "width",
        "duration",
        "resource_ids",
        "practitioner_name",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "app_time",
    "column_number",
    "item_id",
    "item_group_id",
    "hourly_billing",
    "ndis_claim_type",
    "ndis_cancellation_reason",
    "appointment_type_id",
    "practitioner_business_id",
    "practitioner_id",
    "business_id",
    "profession_id",
    "width",
    "duration",
    "resource_ids",
    "practitioner_name",
)


@_attrs_define
class AvailableAppointment:
    """
    Attributes:
        app_time (datetime.datetime): ISO 8601 local date-time in the tenant's time zone, without offset: a real
            calendar value (`2026-02-30T09:00:00` and `2026-01-02T25:00:00` are not), whole seconds. The pattern states the
            calendar (month lengths, leap years, years 0001 to 9999). Read as a naive `datetime` (the clinic's local time,
            no offset); its wire text is `YYYY-MM-DDTHH:MM:SS`. Example: 2026-01-01T12:05:30.
        column_number (int):  Example: 1.
        item_id (int | None):  Example: 1.
        item_group_id (int | None):
        hourly_billing (bool):  Example: False.
        ndis_claim_type (None | str):
        ndis_cancellation_reason (None | str):
        appointment_type_id (int):  Example: 1.
        practitioner_business_id (int):  Example: 1.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        profession_id (int):  Example: 1.
        width (int):  Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. A number with a zero fraction (`30.0`) is this
            integer (JSON Schema's rule) and is answered as `30`. Example: 30.
        resource_ids (list[int]):
        practitioner_name (str):  Example: Sam Example.
    """

    app_time: datetime.datetime
    column_number: int
    item_id: int | None
    item_group_id: int | None
    hourly_billing: bool
    ndis_claim_type: None | str
    ndis_cancellation_reason: None | str
    appointment_type_id: int
    practitioner_business_id: int
    practitioner_id: int
    business_id: int
    profession_id: int
    width: int
    duration: int
    resource_ids: list[int]
    practitioner_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_time = self.app_time.isoformat()

        column_number = self.column_number

        item_id: int | None
        item_id = self.item_id

        item_group_id: int | None
        item_group_id = self.item_group_id

        hourly_billing = self.hourly_billing

        ndis_claim_type: None | str
        ndis_claim_type = self.ndis_claim_type

        ndis_cancellation_reason: None | str
        ndis_cancellation_reason = self.ndis_cancellation_reason

        appointment_type_id = self.appointment_type_id

        practitioner_business_id = self.practitioner_business_id

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        profession_id = self.profession_id

        width = self.width

        duration = self.duration

        resource_ids = self.resource_ids

        practitioner_name = self.practitioner_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_time": app_time,
                "column_number": column_number,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "hourly_billing": hourly_billing,
                "ndis_claim_type": ndis_claim_type,
                "ndis_cancellation_reason": ndis_cancellation_reason,
                "appointment_type_id": appointment_type_id,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "profession_id": profession_id,
                "width": width,
                "duration": duration,
                "resource_ids": resource_ids,
                "practitioner_name": practitioner_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                app_time__in,
                column_number,
                item_id,
                item_group_id,
                hourly_billing,
                ndis_claim_type,
                ndis_cancellation_reason,
                appointment_type_id,
                practitioner_business_id,
                practitioner_id,
                business_id,
                profession_id,
                width,
                duration,
                resource_ids__in,
                practitioner_name,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            app_time__in = src_dict["app_time"]
            column_number = src_dict["column_number"]
            item_id = src_dict["item_id"]
            item_group_id = src_dict["item_group_id"]
            hourly_billing = src_dict["hourly_billing"]
            ndis_claim_type = src_dict["ndis_claim_type"]
            ndis_cancellation_reason = src_dict["ndis_cancellation_reason"]
            appointment_type_id = src_dict["appointment_type_id"]
            practitioner_business_id = src_dict["practitioner_business_id"]
            practitioner_id = src_dict["practitioner_id"]
            business_id = src_dict["business_id"]
            profession_id = src_dict["profession_id"]
            width = src_dict["width"]
            duration = src_dict["duration"]
            resource_ids__in = src_dict["resource_ids"]
            practitioner_name = src_dict["practitioner_name"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        app_time = datetime.datetime.fromisoformat(app_time__in)

        resource_ids = cast(list[int], resource_ids__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        available_appointment = cls(
            app_time,
            column_number,
            item_id,
            item_group_id,
            hourly_billing,
            ndis_claim_type,
            ndis_cancellation_reason,
            appointment_type_id,
            practitioner_business_id,
            practitioner_id,
            business_id,
            profession_id,
            width,
            duration,
            resource_ids,
            practitioner_name,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            available_appointment.additional_properties = d
        return available_appointment

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

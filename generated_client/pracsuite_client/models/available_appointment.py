from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableAppointment")


@_attrs_define
class AvailableAppointment:
    """
    Attributes:
        app_time (str): ISO 8601 local date-time in the tenant's time zone, without offset. Example:
            2026-01-01T12:05:30.
        appointment_type_id (int):  Example: 1.
        practitioner_business_id (int):  Example: 1.
        practitioner_id (int):  Example: 1.
        business_id (int):  Example: 1.
        profession_id (int):  Example: 1.
        duration (int): Minutes, between 5 and 1440, divisible by 5. Example: 30.
        practitioner_name (str):  Example: Sam Example.
        column_number (int | Unset):  Example: 1.
        item_id (int | None | Unset):  Example: 1.
        item_group_id (int | None | Unset):
        hourly_billing (bool | Unset):  Example: False.
        ndis_claim_type (None | str | Unset):
        ndis_cancellation_reason (None | str | Unset):
        width (int | Unset):  Example: 1.
        resource_ids (list[int] | Unset):
    """

    app_time: str
    appointment_type_id: int
    practitioner_business_id: int
    practitioner_id: int
    business_id: int
    profession_id: int
    duration: int
    practitioner_name: str
    column_number: int | Unset = UNSET
    item_id: int | None | Unset = UNSET
    item_group_id: int | None | Unset = UNSET
    hourly_billing: bool | Unset = UNSET
    ndis_claim_type: None | str | Unset = UNSET
    ndis_cancellation_reason: None | str | Unset = UNSET
    width: int | Unset = UNSET
    resource_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_time = self.app_time

        appointment_type_id = self.appointment_type_id

        practitioner_business_id = self.practitioner_business_id

        practitioner_id = self.practitioner_id

        business_id = self.business_id

        profession_id = self.profession_id

        duration = self.duration

        practitioner_name = self.practitioner_name

        column_number = self.column_number

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

        hourly_billing = self.hourly_billing

        ndis_claim_type: None | str | Unset
        if isinstance(self.ndis_claim_type, Unset):
            ndis_claim_type = UNSET
        else:
            ndis_claim_type = self.ndis_claim_type

        ndis_cancellation_reason: None | str | Unset
        if isinstance(self.ndis_cancellation_reason, Unset):
            ndis_cancellation_reason = UNSET
        else:
            ndis_cancellation_reason = self.ndis_cancellation_reason

        width = self.width

        resource_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_time": app_time,
                "appointment_type_id": appointment_type_id,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "profession_id": profession_id,
                "duration": duration,
                "practitioner_name": practitioner_name,
            }
        )
        if column_number is not UNSET:
            field_dict["column_number"] = column_number
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id
        if hourly_billing is not UNSET:
            field_dict["hourly_billing"] = hourly_billing
        if ndis_claim_type is not UNSET:
            field_dict["ndis_claim_type"] = ndis_claim_type
        if ndis_cancellation_reason is not UNSET:
            field_dict["ndis_cancellation_reason"] = ndis_cancellation_reason
        if width is not UNSET:
            field_dict["width"] = width
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_time = d.pop("app_time")

        appointment_type_id = d.pop("appointment_type_id")

        practitioner_business_id = d.pop("practitioner_business_id")

        practitioner_id = d.pop("practitioner_id")

        business_id = d.pop("business_id")

        profession_id = d.pop("profession_id")

        duration = d.pop("duration")

        practitioner_name = d.pop("practitioner_name")

        column_number = d.pop("column_number", UNSET)

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_item_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_group_id = _parse_item_group_id(d.pop("item_group_id", UNSET))

        hourly_billing = d.pop("hourly_billing", UNSET)

        def _parse_ndis_claim_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ndis_claim_type = _parse_ndis_claim_type(d.pop("ndis_claim_type", UNSET))

        def _parse_ndis_cancellation_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ndis_cancellation_reason = _parse_ndis_cancellation_reason(d.pop("ndis_cancellation_reason", UNSET))

        width = d.pop("width", UNSET)

        resource_ids = cast(list[int], d.pop("resource_ids", UNSET))

        available_appointment = cls(
            app_time=app_time,
            appointment_type_id=appointment_type_id,
            practitioner_business_id=practitioner_business_id,
            practitioner_id=practitioner_id,
            business_id=business_id,
            profession_id=profession_id,
            duration=duration,
            practitioner_name=practitioner_name,
            column_number=column_number,
            item_id=item_id,
            item_group_id=item_group_id,
            hourly_billing=hourly_billing,
            ndis_claim_type=ndis_claim_type,
            ndis_cancellation_reason=ndis_cancellation_reason,
            width=width,
            resource_ids=resource_ids,
        )

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

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Business")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "business_id",
        "business_name",
        "display_name",
        "address_1",
        "address_2",
        "address_3",
        "address_4",
        "suburb",
        "address_state",
        "postcode",
        "country",
        "archive",
        "phone",
        "fax",
        "email",
        "website",
        "appointment_start_time",
        "appointment_end_time",
        "registration_number",
        "registration_type",
        "short_description",
        "ndis_registration_number",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "business_id",
    "business_name",
    "display_name",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "suburb",
    "address_state",
    "postcode",
    "country",
    "archive",
    "phone",
    "fax",
    "email",
    "website",
    "appointment_start_time",
    "appointment_end_time",
    "registration_number",
    "registration_type",
    "short_description",
    "ndis_registration_number",
)


@_attrs_define
class Business:
    """
    Attributes:
        links (BusinessLinks):
        tenant_id (int):  Example: 1.
        business_id (int):  Example: 123.
        business_name (str):  Example: Example Physio Adelaide.
        display_name (str):  Example: Example Physio.
        address_1 (None | str):  Example: 1 Example Street.
        address_2 (None | str):
        address_3 (None | str):
        address_4 (None | str):
        suburb (None | str):  Example: Adelaide.
        address_state (None | str):  Example: SA.
        postcode (None | str):  Example: 5000.
        country (None | str):  Example: Australia.
        archive (bool | None): Whether the business is archived. Example: False.
        phone (None | str):  Example: 08 8000 0000.
        fax (None | str):
        email (None | str):  Example: user@example.com.
        website (None | str):  Example: http://example.com.
        appointment_start_time (None | str): Start of the business's appointment book day, or null when not set.
            Example: 08:00:00Z.
        appointment_end_time (None | str): End of the business's appointment book day, or null when not set. Example:
            18:00:00Z.
        registration_number (None | str):
        registration_type (None | str):
        short_description (None | str):
        ndis_registration_number (None | str):
    """

    links: BusinessLinks
    tenant_id: int
    business_id: int
    business_name: str
    display_name: str
    address_1: None | str
    address_2: None | str
    address_3: None | str
    address_4: None | str
    suburb: None | str
    address_state: None | str
    postcode: None | str
    country: None | str
    archive: bool | None
    phone: None | str
    fax: None | str
    email: None | str
    website: None | str
    appointment_start_time: None | str
    appointment_end_time: None | str
    registration_number: None | str
    registration_type: None | str
    short_description: None | str
    ndis_registration_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        business_id = self.business_id

        business_name = self.business_name

        display_name = self.display_name

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        address_3: None | str
        address_3 = self.address_3

        address_4: None | str
        address_4 = self.address_4

        suburb: None | str
        suburb = self.suburb

        address_state: None | str
        address_state = self.address_state

        postcode: None | str
        postcode = self.postcode

        country: None | str
        country = self.country

        archive: bool | None
        archive = self.archive

        phone: None | str
        phone = self.phone

        fax: None | str
        fax = self.fax

        email: None | str
        email = self.email

        website: None | str
        website = self.website

        appointment_start_time: None | str
        appointment_start_time = self.appointment_start_time

        appointment_end_time: None | str
        appointment_end_time = self.appointment_end_time

        registration_number: None | str
        registration_number = self.registration_number

        registration_type: None | str
        registration_type = self.registration_type

        short_description: None | str
        short_description = self.short_description

        ndis_registration_number: None | str
        ndis_registration_number = self.ndis_registration_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "business_id": business_id,
                "business_name": business_name,
                "display_name": display_name,
                "address_1": address_1,
                "address_2": address_2,
                "address_3": address_3,
                "address_4": address_4,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "archive": archive,
                "phone": phone,
                "fax": fax,
                "email": email,
                "website": website,
                "appointment_start_time": appointment_start_time,
                "appointment_end_time": appointment_end_time,
                "registration_number": registration_number,
                "registration_type": registration_type,
                "short_description": short_description,
                "ndis_registration_number": ndis_registration_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                business_id,
                business_name,
                display_name,
                address_1,
                address_2,
                address_3,
                address_4,
                suburb,
                address_state,
                postcode,
                country,
                archive,
                phone,
                fax,
                email,
                website,
                appointment_start_time,
                appointment_end_time,
                registration_number,
                registration_type,
                short_description,
                ndis_registration_number,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            business_id = src_dict["business_id"]
            business_name = src_dict["business_name"]
            display_name = src_dict["display_name"]
            address_1 = src_dict["address_1"]
            address_2 = src_dict["address_2"]
            address_3 = src_dict["address_3"]
            address_4 = src_dict["address_4"]
            suburb = src_dict["suburb"]
            address_state = src_dict["address_state"]
            postcode = src_dict["postcode"]
            country = src_dict["country"]
            archive = src_dict["archive"]
            phone = src_dict["phone"]
            fax = src_dict["fax"]
            email = src_dict["email"]
            website = src_dict["website"]
            appointment_start_time = src_dict["appointment_start_time"]
            appointment_end_time = src_dict["appointment_end_time"]
            registration_number = src_dict["registration_number"]
            registration_type = src_dict["registration_type"]
            short_description = src_dict["short_description"]
            ndis_registration_number = src_dict["ndis_registration_number"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = BusinessLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        business = cls(
            links,
            tenant_id,
            business_id,
            business_name,
            display_name,
            address_1,
            address_2,
            address_3,
            address_4,
            suburb,
            address_state,
            postcode,
            country,
            archive,
            phone,
            fax,
            email,
            website,
            appointment_start_time,
            appointment_end_time,
            registration_number,
            registration_type,
            short_description,
            ndis_registration_number,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            business.additional_properties = d
        return business

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
from ..models.business_links import BusinessLinks  # noqa: E402

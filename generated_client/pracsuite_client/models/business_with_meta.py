from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
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
    "row_num",
    "total_rows",
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
class BusinessWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (BusinessLinks):
        tenant_id (int):  Example: 1.
        business_id (int):  Example: 123.
        business_name (str):  Example: Example Physio Adelaide.
        display_name (str):  Example: Example Physio.
        address_1 (None | str | Unset):  Example: 1 Example Street.
        address_2 (None | str | Unset):
        address_3 (None | str | Unset):
        address_4 (None | str | Unset):
        suburb (None | str | Unset):  Example: Adelaide.
        address_state (None | str | Unset):  Example: SA.
        postcode (None | str | Unset):  Example: 5000.
        country (None | str | Unset):  Example: Australia.
        archive (bool | None | Unset): Whether the business is archived. Example: False.
        phone (None | str | Unset):  Example: 08 8000 0000.
        fax (None | str | Unset):
        email (None | str | Unset):  Example: user@example.com.
        website (None | str | Unset):  Example: http://example.com.
        appointment_start_time (None | str | Unset): Start of the business's appointment book day, or null when not set.
            Example: 08:00:00Z.
        appointment_end_time (None | str | Unset): End of the business's appointment book day, or null when not set.
            Example: 18:00:00Z.
        registration_number (None | str | Unset):
        registration_type (None | str | Unset):
        short_description (None | str | Unset):
        ndis_registration_number (None | str | Unset):
    """

    row_num: int
    total_rows: int
    links: BusinessLinks
    tenant_id: int
    business_id: int
    business_name: str
    display_name: str
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    address_3: None | str | Unset = UNSET
    address_4: None | str | Unset = UNSET
    suburb: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    archive: bool | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    appointment_start_time: None | str | Unset = UNSET
    appointment_end_time: None | str | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    registration_type: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    ndis_registration_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        business_id = self.business_id

        business_name = self.business_name

        display_name = self.display_name

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        address_3: None | str | Unset
        if isinstance(self.address_3, Unset):
            address_3 = UNSET
        else:
            address_3 = self.address_3

        address_4: None | str | Unset
        if isinstance(self.address_4, Unset):
            address_4 = UNSET
        else:
            address_4 = self.address_4

        suburb: None | str | Unset
        if isinstance(self.suburb, Unset):
            suburb = UNSET
        else:
            suburb = self.suburb

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        archive: bool | None | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        appointment_start_time: None | str | Unset
        if isinstance(self.appointment_start_time, Unset):
            appointment_start_time = UNSET
        else:
            appointment_start_time = self.appointment_start_time

        appointment_end_time: None | str | Unset
        if isinstance(self.appointment_end_time, Unset):
            appointment_end_time = UNSET
        else:
            appointment_end_time = self.appointment_end_time

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        registration_type: None | str | Unset
        if isinstance(self.registration_type, Unset):
            registration_type = UNSET
        else:
            registration_type = self.registration_type

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        ndis_registration_number: None | str | Unset
        if isinstance(self.ndis_registration_number, Unset):
            ndis_registration_number = UNSET
        else:
            ndis_registration_number = self.ndis_registration_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "business_id": business_id,
                "business_name": business_name,
                "display_name": display_name,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_3 is not UNSET:
            field_dict["address_3"] = address_3
        if address_4 is not UNSET:
            field_dict["address_4"] = address_4
        if suburb is not UNSET:
            field_dict["suburb"] = suburb
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if country is not UNSET:
            field_dict["country"] = country
        if archive is not UNSET:
            field_dict["archive"] = archive
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website
        if appointment_start_time is not UNSET:
            field_dict["appointment_start_time"] = appointment_start_time
        if appointment_end_time is not UNSET:
            field_dict["appointment_end_time"] = appointment_end_time
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if registration_type is not UNSET:
            field_dict["registration_type"] = registration_type
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if ndis_registration_number is not UNSET:
            field_dict["ndis_registration_number"] = ndis_registration_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
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
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            business_id = src_dict["business_id"]
            business_name = src_dict["business_name"]
            display_name = src_dict["display_name"]
            address_1 = src_dict.get("address_1", UNSET)
            address_2 = src_dict.get("address_2", UNSET)
            address_3 = src_dict.get("address_3", UNSET)
            address_4 = src_dict.get("address_4", UNSET)
            suburb = src_dict.get("suburb", UNSET)
            address_state = src_dict.get("address_state", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            country = src_dict.get("country", UNSET)
            archive = src_dict.get("archive", UNSET)
            phone = src_dict.get("phone", UNSET)
            fax = src_dict.get("fax", UNSET)
            email = src_dict.get("email", UNSET)
            website = src_dict.get("website", UNSET)
            appointment_start_time = src_dict.get("appointment_start_time", UNSET)
            appointment_end_time = src_dict.get("appointment_end_time", UNSET)
            registration_number = src_dict.get("registration_number", UNSET)
            registration_type = src_dict.get("registration_type", UNSET)
            short_description = src_dict.get("short_description", UNSET)
            ndis_registration_number = src_dict.get("ndis_registration_number", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = BusinessLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        business_with_meta = cls(
            row_num,
            total_rows,
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
            business_with_meta.additional_properties = d
        return business_with_meta

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

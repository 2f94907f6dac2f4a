from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayerContact")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "payer_contact_id",
        "payer_id",
        "archive",
        "title",
        "first_name",
        "surname",
        "address_1",
        "address_2",
        "address_3",
        "address_4",
        "suburb",
        "address_state",
        "postcode",
        "country",
        "phone",
        "home_phone",
        "work_phone",
        "mobile",
        "email",
        "notes",
        "job_title",
        "primary_contact",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "payer_contact_id",
    "payer_id",
    "archive",
    "title",
    "first_name",
    "surname",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "suburb",
    "address_state",
    "postcode",
    "country",
    "phone",
    "home_phone",
    "work_phone",
    "mobile",
    "email",
    "notes",
    "job_title",
    "primary_contact",
)


@_attrs_define
class PayerContact:
    """
    Attributes:
        links (PayerContactLinks):
        tenant_id (int):  Example: 1.
        payer_contact_id (int):  Example: 1.
        payer_id (int):  Example: 1.
        archive (bool):  Example: False.
        title (None | str):
        first_name (None | str):  Example: Sam.
        surname (None | str):  Example: Example.
        address_1 (None | str):
        address_2 (None | str):
        address_3 (None | str):
        address_4 (None | str):
        suburb (None | str):
        address_state (None | str):
        postcode (None | str):
        country (None | str):
        phone (None | str):
        home_phone (None | str):
        work_phone (None | str):
        mobile (None | str):
        email (None | str):
        notes (None | str):
        job_title (None | str):  Example: Claims officer.
        primary_contact (bool): The payer's main contact. Example: True.
    """

    links: PayerContactLinks
    tenant_id: int
    payer_contact_id: int
    payer_id: int
    archive: bool
    title: None | str
    first_name: None | str
    surname: None | str
    address_1: None | str
    address_2: None | str
    address_3: None | str
    address_4: None | str
    suburb: None | str
    address_state: None | str
    postcode: None | str
    country: None | str
    phone: None | str
    home_phone: None | str
    work_phone: None | str
    mobile: None | str
    email: None | str
    notes: None | str
    job_title: None | str
    primary_contact: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        payer_contact_id = self.payer_contact_id

        payer_id = self.payer_id

        archive = self.archive

        title: None | str
        title = self.title

        first_name: None | str
        first_name = self.first_name

        surname: None | str
        surname = self.surname

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

        phone: None | str
        phone = self.phone

        home_phone: None | str
        home_phone = self.home_phone

        work_phone: None | str
        work_phone = self.work_phone

        mobile: None | str
        mobile = self.mobile

        email: None | str
        email = self.email

        notes: None | str
        notes = self.notes

        job_title: None | str
        job_title = self.job_title

        primary_contact = self.primary_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "payer_contact_id": payer_contact_id,
                "payer_id": payer_id,
                "archive": archive,
                "title": title,
                "first_name": first_name,
                "surname": surname,
                "address_1": address_1,
                "address_2": address_2,
                "address_3": address_3,
                "address_4": address_4,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "phone": phone,
                "home_phone": home_phone,
                "work_phone": work_phone,
                "mobile": mobile,
                "email": email,
                "notes": notes,
                "job_title": job_title,
                "primary_contact": primary_contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                payer_contact_id,
                payer_id,
                archive,
                title,
                first_name,
                surname,
                address_1,
                address_2,
                address_3,
                address_4,
                suburb,
                address_state,
                postcode,
                country,
                phone,
                home_phone,
                work_phone,
                mobile,
                email,
                notes,
                job_title,
                primary_contact,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            payer_contact_id = src_dict["payer_contact_id"]
            payer_id = src_dict["payer_id"]
            archive = src_dict["archive"]
            title = src_dict["title"]
            first_name = src_dict["first_name"]
            surname = src_dict["surname"]
            address_1 = src_dict["address_1"]
            address_2 = src_dict["address_2"]
            address_3 = src_dict["address_3"]
            address_4 = src_dict["address_4"]
            suburb = src_dict["suburb"]
            address_state = src_dict["address_state"]
            postcode = src_dict["postcode"]
            country = src_dict["country"]
            phone = src_dict["phone"]
            home_phone = src_dict["home_phone"]
            work_phone = src_dict["work_phone"]
            mobile = src_dict["mobile"]
            email = src_dict["email"]
            notes = src_dict["notes"]
            job_title = src_dict["job_title"]
            primary_contact = src_dict["primary_contact"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PayerContactLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payer_contact = cls(
            links,
            tenant_id,
            payer_contact_id,
            payer_id,
            archive,
            title,
            first_name,
            surname,
            address_1,
            address_2,
            address_3,
            address_4,
            suburb,
            address_state,
            postcode,
            country,
            phone,
            home_phone,
            work_phone,
            mobile,
            email,
            notes,
            job_title,
            primary_contact,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            payer_contact.additional_properties = d
        return payer_contact

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
from ..models.payer_contact_links import PayerContactLinks  # noqa: E402

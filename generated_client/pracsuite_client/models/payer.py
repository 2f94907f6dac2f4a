from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Payer")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "payer_id",
        "archive",
        "description",
        "address_1",
        "address_2",
        "address_3",
        "address_4",
        "suburb",
        "address_state",
        "postcode",
        "country",
        "phone",
        "fax",
        "email",
        "notes",
        "website",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "payer_id",
    "archive",
    "description",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "suburb",
    "address_state",
    "postcode",
    "country",
    "phone",
    "fax",
    "email",
    "notes",
    "website",
)


@_attrs_define
class Payer:
    """
    Attributes:
        links (PayerLinks):
        tenant_id (int):  Example: 1.
        payer_id (int):  Example: 1.
        archive (bool):  Example: False.
        description (str):  Example: Example Insurance.
        address_1 (None | str):
        address_2 (None | str):
        address_3 (None | str):
        address_4 (None | str):
        suburb (None | str):
        address_state (None | str):
        postcode (None | str):
        country (None | str):
        phone (None | str):
        fax (None | str):
        email (None | str):  Example: claims@example.com.
        notes (None | str):
        website (None | str):
    """

    links: PayerLinks
    tenant_id: int
    payer_id: int
    archive: bool
    description: str
    address_1: None | str
    address_2: None | str
    address_3: None | str
    address_4: None | str
    suburb: None | str
    address_state: None | str
    postcode: None | str
    country: None | str
    phone: None | str
    fax: None | str
    email: None | str
    notes: None | str
    website: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        payer_id = self.payer_id

        archive = self.archive

        description = self.description

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

        fax: None | str
        fax = self.fax

        email: None | str
        email = self.email

        notes: None | str
        notes = self.notes

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "payer_id": payer_id,
                "archive": archive,
                "description": description,
                "address_1": address_1,
                "address_2": address_2,
                "address_3": address_3,
                "address_4": address_4,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "phone": phone,
                "fax": fax,
                "email": email,
                "notes": notes,
                "website": website,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                payer_id,
                archive,
                description,
                address_1,
                address_2,
                address_3,
                address_4,
                suburb,
                address_state,
                postcode,
                country,
                phone,
                fax,
                email,
                notes,
                website,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            payer_id = src_dict["payer_id"]
            archive = src_dict["archive"]
            description = src_dict["description"]
            address_1 = src_dict["address_1"]
            address_2 = src_dict["address_2"]
            address_3 = src_dict["address_3"]
            address_4 = src_dict["address_4"]
            suburb = src_dict["suburb"]
            address_state = src_dict["address_state"]
            postcode = src_dict["postcode"]
            country = src_dict["country"]
            phone = src_dict["phone"]
            fax = src_dict["fax"]
            email = src_dict["email"]
            notes = src_dict["notes"]
            website = src_dict["website"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PayerLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        payer = cls(
            links,
            tenant_id,
            payer_id,
            archive,
            description,
            address_1,
            address_2,
            address_3,
            address_4,
            suburb,
            address_state,
            postcode,
            country,
            phone,
            fax,
            email,
            notes,
            website,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            payer.additional_properties = d
        return payer

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
from ..models.payer_links import PayerLinks  # noqa: E402

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        address_1 (None | str | Unset):
        address_2 (None | str | Unset):
        address_3 (None | str | Unset):
        address_4 (None | str | Unset):
        suburb (None | str | Unset):
        address_state (None | str | Unset):
        postcode (None | str | Unset):
        country (None | str | Unset):
        phone (None | str | Unset):
        fax (None | str | Unset):
        email (None | str | Unset):  Example: claims@example.com.
        notes (None | str | Unset):
        website (None | str | Unset):
    """

    links: PayerLinks
    tenant_id: int
    payer_id: int
    archive: bool
    description: str
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    address_3: None | str | Unset = UNSET
    address_4: None | str | Unset = UNSET
    suburb: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        payer_id = self.payer_id

        archive = self.archive

        description = self.description

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
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
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if notes is not UNSET:
            field_dict["notes"] = notes
        if website is not UNSET:
            field_dict["website"] = website

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
            address_1 = src_dict.get("address_1", UNSET)
            address_2 = src_dict.get("address_2", UNSET)
            address_3 = src_dict.get("address_3", UNSET)
            address_4 = src_dict.get("address_4", UNSET)
            suburb = src_dict.get("suburb", UNSET)
            address_state = src_dict.get("address_state", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            country = src_dict.get("country", UNSET)
            phone = src_dict.get("phone", UNSET)
            fax = src_dict.get("fax", UNSET)
            email = src_dict.get("email", UNSET)
            notes = src_dict.get("notes", UNSET)
            website = src_dict.get("website", UNSET)
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

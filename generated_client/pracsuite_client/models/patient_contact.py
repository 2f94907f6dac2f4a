from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatientContact")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "patient_contact_id",
        "client_id",
        "relationship",
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
        "home_phone",
        "work_phone",
        "mobile",
        "email",
        "notes",
        "fax",
        "linked_client_id",
        "linked_referrer_id",
        "linked_payer_id",
        "account_id",
        "preferred_phone",
        "archive",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "patient_contact_id",
    "client_id",
    "relationship",
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
    "home_phone",
    "work_phone",
    "mobile",
    "email",
    "notes",
    "fax",
    "linked_client_id",
    "linked_referrer_id",
    "linked_payer_id",
    "account_id",
    "preferred_phone",
    "archive",
)


@_attrs_define
class PatientContact:
    """
    Attributes:
        links (PatientContactLinks):
        tenant_id (int):  Example: 1.
        patient_contact_id (int):  Example: 1.
        client_id (int): The patient the contact belongs to. Example: 1.
        relationship (None | str):  Example: Mother.
        title (None | str):  Example: Ms.
        first_name (None | str):  Example: Jo.
        surname (None | str):  Example: Example.
        address_1 (None | str):
        address_2 (None | str):
        address_3 (None | str):
        address_4 (None | str):
        suburb (None | str):
        address_state (None | str):
        postcode (None | str):
        country (None | str):
        home_phone (None | str):
        work_phone (None | str):
        mobile (None | str):  Example: 0400 000 000.
        email (None | str):  Example: jo@example.com.
        notes (None | str):
        fax (None | str):
        linked_client_id (int | None): Another patient this contact is. Example: 2.
        linked_referrer_id (int | None):
        linked_payer_id (int | None):
        account_id (int | None): The patient's account this contact relates to.
        preferred_phone (None | str): Which number to call first.
        archive (bool): Whether the contact is archived. Example: False.
    """

    links: PatientContactLinks
    tenant_id: int
    patient_contact_id: int
    client_id: int
    relationship: None | str
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
    home_phone: None | str
    work_phone: None | str
    mobile: None | str
    email: None | str
    notes: None | str
    fax: None | str
    linked_client_id: int | None
    linked_referrer_id: int | None
    linked_payer_id: int | None
    account_id: int | None
    preferred_phone: None | str
    archive: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        patient_contact_id = self.patient_contact_id

        client_id = self.client_id

        relationship: None | str
        relationship = self.relationship

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

        fax: None | str
        fax = self.fax

        linked_client_id: int | None
        linked_client_id = self.linked_client_id

        linked_referrer_id: int | None
        linked_referrer_id = self.linked_referrer_id

        linked_payer_id: int | None
        linked_payer_id = self.linked_payer_id

        account_id: int | None
        account_id = self.account_id

        preferred_phone: None | str
        preferred_phone = self.preferred_phone

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "patient_contact_id": patient_contact_id,
                "client_id": client_id,
                "relationship": relationship,
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
                "home_phone": home_phone,
                "work_phone": work_phone,
                "mobile": mobile,
                "email": email,
                "notes": notes,
                "fax": fax,
                "linked_client_id": linked_client_id,
                "linked_referrer_id": linked_referrer_id,
                "linked_payer_id": linked_payer_id,
                "account_id": account_id,
                "preferred_phone": preferred_phone,
                "archive": archive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                patient_contact_id,
                client_id,
                relationship,
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
                home_phone,
                work_phone,
                mobile,
                email,
                notes,
                fax,
                linked_client_id,
                linked_referrer_id,
                linked_payer_id,
                account_id,
                preferred_phone,
                archive,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            patient_contact_id = src_dict["patient_contact_id"]
            client_id = src_dict["client_id"]
            relationship = src_dict["relationship"]
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
            home_phone = src_dict["home_phone"]
            work_phone = src_dict["work_phone"]
            mobile = src_dict["mobile"]
            email = src_dict["email"]
            notes = src_dict["notes"]
            fax = src_dict["fax"]
            linked_client_id = src_dict["linked_client_id"]
            linked_referrer_id = src_dict["linked_referrer_id"]
            linked_payer_id = src_dict["linked_payer_id"]
            account_id = src_dict["account_id"]
            preferred_phone = src_dict["preferred_phone"]
            archive = src_dict["archive"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PatientContactLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_contact = cls(
            links,
            tenant_id,
            patient_contact_id,
            client_id,
            relationship,
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
            home_phone,
            work_phone,
            mobile,
            email,
            notes,
            fax,
            linked_client_id,
            linked_referrer_id,
            linked_payer_id,
            account_id,
            preferred_phone,
            archive,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_contact.additional_properties = d
        return patient_contact

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
from ..models.patient_contact_links import PatientContactLinks  # noqa: E402

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientContact")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "tenant_id",
        "patient_contact_id",
        "client_id",
        "archive",
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
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "tenant_id",
    "patient_contact_id",
    "client_id",
    "archive",
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
)


@_attrs_define
class PatientContact:
    """
    Attributes:
        links (PatientContactLinks):
        tenant_id (int):  Example: 1.
        patient_contact_id (int):  Example: 1.
        client_id (int): The patient the contact belongs to. Example: 1.
        archive (bool): Whether the contact is archived. Example: False.
        relationship (None | str | Unset):  Example: Mother.
        title (None | str | Unset):  Example: Ms.
        first_name (None | str | Unset):  Example: Jo.
        surname (None | str | Unset):  Example: Example.
        address_1 (None | str | Unset):
        address_2 (None | str | Unset):
        address_3 (None | str | Unset):
        address_4 (None | str | Unset):
        suburb (None | str | Unset):
        address_state (None | str | Unset):
        postcode (None | str | Unset):
        country (None | str | Unset):
        home_phone (None | str | Unset):
        work_phone (None | str | Unset):
        mobile (None | str | Unset):  Example: 0400 000 000.
        email (None | str | Unset):  Example: jo@example.com.
        notes (None | str | Unset):
        fax (None | str | Unset):
        linked_client_id (int | None | Unset): Another patient this contact is. Example: 2.
        linked_referrer_id (int | None | Unset):
        linked_payer_id (int | None | Unset):
        account_id (int | None | Unset): The patient's account this contact relates to.
        preferred_phone (None | str | Unset): Which number to call first.
    """

    links: PatientContactLinks
    tenant_id: int
    patient_contact_id: int
    client_id: int
    archive: bool
    relationship: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    address_3: None | str | Unset = UNSET
    address_4: None | str | Unset = UNSET
    suburb: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    home_phone: None | str | Unset = UNSET
    work_phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    linked_client_id: int | None | Unset = UNSET
    linked_referrer_id: int | None | Unset = UNSET
    linked_payer_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    preferred_phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        tenant_id = self.tenant_id

        patient_contact_id = self.patient_contact_id

        client_id = self.client_id

        archive = self.archive

        relationship: None | str | Unset
        if isinstance(self.relationship, Unset):
            relationship = UNSET
        else:
            relationship = self.relationship

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

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

        home_phone: None | str | Unset
        if isinstance(self.home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = self.home_phone

        work_phone: None | str | Unset
        if isinstance(self.work_phone, Unset):
            work_phone = UNSET
        else:
            work_phone = self.work_phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

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

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        linked_client_id: int | None | Unset
        if isinstance(self.linked_client_id, Unset):
            linked_client_id = UNSET
        else:
            linked_client_id = self.linked_client_id

        linked_referrer_id: int | None | Unset
        if isinstance(self.linked_referrer_id, Unset):
            linked_referrer_id = UNSET
        else:
            linked_referrer_id = self.linked_referrer_id

        linked_payer_id: int | None | Unset
        if isinstance(self.linked_payer_id, Unset):
            linked_payer_id = UNSET
        else:
            linked_payer_id = self.linked_payer_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        preferred_phone: None | str | Unset
        if isinstance(self.preferred_phone, Unset):
            preferred_phone = UNSET
        else:
            preferred_phone = self.preferred_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "tenant_id": tenant_id,
                "patient_contact_id": patient_contact_id,
                "client_id": client_id,
                "archive": archive,
            }
        )
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if surname is not UNSET:
            field_dict["surname"] = surname
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
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if work_phone is not UNSET:
            field_dict["work_phone"] = work_phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if notes is not UNSET:
            field_dict["notes"] = notes
        if fax is not UNSET:
            field_dict["fax"] = fax
        if linked_client_id is not UNSET:
            field_dict["linked_client_id"] = linked_client_id
        if linked_referrer_id is not UNSET:
            field_dict["linked_referrer_id"] = linked_referrer_id
        if linked_payer_id is not UNSET:
            field_dict["linked_payer_id"] = linked_payer_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if preferred_phone is not UNSET:
            field_dict["preferred_phone"] = preferred_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                tenant_id,
                patient_contact_id,
                client_id,
                archive,
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
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            patient_contact_id = src_dict["patient_contact_id"]
            client_id = src_dict["client_id"]
            archive = src_dict["archive"]
            relationship = src_dict.get("relationship", UNSET)
            title = src_dict.get("title", UNSET)
            first_name = src_dict.get("first_name", UNSET)
            surname = src_dict.get("surname", UNSET)
            address_1 = src_dict.get("address_1", UNSET)
            address_2 = src_dict.get("address_2", UNSET)
            address_3 = src_dict.get("address_3", UNSET)
            address_4 = src_dict.get("address_4", UNSET)
            suburb = src_dict.get("suburb", UNSET)
            address_state = src_dict.get("address_state", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            country = src_dict.get("country", UNSET)
            home_phone = src_dict.get("home_phone", UNSET)
            work_phone = src_dict.get("work_phone", UNSET)
            mobile = src_dict.get("mobile", UNSET)
            email = src_dict.get("email", UNSET)
            notes = src_dict.get("notes", UNSET)
            fax = src_dict.get("fax", UNSET)
            linked_client_id = src_dict.get("linked_client_id", UNSET)
            linked_referrer_id = src_dict.get("linked_referrer_id", UNSET)
            linked_payer_id = src_dict.get("linked_payer_id", UNSET)
            account_id = src_dict.get("account_id", UNSET)
            preferred_phone = src_dict.get("preferred_phone", UNSET)
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
            archive,
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

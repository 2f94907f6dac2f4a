from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientAccountWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "tenant_id",
        "account_id",
        "client_id",
        "archive",
        "bill_3rd_party",
        "bill_family",
        "short_description",
        "billing_name",
        "email",
        "contact_name",
        "acc_no",
        "claim_number",
        "employer_name",
        "injury",
        "date_of_injury",
        "hospital",
        "fee_cat_id",
        "client_no",
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
        "notes",
        "payer_id",
        "payer_contact_id",
        "custom_field_name",
        "custom_field_value",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "tenant_id",
    "account_id",
    "client_id",
    "archive",
    "bill_3rd_party",
    "bill_family",
    "short_description",
    "billing_name",
    "email",
    "contact_name",
    "acc_no",
    "claim_number",
    "employer_name",
    "injury",
    "date_of_injury",
    "hospital",
    "fee_cat_id",
    "client_no",
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
    "notes",
    "payer_id",
    "payer_contact_id",
    "custom_field_name",
    "custom_field_value",
)


@_attrs_define
class PatientAccountWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (PatientAccountLinks):
        tenant_id (int):  Example: 1.
        account_id (int):  Example: 1.
        client_id (int):  Example: 1.
        archive (bool):  Example: False.
        bill_3rd_party (bool): Bill a third party (the payer) rather than the patient. Example: False.
        bill_family (bool):  Example: False.
        short_description (None | str | Unset):  Example: Private.
        billing_name (None | str | Unset):
        email (None | str | Unset):
        contact_name (None | str | Unset):
        acc_no (None | str | Unset): Account number with the payer.
        claim_number (None | str | Unset):
        employer_name (None | str | Unset):
        injury (None | str | Unset):
        date_of_injury (None | str | Unset):
        hospital (None | str | Unset):
        fee_cat_id (int | None | Unset): The fee category billed under. Example: 1.
        client_no (None | str | Unset):
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
        notes (None | str | Unset):
        payer_id (int | None | Unset):
        payer_contact_id (int | None | Unset):
        custom_field_name (None | str | Unset):  Example: Custom.
        custom_field_value (None | str | Unset):
    """

    row_num: int
    total_rows: int
    links: PatientAccountLinks
    tenant_id: int
    account_id: int
    client_id: int
    archive: bool
    bill_3rd_party: bool
    bill_family: bool
    short_description: None | str | Unset = UNSET
    billing_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    acc_no: None | str | Unset = UNSET
    claim_number: None | str | Unset = UNSET
    employer_name: None | str | Unset = UNSET
    injury: None | str | Unset = UNSET
    date_of_injury: None | str | Unset = UNSET
    hospital: None | str | Unset = UNSET
    fee_cat_id: int | None | Unset = UNSET
    client_no: None | str | Unset = UNSET
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
    notes: None | str | Unset = UNSET
    payer_id: int | None | Unset = UNSET
    payer_contact_id: int | None | Unset = UNSET
    custom_field_name: None | str | Unset = UNSET
    custom_field_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        tenant_id = self.tenant_id

        account_id = self.account_id

        client_id = self.client_id

        archive = self.archive

        bill_3rd_party = self.bill_3rd_party

        bill_family = self.bill_family

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        billing_name: None | str | Unset
        if isinstance(self.billing_name, Unset):
            billing_name = UNSET
        else:
            billing_name = self.billing_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        acc_no: None | str | Unset
        if isinstance(self.acc_no, Unset):
            acc_no = UNSET
        else:
            acc_no = self.acc_no

        claim_number: None | str | Unset
        if isinstance(self.claim_number, Unset):
            claim_number = UNSET
        else:
            claim_number = self.claim_number

        employer_name: None | str | Unset
        if isinstance(self.employer_name, Unset):
            employer_name = UNSET
        else:
            employer_name = self.employer_name

        injury: None | str | Unset
        if isinstance(self.injury, Unset):
            injury = UNSET
        else:
            injury = self.injury

        date_of_injury: None | str | Unset
        if isinstance(self.date_of_injury, Unset):
            date_of_injury = UNSET
        else:
            date_of_injury = self.date_of_injury

        hospital: None | str | Unset
        if isinstance(self.hospital, Unset):
            hospital = UNSET
        else:
            hospital = self.hospital

        fee_cat_id: int | None | Unset
        if isinstance(self.fee_cat_id, Unset):
            fee_cat_id = UNSET
        else:
            fee_cat_id = self.fee_cat_id

        client_no: None | str | Unset
        if isinstance(self.client_no, Unset):
            client_no = UNSET
        else:
            client_no = self.client_no

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payer_id: int | None | Unset
        if isinstance(self.payer_id, Unset):
            payer_id = UNSET
        else:
            payer_id = self.payer_id

        payer_contact_id: int | None | Unset
        if isinstance(self.payer_contact_id, Unset):
            payer_contact_id = UNSET
        else:
            payer_contact_id = self.payer_contact_id

        custom_field_name: None | str | Unset
        if isinstance(self.custom_field_name, Unset):
            custom_field_name = UNSET
        else:
            custom_field_name = self.custom_field_name

        custom_field_value: None | str | Unset
        if isinstance(self.custom_field_value, Unset):
            custom_field_value = UNSET
        else:
            custom_field_value = self.custom_field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "tenant_id": tenant_id,
                "account_id": account_id,
                "client_id": client_id,
                "archive": archive,
                "bill_3rd_party": bill_3rd_party,
                "bill_family": bill_family,
            }
        )
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if billing_name is not UNSET:
            field_dict["billing_name"] = billing_name
        if email is not UNSET:
            field_dict["email"] = email
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if acc_no is not UNSET:
            field_dict["acc_no"] = acc_no
        if claim_number is not UNSET:
            field_dict["claim_number"] = claim_number
        if employer_name is not UNSET:
            field_dict["employer_name"] = employer_name
        if injury is not UNSET:
            field_dict["injury"] = injury
        if date_of_injury is not UNSET:
            field_dict["date_of_injury"] = date_of_injury
        if hospital is not UNSET:
            field_dict["hospital"] = hospital
        if fee_cat_id is not UNSET:
            field_dict["fee_cat_id"] = fee_cat_id
        if client_no is not UNSET:
            field_dict["client_no"] = client_no
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
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payer_id is not UNSET:
            field_dict["payer_id"] = payer_id
        if payer_contact_id is not UNSET:
            field_dict["payer_contact_id"] = payer_contact_id
        if custom_field_name is not UNSET:
            field_dict["custom_field_name"] = custom_field_name
        if custom_field_value is not UNSET:
            field_dict["custom_field_value"] = custom_field_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                links__in,
                tenant_id,
                account_id,
                client_id,
                archive,
                bill_3rd_party,
                bill_family,
                short_description,
                billing_name,
                email,
                contact_name,
                acc_no,
                claim_number,
                employer_name,
                injury,
                date_of_injury,
                hospital,
                fee_cat_id,
                client_no,
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
                notes,
                payer_id,
                payer_contact_id,
                custom_field_name,
                custom_field_value,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            tenant_id = src_dict["tenant_id"]
            account_id = src_dict["account_id"]
            client_id = src_dict["client_id"]
            archive = src_dict["archive"]
            bill_3rd_party = src_dict["bill_3rd_party"]
            bill_family = src_dict["bill_family"]
            short_description = src_dict.get("short_description", UNSET)
            billing_name = src_dict.get("billing_name", UNSET)
            email = src_dict.get("email", UNSET)
            contact_name = src_dict.get("contact_name", UNSET)
            acc_no = src_dict.get("acc_no", UNSET)
            claim_number = src_dict.get("claim_number", UNSET)
            employer_name = src_dict.get("employer_name", UNSET)
            injury = src_dict.get("injury", UNSET)
            date_of_injury = src_dict.get("date_of_injury", UNSET)
            hospital = src_dict.get("hospital", UNSET)
            fee_cat_id = src_dict.get("fee_cat_id", UNSET)
            client_no = src_dict.get("client_no", UNSET)
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
            notes = src_dict.get("notes", UNSET)
            payer_id = src_dict.get("payer_id", UNSET)
            payer_contact_id = src_dict.get("payer_contact_id", UNSET)
            custom_field_name = src_dict.get("custom_field_name", UNSET)
            custom_field_value = src_dict.get("custom_field_value", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PatientAccountLinks.from_dict(links__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_account_with_meta = cls(
            row_num,
            total_rows,
            links,
            tenant_id,
            account_id,
            client_id,
            archive,
            bill_3rd_party,
            bill_family,
            short_description,
            billing_name,
            email,
            contact_name,
            acc_no,
            claim_number,
            employer_name,
            injury,
            date_of_injury,
            hospital,
            fee_cat_id,
            client_no,
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
            notes,
            payer_id,
            payer_contact_id,
            custom_field_name,
            custom_field_value,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_account_with_meta.additional_properties = d
        return patient_account_with_meta

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
from ..models.patient_account_links import PatientAccountLinks  # noqa: E402

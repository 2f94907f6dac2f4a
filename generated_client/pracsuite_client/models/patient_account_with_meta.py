from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "bill_family",
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
    "bill_family",
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
        short_description (None | str):  Example: Private.
        billing_name (None | str):
        email (None | str):
        contact_name (None | str):
        acc_no (None | str): Account number with the payer.
        claim_number (None | str):
        employer_name (None | str):
        injury (None | str):
        date_of_injury (None | str):
        hospital (None | str):
        fee_cat_id (int | None): The fee category billed under. Example: 1.
        client_no (None | str):
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
        notes (None | str):
        payer_id (int | None):
        payer_contact_id (int | None):
        custom_field_name (None | str):  Example: Custom.
        custom_field_value (None | str):
        bill_family (bool):  Example: False.
    """

    row_num: int
    total_rows: int
    links: PatientAccountLinks
    tenant_id: int
    account_id: int
    client_id: int
    archive: bool
    bill_3rd_party: bool
    short_description: None | str
    billing_name: None | str
    email: None | str
    contact_name: None | str
    acc_no: None | str
    claim_number: None | str
    employer_name: None | str
    injury: None | str
    date_of_injury: None | str
    hospital: None | str
    fee_cat_id: int | None
    client_no: None | str
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
    notes: None | str
    payer_id: int | None
    payer_contact_id: int | None
    custom_field_name: None | str
    custom_field_value: None | str
    bill_family: bool
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

        short_description: None | str
        short_description = self.short_description

        billing_name: None | str
        billing_name = self.billing_name

        email: None | str
        email = self.email

        contact_name: None | str
        contact_name = self.contact_name

        acc_no: None | str
        acc_no = self.acc_no

        claim_number: None | str
        claim_number = self.claim_number

        employer_name: None | str
        employer_name = self.employer_name

        injury: None | str
        injury = self.injury

        date_of_injury: None | str
        date_of_injury = self.date_of_injury

        hospital: None | str
        hospital = self.hospital

        fee_cat_id: int | None
        fee_cat_id = self.fee_cat_id

        client_no: None | str
        client_no = self.client_no

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

        notes: None | str
        notes = self.notes

        payer_id: int | None
        payer_id = self.payer_id

        payer_contact_id: int | None
        payer_contact_id = self.payer_contact_id

        custom_field_name: None | str
        custom_field_name = self.custom_field_name

        custom_field_value: None | str
        custom_field_value = self.custom_field_value

        bill_family = self.bill_family

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
                "short_description": short_description,
                "billing_name": billing_name,
                "email": email,
                "contact_name": contact_name,
                "acc_no": acc_no,
                "claim_number": claim_number,
                "employer_name": employer_name,
                "injury": injury,
                "date_of_injury": date_of_injury,
                "hospital": hospital,
                "fee_cat_id": fee_cat_id,
                "client_no": client_no,
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
                "notes": notes,
                "payer_id": payer_id,
                "payer_contact_id": payer_contact_id,
                "custom_field_name": custom_field_name,
                "custom_field_value": custom_field_value,
                "bill_family": bill_family,
            }
        )

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
                bill_family,
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
            short_description = src_dict["short_description"]
            billing_name = src_dict["billing_name"]
            email = src_dict["email"]
            contact_name = src_dict["contact_name"]
            acc_no = src_dict["acc_no"]
            claim_number = src_dict["claim_number"]
            employer_name = src_dict["employer_name"]
            injury = src_dict["injury"]
            date_of_injury = src_dict["date_of_injury"]
            hospital = src_dict["hospital"]
            fee_cat_id = src_dict["fee_cat_id"]
            client_no = src_dict["client_no"]
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
            notes = src_dict["notes"]
            payer_id = src_dict["payer_id"]
            payer_contact_id = src_dict["payer_contact_id"]
            custom_field_name = src_dict["custom_field_name"]
            custom_field_value = src_dict["custom_field_value"]
            bill_family = src_dict["bill_family"]
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
            bill_family,
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

from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferred_phone import PreferredPhone, check_preferred_phone

T = TypeVar("T", bound="Patient")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "links",
        "client_id",
        "tenant_id",
        "first_name",
        "title",
        "middle_name",
        "surname",
        "preferred_name",
        "date_of_birth",
        "email",
        "gender",
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
        "fax",
        "preferred_phone",
        "file_no",
        "patient_notes",
        "patient_warnings",
        "fee_category",
        "fee_cat_id",
        "health_fund",
        "health_fund_member_no",
        "pension_no",
        "default_practitioner_business_id",
        "sex_id",
        "pronoun_id",
        "accepted_privacy_policy",
        "time_zone",
        "created",
        "modified",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "links",
    "client_id",
    "tenant_id",
    "first_name",
    "title",
    "middle_name",
    "surname",
    "preferred_name",
    "date_of_birth",
    "email",
    "gender",
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
    "fax",
    "preferred_phone",
    "file_no",
    "patient_notes",
    "patient_warnings",
    "fee_category",
    "fee_cat_id",
    "health_fund",
    "health_fund_member_no",
    "pension_no",
    "default_practitioner_business_id",
    "sex_id",
    "pronoun_id",
    "accepted_privacy_policy",
    "time_zone",
    "created",
    "modified",
)


@_attrs_define
class Patient:
    """
    Attributes:
        links (PatientLinks):
        client_id (int): The patient's id. Example: 1.
        tenant_id (int):  Example: 1.
        first_name (str):  Example: Alex.
        title (None | str):  Example: Mx.
        middle_name (None | str):
        surname (str):  Example: Example.
        preferred_name (None | str):
        date_of_birth (datetime.date | None):  Example: 1990-04-01.
        email (None | str):  Example: alex@example.com.
        gender (None | str):
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
        mobile (None | str):
        fax (None | str):
        preferred_phone (None | PreferredPhone):
        file_no (None | str):
        patient_notes (None | str):
        patient_warnings (None | str):
        fee_category (None | str): Name of the patient's default fee category.
        fee_cat_id (int | None): Id of the patient's default fee category.
        health_fund (None | str):
        health_fund_member_no (None | str):
        pension_no (None | str):
        default_practitioner_business_id (int | None):
        sex_id (int | None):
        pronoun_id (int | None):
        accepted_privacy_policy (bool | None): Consent to the business's privacy policy: null no response, true
            accepted, false rejected. Example: True.
        time_zone (None | str): A valid IANA time zone identifier (e.g. `Australia/Adelaide`), or null when not set
            (never the empty string: null clears it). `format: iana-time-zone` is checked against the IANA tz database.
            Example: Australia/Adelaide.
        created (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
    """

    links: PatientLinks
    client_id: int
    tenant_id: int
    first_name: str
    title: None | str
    middle_name: None | str
    surname: str
    preferred_name: None | str
    date_of_birth: datetime.date | None
    email: None | str
    gender: None | str
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
    fax: None | str
    preferred_phone: None | PreferredPhone
    file_no: None | str
    patient_notes: None | str
    patient_warnings: None | str
    fee_category: None | str
    fee_cat_id: int | None
    health_fund: None | str
    health_fund_member_no: None | str
    pension_no: None | str
    default_practitioner_business_id: int | None
    sex_id: int | None
    pronoun_id: int | None
    accepted_privacy_policy: bool | None
    time_zone: None | str
    created: datetime.datetime
    modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        client_id = self.client_id

        tenant_id = self.tenant_id

        first_name = self.first_name

        title: None | str
        title = self.title

        middle_name: None | str
        middle_name = self.middle_name

        surname = self.surname

        preferred_name: None | str
        preferred_name = self.preferred_name

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        email: None | str
        email = self.email

        gender: None | str
        gender = self.gender

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

        fax: None | str
        fax = self.fax

        preferred_phone: int | None
        if isinstance(self.preferred_phone, int):
            preferred_phone = self.preferred_phone
        else:
            preferred_phone = self.preferred_phone

        file_no: None | str
        file_no = self.file_no

        patient_notes: None | str
        patient_notes = self.patient_notes

        patient_warnings: None | str
        patient_warnings = self.patient_warnings

        fee_category: None | str
        fee_category = self.fee_category

        fee_cat_id: int | None
        fee_cat_id = self.fee_cat_id

        health_fund: None | str
        health_fund = self.health_fund

        health_fund_member_no: None | str
        health_fund_member_no = self.health_fund_member_no

        pension_no: None | str
        pension_no = self.pension_no

        default_practitioner_business_id: int | None
        default_practitioner_business_id = self.default_practitioner_business_id

        sex_id: int | None
        sex_id = self.sex_id

        pronoun_id: int | None
        pronoun_id = self.pronoun_id

        accepted_privacy_policy: bool | None
        accepted_privacy_policy = self.accepted_privacy_policy

        time_zone: None | str
        time_zone = self.time_zone

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "client_id": client_id,
                "tenant_id": tenant_id,
                "first_name": first_name,
                "title": title,
                "middle_name": middle_name,
                "surname": surname,
                "preferred_name": preferred_name,
                "date_of_birth": date_of_birth,
                "email": email,
                "gender": gender,
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
                "fax": fax,
                "preferred_phone": preferred_phone,
                "file_no": file_no,
                "patient_notes": patient_notes,
                "patient_warnings": patient_warnings,
                "fee_category": fee_category,
                "fee_cat_id": fee_cat_id,
                "health_fund": health_fund,
                "health_fund_member_no": health_fund_member_no,
                "pension_no": pension_no,
                "default_practitioner_business_id": default_practitioner_business_id,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
                "accepted_privacy_policy": accepted_privacy_policy,
                "time_zone": time_zone,
                "created": created,
                "modified": modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                links__in,
                client_id,
                tenant_id,
                first_name,
                title,
                middle_name,
                surname,
                preferred_name,
                date_of_birth__in,
                email,
                gender,
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
                fax,
                preferred_phone__in,
                file_no,
                patient_notes,
                patient_warnings,
                fee_category,
                fee_cat_id,
                health_fund,
                health_fund_member_no,
                pension_no,
                default_practitioner_business_id,
                sex_id,
                pronoun_id,
                accepted_privacy_policy,
                time_zone,
                created__in,
                modified__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            links__in = src_dict["links"]
            client_id = src_dict["client_id"]
            tenant_id = src_dict["tenant_id"]
            first_name = src_dict["first_name"]
            title = src_dict["title"]
            middle_name = src_dict["middle_name"]
            surname = src_dict["surname"]
            preferred_name = src_dict["preferred_name"]
            date_of_birth__in = src_dict["date_of_birth"]
            email = src_dict["email"]
            gender = src_dict["gender"]
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
            fax = src_dict["fax"]
            preferred_phone__in = src_dict["preferred_phone"]
            file_no = src_dict["file_no"]
            patient_notes = src_dict["patient_notes"]
            patient_warnings = src_dict["patient_warnings"]
            fee_category = src_dict["fee_category"]
            fee_cat_id = src_dict["fee_cat_id"]
            health_fund = src_dict["health_fund"]
            health_fund_member_no = src_dict["health_fund_member_no"]
            pension_no = src_dict["pension_no"]
            default_practitioner_business_id = src_dict["default_practitioner_business_id"]
            sex_id = src_dict["sex_id"]
            pronoun_id = src_dict["pronoun_id"]
            accepted_privacy_policy = src_dict["accepted_privacy_policy"]
            time_zone = src_dict["time_zone"]
            created__in = src_dict["created"]
            modified__in = src_dict["modified"]
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PatientLinks.from_dict(links__in)

        _date_of_birth = date_of_birth__in
        date_of_birth: datetime.date | None = _date_of_birth
        if isinstance(_date_of_birth, str):
            try:
                date_of_birth_type_0 = datetime.date.fromisoformat(_date_of_birth)

                date_of_birth = date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _preferred_phone = preferred_phone__in
        preferred_phone: None | PreferredPhone = _preferred_phone
        if isinstance(_preferred_phone, int):
            try:
                preferred_phone_type_0 = check_preferred_phone(_preferred_phone)

                preferred_phone = preferred_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created = datetime.datetime.fromisoformat(created__in)

        modified = datetime.datetime.fromisoformat(modified__in)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient = cls(
            links,
            client_id,
            tenant_id,
            first_name,
            title,
            middle_name,
            surname,
            preferred_name,
            date_of_birth,
            email,
            gender,
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
            fax,
            preferred_phone,
            file_no,
            patient_notes,
            patient_warnings,
            fee_category,
            fee_cat_id,
            health_fund,
            health_fund_member_no,
            pension_no,
            default_practitioner_business_id,
            sex_id,
            pronoun_id,
            accepted_privacy_policy,
            time_zone,
            created,
            modified,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient.additional_properties = d
        return patient

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
from ..models.patient_links import PatientLinks  # noqa: E402

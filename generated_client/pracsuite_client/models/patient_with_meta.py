from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferred_phone import PreferredPhone, check_preferred_phone
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientWithMeta")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "row_num",
        "total_rows",
        "links",
        "client_id",
        "tenant_id",
        "first_name",
        "surname",
        "accepted_privacy_policy",
        "time_zone",
        "title",
        "middle_name",
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
        "created",
        "modified",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "row_num",
    "total_rows",
    "links",
    "client_id",
    "tenant_id",
    "first_name",
    "surname",
    "accepted_privacy_policy",
    "time_zone",
    "title",
    "middle_name",
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
    "created",
    "modified",
)


@_attrs_define
class PatientWithMeta:
    """
    Attributes:
        row_num (int): Position of the item in the whole sorted, filtered listing, from 1. Example: 1.
        total_rows (int): Number of rows in the whole listing (equals `total_entries`). Example: 1.
        links (PatientLinks):
        client_id (int): The patient's id. Example: 1.
        tenant_id (int):  Example: 1.
        first_name (str):  Example: Alex.
        surname (str):  Example: Example.
        accepted_privacy_policy (bool | None): Consent to the business's privacy policy: null no response, true
            accepted, false rejected. Example: True.
        time_zone (None | str): A valid IANA time zone identifier (e.g. `Australia/Adelaide`), or null when not set
            (never the empty string: null clears it). `format: iana-time-zone` is checked against the IANA tz database.
            Example: Australia/Adelaide.
        title (None | str | Unset):  Example: Mx.
        middle_name (None | str | Unset):
        preferred_name (None | str | Unset):
        date_of_birth (datetime.date | None | Unset):  Example: 1990-04-01.
        email (None | str | Unset):  Example: alex@example.com.
        gender (None | str | Unset):
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
        mobile (None | str | Unset):
        fax (None | str | Unset):
        preferred_phone (None | PreferredPhone | Unset):
        file_no (None | str | Unset):
        patient_notes (None | str | Unset):
        patient_warnings (None | str | Unset):
        fee_category (None | str | Unset): Name of the patient's default fee category.
        fee_cat_id (int | None | Unset): Id of the patient's default fee category.
        health_fund (None | str | Unset):
        health_fund_member_no (None | str | Unset):
        pension_no (None | str | Unset):
        default_practitioner_business_id (int | None | Unset):
        sex_id (int | None | Unset):
        pronoun_id (int | None | Unset):
        created (datetime.datetime | Unset): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
        modified (datetime.datetime | Unset): RFC 3339 UTC date-time (Z) with microsecond precision. Example:
            2020-09-12T11:09:42.687393Z.
    """

    row_num: int
    total_rows: int
    links: PatientLinks
    client_id: int
    tenant_id: int
    first_name: str
    surname: str
    accepted_privacy_policy: bool | None
    time_zone: None | str
    title: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    preferred_name: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    email: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
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
    fax: None | str | Unset = UNSET
    preferred_phone: None | PreferredPhone | Unset = UNSET
    file_no: None | str | Unset = UNSET
    patient_notes: None | str | Unset = UNSET
    patient_warnings: None | str | Unset = UNSET
    fee_category: None | str | Unset = UNSET
    fee_cat_id: int | None | Unset = UNSET
    health_fund: None | str | Unset = UNSET
    health_fund_member_no: None | str | Unset = UNSET
    pension_no: None | str | Unset = UNSET
    default_practitioner_business_id: int | None | Unset = UNSET
    sex_id: int | None | Unset = UNSET
    pronoun_id: int | None | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_num = self.row_num

        total_rows = self.total_rows

        links = self.links.to_dict()

        client_id = self.client_id

        tenant_id = self.tenant_id

        first_name = self.first_name

        surname = self.surname

        accepted_privacy_policy: bool | None
        accepted_privacy_policy = self.accepted_privacy_policy

        time_zone: None | str
        time_zone = self.time_zone

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        preferred_name: None | str | Unset
        if isinstance(self.preferred_name, Unset):
            preferred_name = UNSET
        else:
            preferred_name = self.preferred_name

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

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

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        preferred_phone: int | None | Unset
        if isinstance(self.preferred_phone, Unset):
            preferred_phone = UNSET
        elif isinstance(self.preferred_phone, int):
            preferred_phone = self.preferred_phone
        else:
            preferred_phone = self.preferred_phone

        file_no: None | str | Unset
        if isinstance(self.file_no, Unset):
            file_no = UNSET
        else:
            file_no = self.file_no

        patient_notes: None | str | Unset
        if isinstance(self.patient_notes, Unset):
            patient_notes = UNSET
        else:
            patient_notes = self.patient_notes

        patient_warnings: None | str | Unset
        if isinstance(self.patient_warnings, Unset):
            patient_warnings = UNSET
        else:
            patient_warnings = self.patient_warnings

        fee_category: None | str | Unset
        if isinstance(self.fee_category, Unset):
            fee_category = UNSET
        else:
            fee_category = self.fee_category

        fee_cat_id: int | None | Unset
        if isinstance(self.fee_cat_id, Unset):
            fee_cat_id = UNSET
        else:
            fee_cat_id = self.fee_cat_id

        health_fund: None | str | Unset
        if isinstance(self.health_fund, Unset):
            health_fund = UNSET
        else:
            health_fund = self.health_fund

        health_fund_member_no: None | str | Unset
        if isinstance(self.health_fund_member_no, Unset):
            health_fund_member_no = UNSET
        else:
            health_fund_member_no = self.health_fund_member_no

        pension_no: None | str | Unset
        if isinstance(self.pension_no, Unset):
            pension_no = UNSET
        else:
            pension_no = self.pension_no

        default_practitioner_business_id: int | None | Unset
        if isinstance(self.default_practitioner_business_id, Unset):
            default_practitioner_business_id = UNSET
        else:
            default_practitioner_business_id = self.default_practitioner_business_id

        sex_id: int | None | Unset
        if isinstance(self.sex_id, Unset):
            sex_id = UNSET
        else:
            sex_id = self.sex_id

        pronoun_id: int | None | Unset
        if isinstance(self.pronoun_id, Unset):
            pronoun_id = UNSET
        else:
            pronoun_id = self.pronoun_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_num": row_num,
                "total_rows": total_rows,
                "links": links,
                "client_id": client_id,
                "tenant_id": tenant_id,
                "first_name": first_name,
                "surname": surname,
                "accepted_privacy_policy": accepted_privacy_policy,
                "time_zone": time_zone,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if email is not UNSET:
            field_dict["email"] = email
        if gender is not UNSET:
            field_dict["gender"] = gender
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
        if fax is not UNSET:
            field_dict["fax"] = fax
        if preferred_phone is not UNSET:
            field_dict["preferred_phone"] = preferred_phone
        if file_no is not UNSET:
            field_dict["file_no"] = file_no
        if patient_notes is not UNSET:
            field_dict["patient_notes"] = patient_notes
        if patient_warnings is not UNSET:
            field_dict["patient_warnings"] = patient_warnings
        if fee_category is not UNSET:
            field_dict["fee_category"] = fee_category
        if fee_cat_id is not UNSET:
            field_dict["fee_cat_id"] = fee_cat_id
        if health_fund is not UNSET:
            field_dict["health_fund"] = health_fund
        if health_fund_member_no is not UNSET:
            field_dict["health_fund_member_no"] = health_fund_member_no
        if pension_no is not UNSET:
            field_dict["pension_no"] = pension_no
        if default_practitioner_business_id is not UNSET:
            field_dict["default_practitioner_business_id"] = default_practitioner_business_id
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if pronoun_id is not UNSET:
            field_dict["pronoun_id"] = pronoun_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                row_num,
                total_rows,
                links__in,
                client_id,
                tenant_id,
                first_name,
                surname,
                accepted_privacy_policy,
                time_zone,
                title,
                middle_name,
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
                created__in,
                modified__in,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            row_num = src_dict["row_num"]
            total_rows = src_dict["total_rows"]
            links__in = src_dict["links"]
            client_id = src_dict["client_id"]
            tenant_id = src_dict["tenant_id"]
            first_name = src_dict["first_name"]
            surname = src_dict["surname"]
            accepted_privacy_policy = src_dict["accepted_privacy_policy"]
            time_zone = src_dict["time_zone"]
            title = src_dict.get("title", UNSET)
            middle_name = src_dict.get("middle_name", UNSET)
            preferred_name = src_dict.get("preferred_name", UNSET)
            date_of_birth__in = src_dict.get("date_of_birth", UNSET)
            email = src_dict.get("email", UNSET)
            gender = src_dict.get("gender", UNSET)
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
            fax = src_dict.get("fax", UNSET)
            preferred_phone__in = src_dict.get("preferred_phone", UNSET)
            file_no = src_dict.get("file_no", UNSET)
            patient_notes = src_dict.get("patient_notes", UNSET)
            patient_warnings = src_dict.get("patient_warnings", UNSET)
            fee_category = src_dict.get("fee_category", UNSET)
            fee_cat_id = src_dict.get("fee_cat_id", UNSET)
            health_fund = src_dict.get("health_fund", UNSET)
            health_fund_member_no = src_dict.get("health_fund_member_no", UNSET)
            pension_no = src_dict.get("pension_no", UNSET)
            default_practitioner_business_id = src_dict.get("default_practitioner_business_id", UNSET)
            sex_id = src_dict.get("sex_id", UNSET)
            pronoun_id = src_dict.get("pronoun_id", UNSET)
            created__in = src_dict.get("created", UNSET)
            modified__in = src_dict.get("modified", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        links = PatientLinks.from_dict(links__in)

        _date_of_birth = date_of_birth__in
        date_of_birth: datetime.date | None | Unset = _date_of_birth
        if isinstance(_date_of_birth, str):
            try:
                date_of_birth_type_0 = datetime.date.fromisoformat(_date_of_birth)

                date_of_birth = date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _preferred_phone = preferred_phone__in
        preferred_phone: None | PreferredPhone | Unset = _preferred_phone
        if isinstance(_preferred_phone, int):
            try:
                preferred_phone_type_0 = check_preferred_phone(_preferred_phone)

                preferred_phone = preferred_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created = created__in
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = modified__in
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_with_meta = cls(
            row_num,
            total_rows,
            links,
            client_id,
            tenant_id,
            first_name,
            surname,
            accepted_privacy_policy,
            time_zone,
            title,
            middle_name,
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
            created,
            modified,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_with_meta.additional_properties = d
        return patient_with_meta

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

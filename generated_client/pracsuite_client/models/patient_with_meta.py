from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferred_phone import PreferredPhone, check_preferred_phone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient_links import PatientLinks


T = TypeVar("T", bound="PatientWithMeta")


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
        from ..models.patient_links import PatientLinks  # noqa: PLC0415

        d = dict(src_dict)
        row_num = d.pop("row_num")

        total_rows = d.pop("total_rows")

        links = PatientLinks.from_dict(d.pop("links"))

        client_id = d.pop("client_id")

        tenant_id = d.pop("tenant_id")

        first_name = d.pop("first_name")

        surname = d.pop("surname")

        def _parse_accepted_privacy_policy(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        accepted_privacy_policy = _parse_accepted_privacy_policy(d.pop("accepted_privacy_policy"))

        def _parse_time_zone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        time_zone = _parse_time_zone(d.pop("time_zone"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))

        def _parse_preferred_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_name = _parse_preferred_name(d.pop("preferred_name", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_address_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_1 = _parse_address_1(d.pop("address_1", UNSET))

        def _parse_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_2 = _parse_address_2(d.pop("address_2", UNSET))

        def _parse_address_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_3 = _parse_address_3(d.pop("address_3", UNSET))

        def _parse_address_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_4 = _parse_address_4(d.pop("address_4", UNSET))

        def _parse_suburb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suburb = _parse_suburb(d.pop("suburb", UNSET))

        def _parse_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_state = _parse_address_state(d.pop("address_state", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_home_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_phone = _parse_home_phone(d.pop("home_phone", UNSET))

        def _parse_work_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_phone = _parse_work_phone(d.pop("work_phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_preferred_phone(data: object) -> None | PreferredPhone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                preferred_phone_type_0 = check_preferred_phone(data)

                return preferred_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreferredPhone | Unset, data)

        preferred_phone = _parse_preferred_phone(d.pop("preferred_phone", UNSET))

        def _parse_file_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_no = _parse_file_no(d.pop("file_no", UNSET))

        def _parse_patient_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_notes = _parse_patient_notes(d.pop("patient_notes", UNSET))

        def _parse_patient_warnings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_warnings = _parse_patient_warnings(d.pop("patient_warnings", UNSET))

        def _parse_fee_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_category = _parse_fee_category(d.pop("fee_category", UNSET))

        def _parse_fee_cat_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee_cat_id = _parse_fee_cat_id(d.pop("fee_cat_id", UNSET))

        def _parse_health_fund(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_fund = _parse_health_fund(d.pop("health_fund", UNSET))

        def _parse_health_fund_member_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_fund_member_no = _parse_health_fund_member_no(d.pop("health_fund_member_no", UNSET))

        def _parse_pension_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pension_no = _parse_pension_no(d.pop("pension_no", UNSET))

        def _parse_default_practitioner_business_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_practitioner_business_id = _parse_default_practitioner_business_id(
            d.pop("default_practitioner_business_id", UNSET)
        )

        def _parse_sex_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sex_id = _parse_sex_id(d.pop("sex_id", UNSET))

        def _parse_pronoun_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pronoun_id = _parse_pronoun_id(d.pop("pronoun_id", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        patient_with_meta = cls(
            row_num=row_num,
            total_rows=total_rows,
            links=links,
            client_id=client_id,
            tenant_id=tenant_id,
            first_name=first_name,
            surname=surname,
            accepted_privacy_policy=accepted_privacy_policy,
            time_zone=time_zone,
            title=title,
            middle_name=middle_name,
            preferred_name=preferred_name,
            date_of_birth=date_of_birth,
            email=email,
            gender=gender,
            address_1=address_1,
            address_2=address_2,
            address_3=address_3,
            address_4=address_4,
            suburb=suburb,
            address_state=address_state,
            postcode=postcode,
            country=country,
            home_phone=home_phone,
            work_phone=work_phone,
            mobile=mobile,
            fax=fax,
            preferred_phone=preferred_phone,
            file_no=file_no,
            patient_notes=patient_notes,
            patient_warnings=patient_warnings,
            fee_category=fee_category,
            fee_cat_id=fee_cat_id,
            health_fund=health_fund,
            health_fund_member_no=health_fund_member_no,
            pension_no=pension_no,
            default_practitioner_business_id=default_practitioner_business_id,
            sex_id=sex_id,
            pronoun_id=pronoun_id,
            created=created,
            modified=modified,
        )

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

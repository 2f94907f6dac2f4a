from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.marketing_type import MarketingType, check_marketing_type
from ..models.preferred_phone import PreferredPhone, check_preferred_phone
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientCreate")

#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "first_name",
    "surname",
    "date_of_birth",
    "address_1",
    "suburb",
    "address_state",
    "postcode",
    "country",
    "email",
    "gender",
    "home_phone",
    "mobile",
    "preferred_phone",
    "fee_cat_id",
    "default_practitioner_business_id",
    "default_sms_reminder",
    "default_email_reminder",
    "default_sms_confirmation",
    "default_email_confirmation",
    "default_sms_follow_up",
    "default_email_follow_up",
    "sms_marketing_type",
    "email_marketing_type",
    "timezone",
    "sex_id",
    "pronoun_id",
    "accepted_privacy_policy",
)


@_attrs_define
class PatientCreate:
    """
    Attributes:
        first_name (str):  Example: Alex.
        surname (str):  Example: Example.
        date_of_birth (datetime.date | None | Unset):  Example: 1990-04-01.
        address_1 (None | str | Unset):
        suburb (None | str | Unset):
        address_state (None | str | Unset):
        postcode (None | str | Unset):
        country (None | str | Unset):
        email (None | str | Unset):  Example: alex@example.com.
        gender (None | str | Unset):
        home_phone (None | str | Unset):
        mobile (None | str | Unset):
        preferred_phone (None | PreferredPhone | Unset):
        fee_cat_id (int | Unset):
        default_practitioner_business_id (int | Unset):
        default_sms_reminder (bool | Unset):
        default_email_reminder (bool | Unset):
        default_sms_confirmation (bool | Unset):
        default_email_confirmation (bool | Unset):
        default_sms_follow_up (bool | Unset):
        default_email_follow_up (bool | Unset):
        sms_marketing_type (MarketingType | Unset): 1 soft opt-in, 2 opt-in, 3 soft opt-out, 4 opt-out. Example: 2.
        email_marketing_type (MarketingType | Unset): 1 soft opt-in, 2 opt-in, 3 soft opt-out, 4 opt-out. Example: 2.
        timezone (None | str | Unset): A valid IANA time zone identifier (e.g. `Australia/Adelaide`), or null when not
            set (never the empty string: null clears it). `format: iana-time-zone` is checked against the IANA tz database.
            Example: Australia/Adelaide.
        sex_id (int | Unset):
        pronoun_id (int | Unset):
        accepted_privacy_policy (bool | None | Unset): Consent to the business's privacy policy: null no response, true
            accepted, false rejected. Example: True.
    """

    first_name: str
    surname: str
    date_of_birth: datetime.date | None | Unset = UNSET
    address_1: None | str | Unset = UNSET
    suburb: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    home_phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    preferred_phone: None | PreferredPhone | Unset = UNSET
    fee_cat_id: int | Unset = UNSET
    default_practitioner_business_id: int | Unset = UNSET
    default_sms_reminder: bool | Unset = UNSET
    default_email_reminder: bool | Unset = UNSET
    default_sms_confirmation: bool | Unset = UNSET
    default_email_confirmation: bool | Unset = UNSET
    default_sms_follow_up: bool | Unset = UNSET
    default_email_follow_up: bool | Unset = UNSET
    sms_marketing_type: MarketingType | Unset = UNSET
    email_marketing_type: MarketingType | Unset = UNSET
    timezone: None | str | Unset = UNSET
    sex_id: int | Unset = UNSET
    pronoun_id: int | Unset = UNSET
    accepted_privacy_policy: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        surname = self.surname

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

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

        home_phone: None | str | Unset
        if isinstance(self.home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = self.home_phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        preferred_phone: int | None | Unset
        if isinstance(self.preferred_phone, Unset):
            preferred_phone = UNSET
        elif isinstance(self.preferred_phone, int):
            preferred_phone = self.preferred_phone
        else:
            preferred_phone = self.preferred_phone

        fee_cat_id = self.fee_cat_id

        default_practitioner_business_id = self.default_practitioner_business_id

        default_sms_reminder = self.default_sms_reminder

        default_email_reminder = self.default_email_reminder

        default_sms_confirmation = self.default_sms_confirmation

        default_email_confirmation = self.default_email_confirmation

        default_sms_follow_up = self.default_sms_follow_up

        default_email_follow_up = self.default_email_follow_up

        sms_marketing_type: int | Unset = UNSET
        if not isinstance(self.sms_marketing_type, Unset):
            sms_marketing_type = self.sms_marketing_type

        email_marketing_type: int | Unset = UNSET
        if not isinstance(self.email_marketing_type, Unset):
            email_marketing_type = self.email_marketing_type

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        sex_id = self.sex_id

        pronoun_id = self.pronoun_id

        accepted_privacy_policy: bool | None | Unset
        if isinstance(self.accepted_privacy_policy, Unset):
            accepted_privacy_policy = UNSET
        else:
            accepted_privacy_policy = self.accepted_privacy_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
                "surname": surname,
            }
        )
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if suburb is not UNSET:
            field_dict["suburb"] = suburb
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if gender is not UNSET:
            field_dict["gender"] = gender
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if preferred_phone is not UNSET:
            field_dict["preferred_phone"] = preferred_phone
        if fee_cat_id is not UNSET:
            field_dict["fee_cat_id"] = fee_cat_id
        if default_practitioner_business_id is not UNSET:
            field_dict["default_practitioner_business_id"] = default_practitioner_business_id
        if default_sms_reminder is not UNSET:
            field_dict["default_sms_reminder"] = default_sms_reminder
        if default_email_reminder is not UNSET:
            field_dict["default_email_reminder"] = default_email_reminder
        if default_sms_confirmation is not UNSET:
            field_dict["default_sms_confirmation"] = default_sms_confirmation
        if default_email_confirmation is not UNSET:
            field_dict["default_email_confirmation"] = default_email_confirmation
        if default_sms_follow_up is not UNSET:
            field_dict["default_sms_follow_up"] = default_sms_follow_up
        if default_email_follow_up is not UNSET:
            field_dict["default_email_follow_up"] = default_email_follow_up
        if sms_marketing_type is not UNSET:
            field_dict["sms_marketing_type"] = sms_marketing_type
        if email_marketing_type is not UNSET:
            field_dict["email_marketing_type"] = email_marketing_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if pronoun_id is not UNSET:
            field_dict["pronoun_id"] = pronoun_id
        if accepted_privacy_policy is not UNSET:
            field_dict["accepted_privacy_policy"] = accepted_privacy_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                first_name,
                surname,
                date_of_birth__in,
                address_1,
                suburb,
                address_state,
                postcode,
                country,
                email,
                gender,
                home_phone,
                mobile,
                preferred_phone__in,
                fee_cat_id,
                default_practitioner_business_id,
                default_sms_reminder,
                default_email_reminder,
                default_sms_confirmation,
                default_email_confirmation,
                default_sms_follow_up,
                default_email_follow_up,
                sms_marketing_type__in,
                email_marketing_type__in,
                timezone,
                sex_id,
                pronoun_id,
                accepted_privacy_policy,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            first_name = src_dict["first_name"]
            surname = src_dict["surname"]
            date_of_birth__in = src_dict.get("date_of_birth", UNSET)
            address_1 = src_dict.get("address_1", UNSET)
            suburb = src_dict.get("suburb", UNSET)
            address_state = src_dict.get("address_state", UNSET)
            postcode = src_dict.get("postcode", UNSET)
            country = src_dict.get("country", UNSET)
            email = src_dict.get("email", UNSET)
            gender = src_dict.get("gender", UNSET)
            home_phone = src_dict.get("home_phone", UNSET)
            mobile = src_dict.get("mobile", UNSET)
            preferred_phone__in = src_dict.get("preferred_phone", UNSET)
            fee_cat_id = src_dict.get("fee_cat_id", UNSET)
            default_practitioner_business_id = src_dict.get("default_practitioner_business_id", UNSET)
            default_sms_reminder = src_dict.get("default_sms_reminder", UNSET)
            default_email_reminder = src_dict.get("default_email_reminder", UNSET)
            default_sms_confirmation = src_dict.get("default_sms_confirmation", UNSET)
            default_email_confirmation = src_dict.get("default_email_confirmation", UNSET)
            default_sms_follow_up = src_dict.get("default_sms_follow_up", UNSET)
            default_email_follow_up = src_dict.get("default_email_follow_up", UNSET)
            sms_marketing_type__in = src_dict.get("sms_marketing_type", UNSET)
            email_marketing_type__in = src_dict.get("email_marketing_type", UNSET)
            timezone = src_dict.get("timezone", UNSET)
            sex_id = src_dict.get("sex_id", UNSET)
            pronoun_id = src_dict.get("pronoun_id", UNSET)
            accepted_privacy_policy = src_dict.get("accepted_privacy_policy", UNSET)

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

        _sms_marketing_type = sms_marketing_type__in
        sms_marketing_type: MarketingType | Unset
        if isinstance(_sms_marketing_type, Unset):
            sms_marketing_type = UNSET
        else:
            sms_marketing_type = check_marketing_type(_sms_marketing_type)

        _email_marketing_type = email_marketing_type__in
        email_marketing_type: MarketingType | Unset
        if isinstance(_email_marketing_type, Unset):
            email_marketing_type = UNSET
        else:
            email_marketing_type = check_marketing_type(_email_marketing_type)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_create = cls(
            first_name,
            surname,
            date_of_birth,
            address_1,
            suburb,
            address_state,
            postcode,
            country,
            email,
            gender,
            home_phone,
            mobile,
            preferred_phone,
            fee_cat_id,
            default_practitioner_business_id,
            default_sms_reminder,
            default_email_reminder,
            default_sms_confirmation,
            default_email_confirmation,
            default_sms_follow_up,
            default_email_follow_up,
            sms_marketing_type,
            email_marketing_type,
            timezone,
            sex_id,
            pronoun_id,
            accepted_privacy_policy,
        )

        return patient_create

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientLinks")

#: The fields this client knows; any other key of an answer goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "self",
        "accounts",
        "appointments",
        "invoices",
        "patient_attachments",
        "patient_contacts",
    }
)
#: Every field's value, in the order the class takes them, when the answer has them all.
_ALL_FIELDS = operator.itemgetter(
    "self",
    "accounts",
    "appointments",
    "invoices",
    "patient_attachments",
    "patient_contacts",
)


@_attrs_define
class PatientLinks:
    """
    Attributes:
        self_ (str):  Example: https://api.pracsuite.com/v1/patient/1.
        accounts (str | Unset):  Example: https://api.pracsuite.com/v1/patient/1/account.
        appointments (str | Unset):  Example: https://api.pracsuite.com/v1/patient/1/appointment.
        invoices (str | Unset):  Example: https://api.pracsuite.com/v1/patient/1/invoice.
        patient_attachments (str | Unset):  Example: https://api.pracsuite.com/v1/patient/1/patient_attachment.
        patient_contacts (str | Unset):  Example: https://api.pracsuite.com/v1/patient/1/patient_contact.
    """

    self_: str
    accounts: str | Unset = UNSET
    appointments: str | Unset = UNSET
    invoices: str | Unset = UNSET
    patient_attachments: str | Unset = UNSET
    patient_contacts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        accounts = self.accounts

        appointments = self.appointments

        invoices = self.invoices

        patient_attachments = self.patient_attachments

        patient_contacts = self.patient_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if patient_attachments is not UNSET:
            field_dict["patient_attachments"] = patient_attachments
        if patient_contacts is not UNSET:
            field_dict["patient_contacts"] = patient_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            (
                self_,
                accounts,
                appointments,
                invoices,
                patient_attachments,
                patient_contacts,
            ) = _ALL_FIELDS(src_dict)
        except KeyError:  # some field is absent: read them one by one
            self_ = src_dict["self"]
            accounts = src_dict.get("accounts", UNSET)
            appointments = src_dict.get("appointments", UNSET)
            invoices = src_dict.get("invoices", UNSET)
            patient_attachments = src_dict.get("patient_attachments", UNSET)
            patient_contacts = src_dict.get("patient_contacts", UNSET)
            has_unknown = not _FIELD_NAMES.issuperset(src_dict)
        else:
            has_unknown = len(src_dict) > len(_FIELD_NAMES)

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_links = cls(
            self_,
            accounts,
            appointments,
            invoices,
            patient_attachments,
            patient_contacts,
        )

        if has_unknown:
            d = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            patient_links.additional_properties = d
        return patient_links

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

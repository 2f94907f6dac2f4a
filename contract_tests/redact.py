"""Keep secrets and patient data out of failure messages, logs and reports."""

from __future__ import annotations

import os
import re

FILTERED = "[Filtered]"

# Patient record fields that identify a person (names, contact details, notes, numbers).
PATIENT_FIELDS = (
    "first_name",
    "surname",
    "middle_name",
    "preferred_name",
    "title",
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
    "file_no",
    "patient_notes",
    "patient_warnings",
    "health_fund",
    "health_fund_member_no",
    "pension_no",
    "medicare_no",
    "dva_no",
)
_FIELD_RE = re.compile(
    r"""(?P<key>["']?(?:{})["']?\s*[:=]\s*)(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""".format(
        "|".join(PATIENT_FIELDS)
    )
)
_SECRET_ENV = ("PRACSUITE_VENDOR_KEY", "PRACSUITE_SUBSCRIBER_KEY", "PRACSUITE_SUBSCRIBER_KEY_2")


def register_secret(value: str | None) -> None:
    """Remember, for the active run, a value that must never appear in output (a key, a token)."""
    from contract_tests import run_state

    state = run_state.active()
    if state is not None:
        state.register_secret(value)


def secrets() -> set[str]:
    """The keys in the environment and those the active run met."""
    from contract_tests import run_state

    state = run_state.active()
    values = {os.environ.get(name, "") for name in _SECRET_ENV} | (
        state.secrets if state else set()
    )
    return {value for value in values if len(value) >= 4}


def redact(text: str, *, patient_fields: bool = True) -> str:
    """Replace every known secret, and (by default) the values of patient fields."""
    for secret in sorted(secrets(), key=len, reverse=True):
        text = text.replace(secret, FILTERED)
    if patient_fields:
        text = _FIELD_RE.sub(lambda m: f'{m.group("key")}"{FILTERED}"', text)
    return text


def is_patient_path(path: str) -> bool:
    """Responses of these paths carry patient data: never quote their bodies."""
    return "/patient" in path

"""Patient field rules: `time_zone` is an IANA identifier or null; `accepted_privacy_policy` is
null, true or false. Read-only checks look at every listed patient; write checks (create and
edit) need a target that allows writes. Messages name ids and fields, never patient values."""

from __future__ import annotations

import functools
import uuid
import zoneinfo
from typing import Any

from contract_tests.api import Api, describe, expect_status
from contract_tests.checks.listings import fetch_all
from contract_tests.failures import check

PATIENTS = "/patient"
ITEMS_KEY = "patients"
CONSENT_VALUES = (None, True, False)


@functools.cache
def iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@check
def check_listed_patients(api: Api) -> None:
    """Every patient the tenant lists has a valid `time_zone` and `accepted_privacy_policy`."""
    items, _ = fetch_all(api, PATIENTS, [], items_key=ITEMS_KEY)
    for item in items:
        who = f"patient client_id={item.get('client_id')}"
        assert "time_zone" in item, f"{who}: no time_zone field"
        zone = item["time_zone"]
        assert zone is None or zone in iana_zones(), (
            f"{who}: time_zone is not an IANA identifier or null"
        )
        assert "accepted_privacy_policy" in item, f"{who}: no accepted_privacy_policy field"
        consent = item["accepted_privacy_policy"]
        assert consent is None or isinstance(consent, bool), (
            f"{who}: accepted_privacy_policy is {type(consent).__name__}"
        )


def new_patient_body(**fields: Any) -> dict[str, Any]:
    """A made-up patient, recognisable as the suite's own (surname starts with `Contract`)."""
    return {"first_name": "Probe", "surname": f"Contract{uuid.uuid4().hex[:10]}", **fields}


def first_patient_id(api: Api) -> int:
    """The client_id of the first patient the target lists."""
    return int(api.get_json(PATIENTS, [("page_size", "1")])["patients"][0]["client_id"])


def create_patient(api: Api, **fields: Any) -> dict[str, Any]:
    response = api.request("POST", PATIENTS, json_body=new_patient_body(**fields))
    expect_status(response, 201)
    body: dict[str, Any] = response.json()
    return body


@check
def check_time_zone_accepted(api: Api, zone: str | None) -> None:
    """A valid IANA zone (or null) is accepted on create and answered back as `time_zone`."""
    created = create_patient(api, timezone=zone)
    assert created.get("time_zone") == zone, (
        f"created patient client_id={created.get('client_id')}: time_zone not answered as sent ({zone!r})"
    )


@check
def check_time_zone_rejected(api: Api, zone: str, client_id: int | None = None) -> None:
    """A string that is not an IANA zone is a 422 naming the field, on create and on edit."""
    response = api.request("POST", PATIENTS, json_body=new_patient_body(timezone=zone))
    assert response.status_code == 422, (
        f"create with timezone={zone!r} should be 422: {describe(response)}"
    )
    if client_id is not None:
        response = api.request("PATCH", f"{PATIENTS}/{client_id}", json_body={"timezone": zone})
        assert response.status_code == 422, (
            f"edit with timezone={zone!r} should be 422: {describe(response)}"
        )


@check
def check_consent_values(api: Api, value: Any) -> None:
    """null/true/false are accepted and answered back; anything else is a 422."""
    response = api.request(
        "POST", PATIENTS, json_body=new_patient_body(accepted_privacy_policy=value)
    )
    if value is None or isinstance(value, bool):
        expect_status(response, 201)
        got = response.json().get("accepted_privacy_policy")
        assert got is value, f"accepted_privacy_policy={value!r} was answered back as {got!r}"
    else:
        assert response.status_code == 422, (
            f"accepted_privacy_policy={value!r} should be 422: {describe(response)}"
        )

"""Tenant isolation: the subscriber key selects the tenant; one tenant never sees another's
records (the NotFound x-assumption: another tenant's record answers 404), on every list whose
items carry `tenant_id`; nor can it book one of another tenant's patients."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pracsuite_spec
from contract_tests import precision, run_state
from contract_tests.api import Api, describe, expect_status
from contract_tests.checks import patients
from contract_tests.checks.listings import ListTarget, QueryBuilder, fetch_all
from contract_tests.checks.workflows import Writer, offers, patient_with_account
from contract_tests.failures import NotApplicable, check


def tenant_ids(api: Api) -> set[int]:
    items, _ = fetch_all(api, patients.PATIENTS, [], items_key=patients.ITEMS_KEY)
    return {int(i["tenant_id"]) for i in items}


@check
def check_lists_separate(api: Api, other: Api) -> None:
    """Each key's patients carry one tenant_id, and the two keys' tenant_ids differ."""
    mine, theirs = tenant_ids(api), tenant_ids(other)
    assert len(mine) <= 1, f"one subscriber key lists patients of tenants {sorted(mine)}"
    assert len(theirs) <= 1, f"one subscriber key lists patients of tenants {sorted(theirs)}"
    assert not (mine & theirs), (
        f"both subscriber keys list patients of tenant {sorted(mine & theirs)}"
    )


@check
def check_created_patient_invisible(api: Api, other: Api) -> None:
    """A patient created under one key is 404 under the other and absent from its lists."""
    created = patients.create_patient(api)
    client_id = created["client_id"]
    surname = created["surname"]
    response = api.get(f"{patients.PATIENTS}/{client_id}")
    expect_status(response, 200)
    response = other.get(f"{patients.PATIENTS}/{client_id}")
    if response.status_code == 200:
        record = response.json()
        assert (
            record.get("tenant_id") != created.get("tenant_id") and record.get("surname") != surname
        ), (
            f"patient client_id={client_id} of tenant {created.get('tenant_id')} is readable with the other key"
        )
    else:
        assert response.status_code == 404, (
            f"other tenant reading client_id={client_id}: {describe(response)}"
        )
    found, _ = fetch_all(
        other, patients.PATIENTS, [("q[]", f"surname:eq:{surname}")], items_key=patients.ITEMS_KEY
    )
    assert not found, f"patient client_id={client_id} appears in the other tenant's filtered list"
    listed, _ = fetch_all(other, patients.PATIENTS, [], items_key=patients.ITEMS_KEY)
    leaked = [i for i in listed if i.get("surname") == surname]
    assert not leaked, f"patient client_id={client_id} appears in the other tenant's list"
    mine, _ = fetch_all(
        api, patients.PATIENTS, [("q[]", f"surname:eq:{surname}")], items_key=patients.ITEMS_KEY
    )
    assert [i.get("client_id") for i in mine] == [client_id], (
        f"patient client_id={client_id} is not found by its own tenant's filtered list"
    )


def own_tenant(api: Api) -> set[int]:
    """The tenant a key selects, as its first listed patient shows it (read once per key and
    run: kept in the run state)."""
    known = run_state.current().tenants
    key = (api.base_url, api.subscriber_key)
    if key not in known:
        first = api.get_json(patients.PATIENTS, [("page_size", "1")])[patients.ITEMS_KEY]
        known[key] = {int(i["tenant_id"]) for i in first}
    return known[key]


def tenant_scoped_lists() -> list[pracsuite_spec.Operation]:
    """The list operations whose items carry `tenant_id` (read from each one's item schema)."""
    from contract_tests.checks.strict import item_properties

    return [
        op for op in pracsuite_spec.load().list_operations if "tenant_id" in item_properties(op)
    ]


@check
def check_list_isolated(t: ListTarget, other: Api) -> None:
    """One key's listing holds only its own tenant's records; the other key, asking for the same
    URL, gets a 404 (a parent of the first tenant) or only its own records, never these."""
    api, op, path, query = t.api, t.op, t.path, t.query
    mine, theirs = own_tenant(api), own_tenant(other)
    if not mine or not theirs:
        raise NotApplicable("a key lists no patient, so its tenant is unknown")
    items, _ = fetch_all(api, path, query, items_key=op.items_key)
    leaked = sorted({i.get("tenant_id") for i in items} - mine, key=str)
    assert not leaked, f"{op.label} at {path}: lists records of tenant(s) {leaked}"
    response = other.get(path, [*query, ("page_size", "100")])
    if response.status_code == 404:
        return
    expect_status(response, 200)
    seen = {i.get("tenant_id") for i in response.json().get(op.items_key, [])}
    assert seen <= theirs, (
        f"{op.label} at {path}: the other key lists records of tenant(s) {sorted(seen - theirs, key=str)}"
    )


@check
def check_booking_other_tenants_patient_refused(api: Api, other: Api) -> None:
    """A booking under one key naming a patient of the other tenant (with an account of the
    booking tenant, at a time it offers) is refused, and the refusal names `client_id`."""
    stranger = int(patients.create_patient(api)["client_id"])
    if other.get(f"{patients.PATIENTS}/{stranger}").status_code == 200:
        raise NotApplicable(f"client_id {stranger} is a patient of both tenants (shared ids)")
    w = Writer(other)
    _, account_id = patient_with_account(w)
    offer = _a_time_of(w)
    body = {
        "client_id": stranger,
        "account_id": account_id,
        "appointment_type_id": offer["appointment_type_id"],
        "practitioner_business_id": offer["practitioner_business_id"],
        "app_time": offer["app_time"],
        "duration": offer["duration"],
    }
    response = other.request("POST", "/appointment", json_body=body)
    assert 400 <= response.status_code < 500, (
        f"a booking naming another tenant's patient {stranger}: {describe(response)}"
    )
    op = pracsuite_spec.load().operation("createAppointment")
    precision.assumed(
        response.status_code == 422 and "client_id" in _fields_named(response),
        op.pointer,
        f"another tenant's patient → {describe(response)}; the spec assumes a 422 naming client_id",
    )


def _a_time_of(w: Writer) -> dict[str, Any]:
    """A time the tenant offers, else (no roster in the next weeks) one it has booked."""
    try:
        _, times = offers(w, QueryBuilder(w.api))
    except NotApplicable:
        times = []
    if times:
        return dict(times[0])
    # The query builder tries appointment types 1..5; this tenant's may have other ids.
    booked = w.api.get_json("/appointment", [("page_size", "1")])["appointments"]
    assert booked, "the tenant neither offers nor has booked any time"
    op = pracsuite_spec.load().operation("listAvailableAppointments")
    assert op.listing is not None
    assert op.date_window is not None
    today = dt.date.today()
    query = [
        (op.date_window.from_param, today.isoformat()),
        (op.date_window.to_param, (today + dt.timedelta(days=6)).isoformat()),
        ("appointment_type_id", str(booked[0]["appointment_type_id"])),
    ]
    times, _ = fetch_all(w.api, op.path, query, items_key=str(op.items_key))
    assert times, "the tenant offers no time this week for a type it has booked"
    return dict(times[0])


def _fields_named(response: Any) -> set[str]:
    try:
        issues = response.json()["error"].get("validation") or []
    except (ValueError, KeyError, TypeError, AttributeError):
        return set()
    return {str(i.get("field")) for i in issues if isinstance(i, dict)}

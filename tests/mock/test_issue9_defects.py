"""Regressions for what an independent run found (issue 9): text that is not Unicode, slow
checks, impossible calendar values, references that lead nowhere, and transport rules."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig, formats
from pracsuite_mock.app import create_app
from pracsuite_mock.spec import Spec, load_spec
from pracsuite_mock.testing import (
    DEMO_HEADERS,
    DEMO_HEADERS_TENANT_2,
    asgi_client,
    in_process_client,
)

JSON = {"content-type": "application/json"}


def issues(r: httpx.Response) -> dict[str, str]:
    return {i["field"]: i["message"] for i in r.json()["error"]["validation"]}


# -- 1. lone surrogates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"first_name": "\\ud800", "surname": "x"}', "first_name"),
        (b'{"first_name": "a\\udfffb", "surname": "x"}', "first_name"),
        (b'{"first_name": "a", "surname": "x", "\\ud800": 1}', "\\ud800"),
        (b'{"first_name": "a", "surname": "x", "email": ["\\ud800"]}', "email.0"),
    ],
)
def test_lone_surrogate_is_a_422_naming_the_field_and_never_stored(
    client: httpx.Client, raw: bytes, field: str
) -> None:
    before = client.get("/patient", params={"page_size": 1}).json()["total_entries"]
    r = client.post("/patient", content=raw, headers=JSON)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert field in issues(r)
    listing = client.get("/patient", params={"page_size": 100, "page": 1})
    assert listing.status_code == 200
    assert listing.json()["total_entries"] == before


@pytest.mark.http
def test_lone_surrogates_over_http_answer_the_envelope(live_server: str) -> None:
    headers = {"x-api-key": "mock-vendor-key", "A-api-key": "mock-clinic-1", **JSON}
    for raw in (b'{"\\ud800": "x"}', b'{"first_name": "\\udbff", "surname": "x"}'):
        r = httpx.post(f"{live_server}/patient", content=raw, headers=headers, timeout=10)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "INVALID_BODY"


def test_a_database_poisoned_before_the_fix_still_answers(tmp_path: Path) -> None:
    db = tmp_path / "mock.sqlite"
    with in_process_client(MockConfig(db=str(db))) as c:
        assert c.get("/patient/1").status_code == 200
    with sqlite3.connect(db) as conn:  # what an older mock stored: a JSON \ud800 escape
        (body,) = conn.execute(
            "SELECT body FROM records WHERE collection = 'patient' AND id = 1"
        ).fetchone()
        record = json.loads(body)
        record["first_name"] = "\ud800bad"
        record["\udc00"] = "key"
        conn.execute(
            "UPDATE records SET body = ? WHERE collection = 'patient' AND id = 1",
            (json.dumps(record),),
        )
    with in_process_client(MockConfig(db=str(db), validate_responses=True)) as c:
        listing = c.get("/patient", params={"page_size": 100})
        assert listing.status_code == 200, listing.text
        assert c.get("/patient/1").json()["first_name"] == "\ufffdbad"


# -- 2. no slow checks on long input ---------------------------------------------------------


def _adversarial(n: int) -> list[str]:
    return [
        "a" * n,
        "1" * n + "x",
        "a@" + "a." * (n // 2) + " ",
        "a@" + "a" * n + "@",
        "." * n + "!",
        "1." * (n // 2) + "e",
        "-" + "0" * n + "x",
    ]


def test_email_check_is_fast_on_a_long_value(client: httpx.Client) -> None:
    started = time.perf_counter()
    r = client.post("/patient", json={"first_name": "a", "surname": "b", "email": "a@" * 10_000})
    assert r.status_code == 422
    assert time.perf_counter() - started < 0.5
    started = time.perf_counter()
    for value in _adversarial(100_000):
        formats.is_email(value)
    assert time.perf_counter() - started < 0.1


def _patterns(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.append(node)
        for value in node.values():
            found += _patterns(value)
    elif isinstance(node, list):
        for value in node:
            found += _patterns(value)
    return found


def test_every_spec_pattern_is_bounded_and_linear(spec: Spec) -> None:
    """Each pattern either sits beside a maxLength or bounds every repetition itself, and none
    takes long on inputs built to make a backtracking regex go quadratic."""
    schemas = _patterns(spec.resolved)
    assert schemas
    for schema in schemas:
        pattern = schema["pattern"]
        unbounded = re.search(r"(?<!\\)[+*]|\{\d+,\}", pattern)
        assert "maxLength" in schema or not unbounded, pattern
        compiled = re.compile(pattern)
        started = time.perf_counter()
        for value in _adversarial(20_000):
            compiled.search(value)
        assert time.perf_counter() - started < 0.2, pattern


def test_every_mock_regex_is_linear() -> None:
    """The module-level patterns of the mock, on the same adversarial inputs."""
    import importlib
    import pkgutil

    import pracsuite_mock

    compiled: list[re.Pattern[str]] = []
    for info in pkgutil.walk_packages(pracsuite_mock.__path__, "pracsuite_mock."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        compiled += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(compiled) >= 5
    for pattern in compiled:
        started = time.perf_counter()
        for value in _adversarial(20_000):
            pattern.search(value)
        assert time.perf_counter() - started < 0.2, pattern.pattern


def test_number_parameters_are_fast_on_long_values(client: httpx.Client) -> None:
    started = time.perf_counter()
    r = client.get("/patient", params={"page": "1" * 5000 + "x"})
    assert r.status_code == 400
    assert time.perf_counter() - started < 0.5


# -- 3. calendar values ----------------------------------------------------------------------

BAD_TIMES = [
    "2026-01-02T25:00:00",
    "2026-02-30T09:00:00",
    "0000-01-01T09:00:00",
    "2025-02-29T09:00:00",
]


def _seeded_ids(c: httpx.Client) -> dict[str, int]:
    appointment = c.get("/appointment", params={"page_size": 1}).json()["appointments"][0]
    return {
        "appointment_id": appointment["appointment_id"],
        "practitioner_business_id": appointment.get("practitioner_business_id", 1),
    }


@pytest.mark.parametrize("app_time", BAD_TIMES)
def test_impossible_app_time_is_rejected_on_every_write(
    client: httpx.Client, app_time: str
) -> None:
    ids = _seeded_ids(client)
    writes: list[tuple[str, str, dict[str, Any]]] = [
        (
            "POST",
            "/appointment",
            {
                "client_id": 1,
                "account_id": 1,
                "appointment_type_id": 1,
                "practitioner_business_id": 1,
                "app_time": app_time,
                "duration": 30,
            },
        ),
        ("PATCH", f"/appointment/{ids['appointment_id']}", {"app_time": app_time}),
        (
            "POST",
            "/reserve_appointment",
            {"app_time": app_time, "practitioner_business_id": 1, "duration": 30},
        ),
        (
            "POST",
            "/note",
            {
                "app_time": app_time,
                "practitioner_id": 1,
                "business_id": 1,
                "duration": 30,
                "description": "x",
            },
        ),
    ]
    for method, path, body in writes:
        r = client.request(method, path, json=body)
        assert r.status_code == 422, (method, path, r.text)
        assert "app_time" in issues(r)
    week = {"from": "2026-01-01", "to": "2026-01-07", "appointment_type_id": 1}
    assert client.get("/available_appointments", params=week).status_code == 200


@pytest.mark.parametrize("day", ["9999-12-31", "9999-12-25", "0001-01-01"])
@pytest.mark.parametrize("path", ["/available_appointments", "/next_available_appointment"])
def test_availability_at_the_calendar_edges(client: httpx.Client, path: str, day: str) -> None:
    last = "9999-12-31" if day.startswith("9999") else "0001-01-07"
    client.post(
        "/reserve_appointment",
        json={"app_time": f"{day}T23:00:00", "practitioner_business_id": 1, "duration": 1440},
    )
    r = client.get(path, params={"from": day, "to": last, "appointment_type_id": 1})
    assert r.status_code == 200, r.text


def _filter_pattern(spec: Spec, operation_id: str, field: str) -> re.Pattern[str]:
    items = next(p for p in spec.by_id[operation_id].parameters if p.name == "q[]").schema["items"]
    for entry in items.get("anyOf", [items]):
        if entry["pattern"].startswith(f"^{field}:"):
            return re.compile(entry["pattern"])
    raise AssertionError(field)


def test_filter_patterns_state_the_calendar(spec: Spec) -> None:
    pattern = _filter_pattern(spec, "listAppointments", "app_time")
    for bad in ("2026-02-30T00:00:00", "0000-01-01T00:00:00", "2025-02-29T00:00:00"):
        assert not pattern.search(f"app_time:eq:{bad}"), bad
    for good in ("2024-02-29T00:00:00", "2000-02-29T23:59:59", "0001-01-01T00:00:00"):
        assert pattern.search(f"app_time:eq:{good}"), good


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_filter_value_the_spec_allows_is_accepted(
    shared_client: httpx.Client, data: st.DataObject
) -> None:
    spec = load_spec()
    for field in ("app_time", "updated"):
        entry = data.draw(
            st.from_regex(_filter_pattern(spec, "listAppointments", field), fullmatch=True)
        )
        r = shared_client.get("/appointment", params={"q[]": entry, "page_size": 1})
        assert r.status_code == 200, (entry, r.text)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_format_strategies_agree_with_checkers_and_the_spec(data: st.DataObject) -> None:
    local_pattern = re.compile(load_spec().schema("LocalDateTime")["pattern"])  # type: ignore[index]
    for name, strategy in formats.strategies().items():
        value = data.draw(strategy)
        assert formats.checker().conforms(value, name), (name, value)
        if name == "local-date-time":
            assert local_pattern.search(value), value


# -- 4. referential integrity ----------------------------------------------------------------


def _entry(c: httpx.Client, category: str) -> int:
    book = c.get("/appointment_book", params={"page_size": 100}).json()["data"]
    return next(e["appointment_id"] for e in book if e["category"] == category)


def test_add_group_member_checks_the_group_patient_and_tenant(client: httpx.Client) -> None:
    group, plain = _entry(client, "Group"), _entry(client, "Patient")
    path = f"/group_appointment/{group}/add_group_member"
    assert (
        client.post("/group_appointment/99999/add_group_member", json={"client_id": 1}).status_code
        == 404
    )
    assert (
        client.post(
            f"/group_appointment/{plain}/add_group_member", json={"client_id": 1}
        ).status_code
        == 404
    )
    assert client.post(path, json={"client_id": 99999}).status_code == 422
    assert (
        client.post(path, json={"client_id": 1}, headers=DEMO_HEADERS_TENANT_2).status_code == 404
    )
    created = client.post(path, json={"client_id": 1})
    assert created.status_code == 201, created.text
    assert created.json()["appointment_id"] == group
    assert client.post(path, json={"client_id": 1}).status_code == 422  # already a member


def test_group_members_list_answers_for_groups_only(client: httpx.Client) -> None:
    group, plain = _entry(client, "Group"), _entry(client, "Patient")
    client.post(f"/group_appointment/{group}/add_group_member", json={"client_id": 2})
    members = client.get(f"/group_appointment/{group}/appointment_client")
    assert members.status_code == 200
    assert [m["client_id"] for m in members.json()["appointment_clients"]] == [2]
    assert client.get(f"/group_appointment/{plain}/appointment_client").status_code == 404


def test_attachment_upload_for_a_missing_patient_is_404(client: httpx.Client) -> None:
    body = {"file_name": "referral.pdf"}
    assert client.post("/patient/99999/patient_attachment", json=body).status_code == 404
    assert client.post("/patient/1/patient_attachment", json=body).status_code == 201


def test_patient_account_honours_the_account_id(client: httpx.Client) -> None:
    own = client.get("/patient/1/account").json()["accounts"][0]["account_id"]
    other = client.get("/patient/2/account").json()["accounts"][0]["account_id"]
    assert client.get(f"/patient/1/account/{own}").json()["account_id"] == own
    assert client.get(f"/patient/1/account/{other}").status_code == 404
    assert client.get("/patient/1/account/99999").status_code == 404
    assert client.get(f"/patient/99999/account/{own}").status_code == 404


# -- 7. transport ----------------------------------------------------------------------------

PATIENT = {"first_name": "Ann", "surname": "Lee"}


@pytest.mark.parametrize(
    "headers",
    [{"content-type": "text/plain"}, {"content-type": "application/x-www-form-urlencoded"}],
)
def test_non_json_body_is_415(client: httpx.Client, headers: dict[str, str]) -> None:
    r = client.post("/patient", content=json.dumps(PATIENT), headers=headers)
    assert r.status_code == 415
    assert r.json()["error"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert client.post("/patient", data=PATIENT).status_code == 415
    ok = client.post(
        "/patient",
        content=json.dumps(PATIENT),
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert ok.status_code == 201


def test_body_above_the_documented_limit_is_413(client: httpx.Client, spec: Spec) -> None:
    limit = int(spec.document["x-max-body-bytes"])
    padded = {**PATIENT, "notes": "x" * limit}
    r = client.post("/patient", content=json.dumps(padded), headers=JSON)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_links_use_a_validated_host_or_the_public_url(client: httpx.Client) -> None:
    r = client.get("/patient", params={"page_size": 1}, headers={"host": "evil.example/<x>"})
    assert r.json()["links"]["self"].startswith("http://testserver/v1/patient?")
    r = client.get("/patient", params={"page_size": 1}, headers={"host": "api.example:8443"})
    assert r.json()["links"]["self"].startswith("http://api.example:8443/v1/patient?")
    with in_process_client(MockConfig(public_url="https://mock.example.com/api/v1")) as c:
        r = c.get("/patient", params={"page_size": 1}, headers={"host": "other.example"})
        assert (
            r.json()["links"]["next"]
            == "https://mock.example.com/api/v1/patient?page=2&page_size=1"
        )
        assert (
            r.json()["patients"][0]["links"]["self"] == "https://mock.example.com/api/v1/patient/1"
        )


def test_distinct_hosts_do_not_grow_memory() -> None:
    app = create_app(MockConfig())
    with asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS) as client:
        for n in range(200):
            assert client.get("/sex", headers={"host": f"h{n}.example"}).status_code == 200
    assert len(app.state.mock._shapers) <= 16

"""Calendar values: impossible date-times are refused on every write, availability works at the
calendar's edges, and the spec's filter patterns, format strategies and checkers agree."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pracsuite_spec
from pracsuite_mock import formats
from pracsuite_spec import Spec


def issues(r: httpx.Response) -> dict[str, str]:
    return {i["field"]: i["message"] for i in r.json()["error"]["validation"]}


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
    spec = pracsuite_spec.load()
    for field in ("app_time", "updated"):
        entry = data.draw(
            st.from_regex(_filter_pattern(spec, "listAppointments", field), fullmatch=True)
        )
        r = shared_client.get("/appointment", params={"q[]": entry, "page_size": 1})
        assert r.status_code == 200, (entry, r.text)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_format_strategies_agree_with_checkers_and_the_spec(data: st.DataObject) -> None:
    local_pattern = re.compile(pracsuite_spec.load().schema("LocalDateTime")["pattern"])  # type: ignore[index]
    for name, strategy in formats.strategies().items():
        value = data.draw(strategy)
        assert formats.checker().conforms(value, name), (name, value)
        if name == "local-date-time":
            assert local_pattern.search(value), value

"""The availability index is reused across requests, and every write is seen by the very next
search: the handler keeps one index per tenant and rebuilds it when `Store.generation` moves.

Each test would fail if the index were reused whatever the generation: a booked time would still
be offered, a freed one missing, a renamed practitioner shown by the old name, a new patient's
account refused. Answers are also compared with an index built afresh from the store. The tests
hold with and without the whole-answer cache (`MockConfig.answer_cache`), when the branch has
it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig
from pracsuite_mock import availability as engine
from pracsuite_mock.app import create_app
from pracsuite_mock.embed import (
    DEMO_HEADERS,
    DEMO_HEADERS_TENANT_2,
    asgi_client,
    serve_in_background,
)
from pracsuite_mock.handlers import availability as handler
from pracsuite_mock.store import Store

WEEK = {"from": "2026-02-02", "to": "2026-02-08"}
Slot = tuple[str, int]  # (app_time, practitioner_business_id)


def config(answer_cache: bool) -> MockConfig:
    fields = {f.name for f in dataclasses.fields(MockConfig)}
    if "answer_cache" not in fields:
        if answer_cache:
            pytest.skip("MockConfig.answer_cache is not on this branch")
        return MockConfig()
    return MockConfig(answer_cache=answer_cache)  # type: ignore[call-arg,unused-ignore]


@dataclasses.dataclass
class Mock:
    client: httpx.Client
    store: Store
    availability: handler.AvailabilityIndexes

    def get(self, path: str, tenant: int = 1, **params: Any) -> httpx.Response:
        headers = DEMO_HEADERS if tenant == 1 else DEMO_HEADERS_TENANT_2
        return self.client.get(path, params=params, headers=headers)

    def post(self, path: str, body: dict[str, Any] | None, tenant: int = 1) -> httpx.Response:
        headers = DEMO_HEADERS if tenant == 1 else DEMO_HEADERS_TENANT_2
        return self.client.post(path, json=body, headers=headers)


@pytest.fixture(params=[False, True], ids=["answer-cache-off", "answer-cache-on"])
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    app = create_app(config(request.param))
    with asgi_client(app, base_url="http://testserver/v1") as client:
        yield Mock(client, app.state.mock.store, app.state.mock.availability)


def times(http: Any, tenant: int = 1, **params: Any) -> list[dict[str, Any]]:
    """Every time of a search (all pages), as the API answers them, without row metadata."""
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        r = http.get("/available_appointments", tenant, page=page, page_size=100, **params)
        assert r.status_code == 200, r.text
        body = r.json()
        out += [
            {k: v for k, v in t.items() if k not in ("row_num", "total_rows")}
            for t in body["available_times"]
        ]
        if body["links"]["next"] is None:
            assert len(out) == body["total_entries"]
            return out
        page += 1


def slots(found: list[dict[str, Any]]) -> set[Slot]:
    return {(t["app_time"], t["practitioner_business_id"]) for t in found}


def fresh(store: Store, tenant: int, **params: Any) -> list[dict[str, Any]]:
    """The same search on an index built now from the store's records (no reuse)."""
    query = engine.AvailabilityQuery(
        from_date=dt.date.fromisoformat(params.get("from", WEEK["from"])),
        to_date=dt.date.fromisoformat(params.get("to", WEEK["to"])),
        appointment_type_id=params["appointment_type_id"],
        client_id=params.get("client_id"),
        account_id=params.get("account_id"),
        practitioner_ids=tuple(params.get("practitioner_ids") or ()),
    )
    return [dict(t) for t in engine.search(handler.build(store, tenant), query)]


def type_id(store: Store, tenant: int, n: int) -> int:
    """The tenant's n-th appointment type (each tenant has its own ids)."""
    return int(store.all("appointment_type", tenant)[n]["appointment_type_id"])


def patient_and_account(http: Any, tenant: int = 1) -> tuple[int, int]:
    patient = http.get("/patient", tenant, page_size=1).json()["patients"][0]
    accounts = http.get(f"/patient/{patient['client_id']}/account", tenant).json()["accounts"]
    return patient["client_id"], accounts[0]["account_id"]


def book(http: Any, slot: dict[str, Any], tenant: int = 1) -> int:
    client_id, account_id = patient_and_account(http, tenant)
    body = {
        "client_id": client_id,
        "account_id": account_id,
        "appointment_type_id": slot["appointment_type_id"],
        "app_time": slot["app_time"],
        "practitioner_business_id": slot["practitioner_business_id"],
        "duration": slot["duration"],
    }
    r = http.post("/appointment", body, tenant)
    assert r.status_code == 201, r.text
    return int(r.json()["appointment_id"])


def cancel(http: Any, appointment_id: int, tenant: int = 1) -> None:
    r = http.post(f"/appointment/{appointment_id}/cancel", {"record_as_cancelled": True}, tenant)
    assert r.status_code == 204, r.text


# --- in process ---


def test_a_booking_disappears_and_a_cancellation_reappears_at_once(mock: Mock) -> None:
    before = times(mock, **WEEK, appointment_type_id=2)
    builds = mock.availability.builds
    assert times(mock, **WEEK, appointment_type_id=2) == before
    assert mock.availability.builds == builds, "an unchanged tenant rebuilt"
    slot = before[len(before) // 2]
    taken = (slot["app_time"], slot["practitioner_business_id"])

    appointment_id = book(mock, slot)
    booked = times(mock, **WEEK, appointment_type_id=2)
    assert taken not in slots(booked)
    assert booked == fresh(mock.store, 1, **WEEK, appointment_type_id=2)

    cancel(mock, appointment_id)
    freed = times(mock, **WEEK, appointment_type_id=2)
    assert taken in slots(freed)
    assert freed == before


def test_a_reservation_and_a_move_are_seen_at_once(mock: Mock) -> None:
    before = times(mock, **WEEK, appointment_type_id=1)
    first, second = before[0], before[-1]
    reserved = mock.post(
        "/reserve_appointment",
        {
            "app_time": first["app_time"],
            "practitioner_business_id": first["practitioner_business_id"],
            "duration": first["duration"],
        },
    )
    assert reserved.status_code in (200, 201), reserved.text
    after = times(mock, **WEEK, appointment_type_id=1)
    assert (first["app_time"], first["practitioner_business_id"]) not in slots(after)

    appointment_id = book(mock, second)
    assert (second["app_time"], second["practitioner_business_id"]) not in slots(
        times(mock, **WEEK, appointment_type_id=1)
    )
    # Moved to the first free time of the week: the old time is free, the new one taken.
    target = times(mock, **WEEK, appointment_type_id=1)[0]
    moved = mock.client.patch(
        f"/appointment/{appointment_id}",
        json={"app_time": target["app_time"]},
        headers=DEMO_HEADERS,
    )
    assert moved.status_code == 200, moved.text
    now = times(mock, **WEEK, appointment_type_id=1)
    assert now == fresh(mock.store, 1, **WEEK, appointment_type_id=1)
    assert target["app_time"] not in {
        t["app_time"]
        for t in now
        if t["practitioner_id"] == moved.json()["practitioner_id"]
        and t["business_id"] == moved.json()["business_id"]
    }


def test_a_new_patients_account_is_accepted_at_once(mock: Mock) -> None:
    times(mock, **WEEK, appointment_type_id=2)  # the index exists before the write
    patient = mock.post("/patient", {"first_name": "Ana", "surname": "Index"}).json()
    accounts = mock.get(f"/patient/{patient['client_id']}/account").json()["accounts"]
    params = {
        **WEEK,
        "appointment_type_id": 2,
        "client_id": patient["client_id"],
        "account_id": accounts[0]["account_id"],
    }
    r = mock.get("/available_appointments", **params)
    assert r.status_code == 200, r.text  # a stale index does not know the account: 400


def test_practitioner_and_roster_changes_are_seen_at_once(mock: Mock) -> None:
    """Records the API cannot write (practitioners, rosters) change in the store: same rule."""
    before = times(mock, **WEEK, appointment_type_id=1)
    practitioner_id = before[0]["practitioner_id"]
    practitioner = mock.store.get("practitioner", 1, practitioner_id)
    assert practitioner is not None
    mock.store.update("practitioner", {**practitioner, "first_name": "Renamed"})
    renamed = times(mock, **WEEK, appointment_type_id=1)
    assert {
        t["practitioner_name"].split()[0]
        for t in renamed
        if t["practitioner_id"] == (practitioner_id)
    } == {"Renamed"}

    # Every roster of that practitioner loses its manual flag: none of their times remain.
    for roster in mock.store.all("roster", 1):
        if roster["practitioner_id"] == practitioner_id:
            mock.store.update("roster", {**roster, "manual": False})
    after = times(mock, **WEEK, appointment_type_id=1)
    assert not [t for t in after if t["practitioner_id"] == practitioner_id]
    assert after == fresh(mock.store, 1, **WEEK, appointment_type_id=1)


def test_another_tenants_writes_leave_this_tenants_answers_alone(mock: Mock) -> None:
    search = {1: {**WEEK, "appointment_type_id": type_id(mock.store, 1, 1)}}
    search[2] = {**WEEK, "appointment_type_id": type_id(mock.store, 2, 1)}
    mine = times(mock, 1, **search[1])
    theirs = times(mock, 2, **search[2])
    assert mine and theirs
    slot = theirs[0]
    appointment_id = book(mock, slot, tenant=2)
    assert times(mock, 1, **search[1]) == mine
    theirs_now = times(mock, 2, **search[2])
    assert (slot["app_time"], slot["practitioner_business_id"]) not in slots(theirs_now)
    assert theirs_now == fresh(mock.store, 2, **search[2])

    mine_booked = book(mock, mine[0], tenant=1)
    assert times(mock, 2, **search[2]) == theirs_now
    assert times(mock, 1, **search[1]) == fresh(mock.store, 1, **search[1])
    cancel(mock, appointment_id, tenant=2)
    cancel(mock, mine_booked, tenant=1)
    assert times(mock, 1, **search[1]) == mine
    assert times(mock, 2, **search[2]) == theirs


def test_the_index_is_bounded_by_tenant() -> None:
    store = Store()
    indexes = handler.AvailabilityIndexes(store, max_tenants=2)
    for tenant in (1, 2, 3, 1):
        indexes.get(tenant)
    assert indexes.builds == 4  # tenant 1 was dropped when tenant 3 came, so it was rebuilt
    indexes.get(1)
    indexes.get(3)
    assert indexes.builds == 4


# --- the property: the reused index answers as a fresh one, whatever the writes ---

WEEKS = ["2026-01-05", "2026-01-12", "2026-02-02"]
write = st.one_of(
    st.tuples(st.just("book"), st.integers(0, 10**6), st.sampled_from([1, 2])),
    st.tuples(st.just("reserve"), st.integers(0, 10**6), st.sampled_from([1, 2])),
    st.tuples(st.just("cancel"), st.integers(0, 10**6), st.sampled_from([1, 2])),
    st.tuples(st.just("rename"), st.integers(0, 10**6), st.sampled_from([1, 2])),
)


@pytest.mark.parametrize("answer_cache", [False, True], ids=["answer-cache-off", "answer-cache-on"])
def test_reused_index_answers_as_a_fresh_one_after_random_writes(answer_cache: bool) -> None:
    app = create_app(config(answer_cache))
    store: Store = app.state.mock.store
    booked: list[tuple[int, int]] = []  # (tenant, appointment_id)

    with asgi_client(app, base_url="http://testserver/v1") as client:
        http = Mock(client, store, app.state.mock.availability)

        @settings(
            max_examples=8,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            derandomize=True,
        )
        @given(
            writes=st.lists(write, min_size=1, max_size=4),
            week=st.sampled_from(WEEKS),
            kind_of_type=st.integers(0, 4),
        )
        def check(writes: list[tuple[str, int, int]], week: str, kind_of_type: int) -> None:
            last = (dt.date.fromisoformat(week) + dt.timedelta(days=6)).isoformat()
            search = {
                tenant: {
                    "from": week,
                    "to": last,
                    "appointment_type_id": type_id(store, tenant, kind_of_type),
                }
                for tenant in (1, 2)
            }
            for tenant in (1, 2):  # both indexes exist before the writes
                times(http, tenant, **search[tenant])
            for kind, pick, tenant in writes:
                found = times(http, tenant, **search[tenant])
                if kind in ("book", "reserve") and found:
                    slot = found[pick % len(found)]
                    if kind == "book":
                        booked.append((tenant, book(http, slot, tenant)))
                    else:
                        r = http.post(
                            "/reserve_appointment",
                            {
                                "app_time": slot["app_time"],
                                "practitioner_business_id": slot["practitioner_business_id"],
                                "duration": slot["duration"],
                            },
                            tenant,
                        )
                        assert r.status_code in (200, 201), r.text
                elif kind == "cancel" and booked:
                    owner, appointment_id = booked.pop(pick % len(booked))
                    cancel(http, appointment_id, owner)
                elif kind == "rename":
                    people = store.all("practitioner", tenant)
                    person = people[pick % len(people)]
                    store.update("practitioner", {**person, "first_name": f"N{pick}"})
                for each in (1, 2):
                    assert times(http, each, **search[each]) == fresh(store, each, **search[each])

        check()


# --- over loopback HTTP ---


def test_over_http_a_booking_disappears_and_a_cancellation_reappears_at_once() -> None:
    with (
        serve_in_background(["--seed", "1"]) as base,
        httpx.Client(base_url=base, headers=DEMO_HEADERS) as client,
    ):

        class Http:
            def get(self, path: str, tenant: int = 1, **params: Any) -> httpx.Response:
                return client.get(path, params=params)

            def post(self, path: str, body: Any, tenant: int = 1) -> httpx.Response:
                return client.post(path, json=body)

        http = Http()
        before = times(http, **WEEK, appointment_type_id=2)
        slot = before[len(before) // 3]
        taken = (slot["app_time"], slot["practitioner_business_id"])
        appointment_id = book(http, slot)
        assert taken not in slots(times(http, **WEEK, appointment_type_id=2))
        cancel(http, appointment_id)
        assert times(http, **WEEK, appointment_type_id=2) == before

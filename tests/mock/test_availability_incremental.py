"""The availability index applies booking writes in place, and then answers exactly what an index
built afresh from the store answers, after any sequence of writes.

The writes go straight to the store (as every handler's do): bookings created, moved across
days, lengthened, cancelled and removed, group entries, accounts, patients; then searches over
several weeks, each compared with `handler.build` (the full rebuild, kept as the oracle). The
test also asserts the writes were applied in place (no rebuild), so it cannot pass by rebuilding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pracsuite_spec
from pracsuite_mock import availability as engine
from pracsuite_mock.handlers import availability as handler
from pracsuite_mock.seed import seed_store
from pracsuite_mock.store import Store

WEEKS = [dt.date(2025, 12, 8), dt.date(2026, 1, 5), dt.date(2026, 2, 2)]
SPEC = pracsuite_spec.load()

_day = st.integers(0, 20)
_minute = st.integers(7 * 4, 18 * 4).map(lambda q: q * 15)
_write = st.one_of(
    st.tuples(st.just("book"), st.integers(0, 10**6), _day, _minute, st.sampled_from([15, 30, 60])),
    st.tuples(st.just("move"), st.integers(0, 10**6), _day, _minute, st.sampled_from([30, 90])),
    st.tuples(st.just("cancel"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("remove"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("account"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("patient"), st.integers(0, 10**6), _day, _minute, st.just(0)),
)


def _app_time(week: dt.date, day: int, minute: int) -> str:
    moment = dt.datetime.combine(week, dt.time()) + dt.timedelta(days=day, minutes=minute)
    return moment.isoformat()


def _apply(store: Store, kind: str, pick: int, day: int, minute: int, duration: int) -> None:
    bookings = store.all("appointment", 1)
    target = bookings[pick % len(bookings)]
    when = _app_time(WEEKS[pick % len(WEEKS)], day, minute)
    if kind == "book":
        link = store.all("practitioner_business", 1)[pick % 7]
        store.insert(
            "appointment",
            {**target, "appointment_id": None, "app_time": when, "duration": duration,
             "practitioner_business_id": link["practitioner_business_id"],
             "practitioner_id": link["practitioner_id"], "business_id": link["business_id"],
             "cancelled": False, "removed": False},
        )  # fmt: skip
    elif kind == "move":
        store.update("appointment", {**target, "app_time": when, "duration": duration})
    elif kind == "cancel":
        store.update("appointment", {**target, "cancelled": not target.get("cancelled")})
    elif kind == "remove":
        store.update("appointment", {**target, "removed": not target.get("removed")})
    elif kind == "account":
        accounts = store.all("account", 1)
        account = accounts[pick % len(accounts)]
        store.update("account", {**account, "fee_category_id": 1 + pick % 3})
    else:
        patient = store.all("patient", 1)[pick % 5]
        store.update("patient", {**patient, "surname": f"S{pick}"})


def _search(data: engine.AvailabilityData, week: dt.date, type_id: int) -> list[Any]:
    query = engine.AvailabilityQuery(
        from_date=week, to_date=week + dt.timedelta(days=6), appointment_type_id=type_id
    )
    return [dict(t) for t in engine.search(data, query)]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(writes=st.lists(_write, min_size=1, max_size=6))
def test_the_index_written_in_place_answers_as_a_fresh_one(
    writes: list[tuple[str, int, int, int, int]],
) -> None:
    store = Store()
    seed_store(store, SPEC)
    indexes = handler.AvailabilityIndexes(store)
    types = [int(t["appointment_type_id"]) for t in store.all("appointment_type", 1)][:3]
    for week in WEEKS:  # every searched day is parsed and memoised before the writes
        for type_id in types:
            _search(indexes.get(1), week, type_id)
    builds, patches = indexes.builds, indexes.patches
    for write in writes:
        _apply(store, *write)
        current = indexes.get(1)
        for week in WEEKS:
            for type_id in types:
                assert _search(current, week, type_id) == _search(
                    handler.build(store, 1), week, type_id
                )
    assert indexes.builds == builds, "a booking write rebuilt the index"
    assert indexes.patches == patches + len(writes)


def test_a_roster_write_rebuilds_the_index() -> None:
    store = Store()
    seed_store(store, SPEC)
    indexes = handler.AvailabilityIndexes(store)
    indexes.get(1)
    roster = store.all("roster", 1)[0]
    store.update("roster", {**roster, "end": roster["start"][:3] + "59:00"})
    builds = indexes.builds
    indexes.get(1)
    assert indexes.builds == builds + 1

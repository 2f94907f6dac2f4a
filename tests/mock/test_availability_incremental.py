"""The availability index applies every write in place, and then answers exactly what an index
built afresh from the store answers, after any sequence of writes.

The writes go straight to the store (as every handler's do): bookings created, moved across
days, lengthened, cancelled and removed, group entries, accounts, patients, and the records
availability is made of: rosters (moved, added), unavailable blocks (moved, added), practitioners
(renamed, another profession), appointment types (another profession, required resources),
duration rules (lengths, dimensions), resources (another business) and practitioner_business
links (column numbers, new links); then searches over several weeks and filters, each compared
with `handler.build` (the full rebuild, kept as the oracle). The test also asserts the writes
were applied in place (no rebuild), so it cannot pass by rebuilding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
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
    st.tuples(st.just("roster"), st.integers(0, 10**6), _day, _minute, st.sampled_from([60, 240])),
    st.tuples(st.just("block"), st.integers(0, 10**6), _day, _minute, st.sampled_from([30, 600])),
    st.tuples(st.just("practitioner"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("type"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("rule"), st.integers(0, 10**6), _day, _minute, st.sampled_from([15, 45])),
    st.tuples(st.just("resource"), st.integers(0, 10**6), _day, _minute, st.just(0)),
    st.tuples(st.just("link"), st.integers(0, 10**6), _day, _minute, st.just(0)),
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
    elif kind == "patient":
        patient = store.all("patient", 1)[pick % 5]
        store.update("patient", {**patient, "surname": f"S{pick}"})
    else:
        _apply_to_availability(store, kind, pick, day, minute, duration)


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _apply_to_availability(
    store: Store, kind: str, pick: int, day: int, minute: int, duration: int
) -> None:
    """A write to one of the records availability is computed from."""
    if kind == "roster":
        rosters = store.all("roster", 1)
        roster = rosters[pick % len(rosters)]
        end = min(minute + duration, 1440)
        fields = {"weekday": day % 7, "start": _clock(minute), "end": _clock(end),
                  "online": bool(pick & 1), "manual": not pick & 2}  # fmt: skip
        if pick % 3:
            store.update("roster", {**roster, **fields})
        else:
            store.insert("roster", {**roster, **fields, "roster_id": None})
    elif kind == "block":
        blocks = store.all("unavailable_block", 1)
        block = blocks[pick % len(blocks)]
        start = dt.datetime.fromisoformat(_app_time(WEEKS[pick % len(WEEKS)], day, minute))
        fields = {"start": start.isoformat(),
                  "end": (start + dt.timedelta(minutes=duration)).isoformat(),
                  "practitioner_id": 1 + pick % 8,
                  "business_id": None if pick % 5 == 0 else 1 + pick % 2}  # fmt: skip
        if pick % 3:
            store.update("unavailable_block", {**block, **fields})
        else:
            store.insert("unavailable_block", {**block, **fields, "unavailable_block_id": None})
    elif kind == "practitioner":
        practitioners = store.all("practitioner", 1)
        practitioner = practitioners[pick % len(practitioners)]
        fields = {"surname": f"P{pick}"} if pick % 2 else {"profession_id": 1 + pick % 3}
        store.update("practitioner", {**practitioner, **fields})
    elif kind == "type":
        types = store.all("appointment_type", 1)
        kind_of = types[pick % len(types)]
        resources = [int(r["resource_id"]) for r in store.all("resource", 1)]
        fields = (
            {"profession_id": None if pick % 4 == 0 else 1 + pick % 3, "item_id": pick % 9}
            if pick % 2
            else {"resource_ids": resources[: pick % 3]}
        )
        store.update("appointment_type", {**kind_of, **fields})
    elif kind == "rule":
        rules = store.all("duration_rule", 1)
        rule = rules[pick % len(rules)]
        fields = {"duration": duration, "practitioner_id": None if pick % 2 else 1 + pick % 8}
        if pick % 3:
            store.update("duration_rule", {**rule, **fields})
        else:
            store.insert("duration_rule", {**rule, **fields, "duration_rule_id": None})
    elif kind == "resource":
        resources = store.all("resource", 1)
        resource = resources[pick % len(resources)]
        store.update("resource", {**resource, "business_id": 1 + pick % 2})
    else:
        links = store.all("practitioner_business", 1)
        link = links[pick % len(links)]
        if pick % 2:
            store.update("practitioner_business", {**link, "column_number": pick % 4 or None})
        else:
            store.insert(
                "practitioner_business",
                {**link, "practitioner_business_id": None, "business_id": 1 + pick % 2},
            )


FILTERS: list[dict[str, Any]] = [{}, {"online": True}, {"resource_ids": (1,)}]


def _search(
    data: engine.AvailabilityData, week: dt.date, type_id: int, **filters: Any
) -> list[Any]:
    query = engine.AvailabilityQuery(
        from_date=week, to_date=week + dt.timedelta(days=6), appointment_type_id=type_id, **filters
    )
    return [dict(t) for t in engine.search(data, query)]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    writes=st.lists(_write, min_size=1, max_size=8),
    searched=st.sets(st.sampled_from(range(len(WEEKS)))),
)
def test_the_index_written_in_place_answers_as_a_fresh_one(
    writes: list[tuple[str, int, int, int, int]], searched: set[int]
) -> None:
    """Against the oracle that files every booking at once (`lazy=False`); the index under test
    reads a day's bookings from the store only when a search first reads that day, so the weeks
    searched before the writes (`searched`) leave the others' days unread until after them."""
    store = Store()
    seed_store(store, SPEC)
    indexes = handler.AvailabilityIndexes(store)
    types = [int(t["appointment_type_id"]) for t in store.all("appointment_type", 1)][:3]
    indexes.get(1)
    for week in (WEEKS[n] for n in sorted(searched)):  # these days parsed and memoised first
        for type_id in types:
            for filters in FILTERS:
                _search(indexes.get(1), week, type_id, **filters)
    builds, patches = indexes.builds, indexes.patches
    for write in writes:
        _apply(store, *write)
        current = indexes.get(1)
        fresh = handler.build(store, 1)
        oracle = handler.build(store, 1, lazy=False)
        for week in WEEKS:
            for type_id in types:
                for filters in FILTERS:
                    expected = _search(oracle, week, type_id, **filters)
                    assert _search(current, week, type_id, **filters) == expected, (
                        week, type_id, filters
                    )  # fmt: skip
                    assert _search(fresh, week, type_id, **filters) == expected
    assert indexes.builds == builds, "a booking write rebuilt the index"
    assert indexes.patches == patches + len(writes)


def test_a_roster_write_is_applied_in_place() -> None:
    store = Store()
    seed_store(store, SPEC)
    indexes = handler.AvailabilityIndexes(store)
    indexes.get(1)
    roster = store.all("roster", 1)[0]
    store.update("roster", {**roster, "end": roster["start"][:3] + "59"})
    builds = indexes.builds
    indexes.get(1)
    assert indexes.builds == builds


def test_a_roster_the_index_cannot_read_rebuilds_it() -> None:
    store = Store()
    seed_store(store, SPEC)
    indexes = handler.AvailabilityIndexes(store)
    indexes.get(1)
    roster = store.all("roster", 1)[0]
    store.update("roster", {**roster, "start": roster["end"]})  # an empty window
    builds = indexes.builds
    with pytest.raises(engine.InvalidAvailabilityData):
        indexes.get(1)
    assert indexes.builds == builds

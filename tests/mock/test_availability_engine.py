"""The availability engine against its documented rules.

Properties run on small random worlds (a few practitioners, two businesses, rosters at 5-minute
resolution, bookings, blocks, resources, duration rules) and compare with a brute-force model that
walks minute by minute; worked examples pin the cases a reader checks by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pracsuite_mock.availability import (
    SLOT_STEP_MINUTES,
    AvailabilityData,
    AvailabilityError,
    AvailabilityQuery,
    AvailableTime,
    DurationRule,
    InvalidAvailabilityQuery,
    choose_duration_rule,
    next_available,
    required_roster_flags,
    search,
)

MONDAY = date(2025, 1, 6)
FLAGS = ("manual", "online", "waiting_list")
RESOURCE_BUSINESS = {1: 1, 2: 1, 3: 2}
Record = dict[str, Any]


def stamp(day: date, minute: int) -> str:
    moment = day + timedelta(days=minute // 1440)
    minute %= 1440
    return f"{moment.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00"


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass
class World:
    records: dict[str, list[Record]]

    def data(self, window: tuple[date, date] | None = None) -> AvailabilityData:
        return AvailabilityData(**self.records, window=window)

    def lazy(self) -> AvailabilityData:
        """The index that asks for each day's bookings as a search first reads the day."""
        others = {k: v for k, v in self.records.items() if k != "appointments"}
        return AvailabilityData(**others, bookings=SortedBookings(self.records["appointments"]))


class SortedBookings:
    """A `BookingSource` over a list sorted by app_time, as the store's index answers."""

    def __init__(self, bookings: list[Record]) -> None:
        self.bookings = sorted(bookings, key=lambda b: str(b["app_time"]))

    def starting(self, first: str, last: str) -> list[Record]:
        return [b for b in self.bookings if first <= b["app_time"] < last]

    def longest(self) -> int:
        return max((int(b["duration"]) for b in self.bookings), default=0)


# --- strategies ---

ids_1_3 = st.lists(st.sampled_from([1, 2, 3]), unique=True, max_size=2).map(tuple)
mostly_true = st.sampled_from([True, True, True, False])


def sometimes(values: st.SearchStrategy[tuple[int, ...]]) -> st.SearchStrategy[tuple[int, ...]]:
    """An id filter that is absent two times in three, so searches usually find something."""
    return st.one_of(st.just(()), st.just(()), values)


@st.composite
def worlds(draw: st.DrawFn) -> World:
    practitioners = [
        {
            "practitioner_id": p,
            "profession_id": draw(st.sampled_from([1, 2])),
            "first_name": "Pat",
            "surname": f"No{p}",
        }
        for p in (1, 2, 3)
    ]
    pairs = [(p, b) for p in (1, 2, 3) for b in (1, 2) if draw(mostly_true)] or [(1, 1)]
    links = [
        {"practitioner_business_id": 10 * p + b, "practitioner_id": p, "business_id": b}
        for p, b in pairs
    ]
    rosters = []
    for n in range(draw(st.integers(1, 12))):
        # Mostly office hours, sometimes anywhere in the day (up to "24:00").
        start = draw(st.one_of(st.integers(96, 204), st.integers(0, 287))) * 5
        end = min(1440, start + draw(st.integers(1, 120)) * 5)
        p, b = draw(st.sampled_from([*pairs, (3, 2)]))  # (3, 2) may lack a link
        rosters.append(
            {
                "roster_id": n + 1,
                "practitioner_id": p,
                "business_id": b,
                "weekday": draw(st.integers(0, 6)),
                "start": clock(start),
                "end": "24:00" if end == 1440 else clock(end),
                **{flag: draw(mostly_true) for flag in FLAGS},
            }
        )
    appointments = [
        {
            "appointment_id": n + 1,
            "practitioner_id": draw(st.sampled_from([1, 2, 3])),
            "business_id": draw(st.sampled_from([1, 2])),
            "app_time": stamp(
                MONDAY,
                draw(st.integers(-1, 8)) * 1440
                + draw(st.one_of(st.integers(96, 204), st.integers(0, 287))) * 5,
            ),
            "duration": draw(st.integers(1, 60)) * 5,
            "cancelled": draw(st.booleans()),
            "resource_ids": list(draw(ids_1_3)),
        }
        for n in range(draw(st.integers(0, 12)))
    ]
    blocks = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(-1, 8)) * 1440 + draw(st.integers(0, 287)) * 5
        blocks.append(
            {
                "practitioner_id": draw(st.sampled_from([1, 2, 3])),
                "business_id": draw(st.sampled_from([1, 2, None])),
                "start": stamp(MONDAY, start),
                "end": stamp(MONDAY, start + draw(st.integers(1, 300)) * 5),
            }
        )
    dimension = {1: st.sampled_from([None, None, 1, 2]), 2: st.sampled_from([None, None, 1, 2, 3])}
    rules = [
        {
            "duration_rule_id": n + 1,
            "appointment_type_id": 1,
            "business_id": draw(dimension[1]),
            "profession_id": draw(dimension[1]),
            "practitioner_id": draw(dimension[2]),
            "fee_category_id": draw(dimension[1]),
            "duration": draw(st.integers(1, 36)) * 5,
        }
        for n in range(draw(st.integers(0, 5)))
    ]
    if draw(mostly_true):  # the catch-all rule the seed is told to carry
        rules.append(
            {
                "duration_rule_id": 99,
                "appointment_type_id": 1,
                "business_id": None,
                "profession_id": None,
                "practitioner_id": None,
                "fee_category_id": None,
                "duration": draw(st.integers(1, 12)) * 5,
            }
        )
    appointment_type = {
        "appointment_type_id": 1,
        "profession_id": draw(st.sampled_from([None, None, 1, 2])),
        "item_id": 7,
        "resource_ids": list(draw(sometimes(ids_1_3))),
    }
    fee_category = draw(st.sampled_from([None, 1, 2]))
    return World(
        {
            "practitioners": practitioners,
            "practitioner_businesses": links,
            "appointment_types": [appointment_type],
            "rosters": rosters,
            "duration_rules": rules,
            "appointments": appointments,
            "unavailable_blocks": blocks,
            "resources": [
                {"resource_id": r, "business_id": b} for r, b in RESOURCE_BUSINESS.items()
            ],
            "accounts": [{"account_id": 1, "client_id": 1, "fee_category_id": fee_category}],
        }
    )


def id_filter(values: list[int], size: int) -> st.SearchStrategy[tuple[int, ...]]:
    return sometimes(st.lists(st.sampled_from(values), unique=True, max_size=size).map(tuple))


@st.composite
def queries(draw: st.DrawFn) -> AvailabilityQuery:
    start = MONDAY + timedelta(days=draw(st.integers(0, 2)))
    with_account = draw(st.booleans())
    flag = st.sampled_from([None, None, True, False])
    return AvailabilityQuery(
        from_date=start,
        to_date=start + timedelta(days=draw(st.integers(0, 6))),  # the API's 7-day windows
        appointment_type_id=1,
        client_id=1 if with_account else None,
        account_id=1 if with_account else None,
        business_ids=draw(id_filter([1, 2], 2)),
        practitioner_ids=draw(id_filter([1, 2, 3], 2)),
        profession_ids=draw(id_filter([1, 2], 1)),
        resource_ids=draw(id_filter([1, 2, 3], 2)),
        manual=draw(flag),
        online=draw(flag),
        waiting_list=draw(flag),
    )


# --- the brute-force model: minute sets, written from the module docstring ---


def most_specific(rules: list[Record], **candidate: int | None) -> Record | None:
    dims = ("practitioner_id", "profession_id", "business_id", "fee_category_id")
    matching = [r for r in rules if all(r[d] is None or r[d] == candidate[d] for d in dims)]
    # Precedence compared lexicographically, then the lowest id.
    matching.sort(key=lambda r: ([r[d] is None for d in dims], r["duration_rule_id"]))
    return matching[0] if matching else None


def minutes_of(start: str, end_or_duration: str | int) -> set[int]:
    from datetime import datetime

    def absolute(text: str) -> int:
        moment = datetime.fromisoformat(text)
        return moment.toordinal() * 1440 + moment.hour * 60 + moment.minute

    first = absolute(start)
    last = (
        first + end_or_duration if isinstance(end_or_duration, int) else absolute(end_or_duration)
    )
    return set(range(first, last))


def model(world: World, query: AvailabilityQuery) -> list[tuple[str, int, int, list[int]]]:
    """(app_time, practitioner_business_id, duration, resource_ids), in the documented order."""
    r = world.records
    wanted = {f for f in FLAGS if getattr(query, f)} or {"manual"}
    appointment_type = r["appointment_types"][0]
    fee = r["accounts"][0]["fee_category_id"] if query.account_id else None
    professions = {p["practitioner_id"]: p["profession_id"] for p in r["practitioners"]}
    out = []
    for link in r["practitioner_businesses"]:
        p, b = link["practitioner_id"], link["business_id"]
        profession = professions[p]
        if appointment_type["profession_id"] not in (None, profession):
            continue
        if (
            (query.business_ids and b not in query.business_ids)
            or (query.practitioner_ids and p not in query.practitioner_ids)
            or (query.profession_ids and profession not in query.profession_ids)
            or any(RESOURCE_BUSINESS[x] != b for x in query.resource_ids)
        ):
            continue
        rule = most_specific(
            r["duration_rules"],
            practitioner_id=p,
            profession_id=profession,
            business_id=b,
            fee_category_id=fee,
        )
        if rule is None:
            continue
        duration = rule["duration"]
        resources = set(query.resource_ids) | {
            x for x in appointment_type["resource_ids"] if RESOURCE_BUSINESS[x] == b
        }
        busy: set[int] = set()
        for a in r["appointments"]:
            if not a["cancelled"] and (
                a["practitioner_id"] == p or resources & set(a["resource_ids"])
            ):
                busy |= minutes_of(a["app_time"], a["duration"])
        for k in r["unavailable_blocks"]:
            if k["practitioner_id"] == p and k["business_id"] in (None, b):
                busy |= minutes_of(k["start"], k["end"])
        day = query.from_date
        while day <= query.to_date:
            base = day.toordinal() * 1440
            open_minutes: set[int] = set()
            for ro in r["rosters"]:
                if (ro["practitioner_id"], ro["business_id"], ro["weekday"]) == (
                    p,
                    b,
                    day.weekday(),
                ) and all(ro[f] for f in wanted):
                    start = int(ro["start"][:2]) * 60 + int(ro["start"][3:])
                    end = int(ro["end"][:2]) * 60 + int(ro["end"][3:])
                    open_minutes |= set(range(base + start, base + end))
            for m in sorted(open_minutes):
                if m - 1 in open_minutes:
                    continue  # grids are anchored at the start of each run of open minutes
                run_end = m
                while run_end in open_minutes:
                    run_end += 1
                # A slot lies inside its own run: a grid does not carry on across a gap into
                # the next run, which has a grid of its own.
                t = m
                while t + duration <= run_end:
                    if not busy & set(range(t, t + duration)):
                        out.append(
                            (
                                stamp(day, t - base),
                                link["practitioner_business_id"],
                                duration,
                                sorted(resources),
                            )
                        )
                    t += SLOT_STEP_MINUTES
            day += timedelta(days=1)
    return sorted(out)


def keys(items: list[AvailableTime]) -> list[tuple[str, int]]:
    return [(i["app_time"], i["practitioner_business_id"]) for i in items]


# --- properties ---


@settings(max_examples=300, deadline=None)
@given(worlds(), queries())
def test_search_equals_the_minute_by_minute_model(world: World, query: AvailabilityQuery) -> None:
    found = search(world.data(), query)
    assert [
        (i["app_time"], i["practitioner_business_id"], i["duration"], i["resource_ids"])
        for i in found
    ] == model(world, query)


@settings(max_examples=200, deadline=None)
@given(worlds(), queries())
def test_times_lie_in_the_window_and_in_a_roster_with_every_required_flag(
    world: World, query: AvailabilityQuery
) -> None:
    wanted = required_roster_flags(query)
    for item in search(world.data(), query):
        assert query.from_date.isoformat() <= item["app_time"][:10] <= query.to_date.isoformat()
        day = date.fromisoformat(item["app_time"][:10])
        start = int(item["app_time"][11:13]) * 60 + int(item["app_time"][14:16])
        covered = set()
        for ro in world.records["rosters"]:
            if (ro["practitioner_id"], ro["business_id"], ro["weekday"]) == (
                item["practitioner_id"],
                item["business_id"],
                day.weekday(),
            ) and all(ro[f] for f in wanted):
                covered |= set(
                    range(
                        int(ro["start"][:2]) * 60 + int(ro["start"][3:]),
                        int(ro["end"][:2]) * 60 + int(ro["end"][3:]),
                    )
                )
        assert set(range(start, start + item["duration"])) <= covered


@settings(max_examples=200, deadline=None)
@given(worlds(), queries())
def test_no_time_overlaps_a_booking_a_block_or_a_busy_resource(
    world: World, query: AvailabilityQuery
) -> None:
    for item in search(world.data(), query):
        slot = minutes_of(item["app_time"], item["duration"])
        for a in world.records["appointments"]:
            if a["cancelled"]:
                continue
            if a["practitioner_id"] == item["practitioner_id"] or set(a["resource_ids"]) & set(
                item["resource_ids"]
            ):
                assert not slot & minutes_of(a["app_time"], a["duration"]), (item, a)
        for k in world.records["unavailable_blocks"]:
            if k["practitioner_id"] == item["practitioner_id"] and k["business_id"] in (
                None,
                item["business_id"],
            ):
                assert not slot & minutes_of(k["start"], k["end"]), (item, k)


FILTERS = ("business_ids", "practitioner_ids", "profession_ids", "resource_ids")


@settings(max_examples=200, deadline=None)
@given(worlds(), queries(), st.permutations(FILTERS))
def test_filters_combine_with_and(world: World, query: AvailabilityQuery, order: list[str]) -> None:
    first, second = order[:2]
    base = replace(query, business_ids=(), practitioner_ids=(), profession_ids=(), resource_ids=())
    one = replace(base, **{first: getattr(query, first)})
    two = replace(base, **{second: getattr(query, second)})
    both = replace(one, **{second: getattr(query, second)})
    data = world.data()
    expected = sorted(set(keys(search(data, one))) & set(keys(search(data, two))))
    assert keys(search(data, both)) == expected


@settings(max_examples=100, deadline=None)
@given(worlds(), queries())
def test_no_true_flag_means_manual_only(world: World, query: AvailabilityQuery) -> None:
    data = world.data()
    manual = search(data, replace(query, manual=True, online=None, waiting_list=None))
    for flags in [(None, None, None), (False, False, False), (None, False, None)]:
        plain = replace(query, manual=flags[0], online=flags[1], waiting_list=flags[2])
        assert search(data, plain) == manual


@settings(max_examples=100, deadline=None)
@given(worlds(), queries())
def test_next_available_is_each_practitioner_businesss_first_time(
    world: World, query: AvailabilityQuery
) -> None:
    data = world.data()
    first: dict[int, AvailableTime] = {}
    for item in search(data, query):
        first.setdefault(item["practitioner_business_id"], item)
    expected = sorted(first.values(), key=lambda i: (i["app_time"], i["practitioner_business_id"]))
    assert next_available(data, query) == expected


@settings(max_examples=150, deadline=None)
@given(worlds(), st.lists(queries(), min_size=1, max_size=3))
def test_one_data_reused_across_searches_answers_as_the_model(
    world: World, drawn: list[AvailabilityQuery]
) -> None:
    # Days already searched are answered from the data's memo: overlapping windows, other
    # filters and other flags over the same days must each still get the model's answer.
    data = world.data()
    for query in drawn:
        for variant in (query, replace(query, online=True), replace(query, manual=True)):
            found = search(data, variant)
            assert [
                (i["app_time"], i["practitioner_business_id"], i["duration"], i["resource_ids"])
                for i in found
            ] == model(world, variant)
            assert next_available(data, variant) == next_available(world.data(), variant)


@settings(max_examples=200, deadline=None)
@given(worlds(), st.lists(queries(), min_size=1, max_size=3))
def test_bookings_read_day_by_day_answer_as_the_model(
    world: World, drawn: list[AvailabilityQuery]
) -> None:
    data = world.lazy()
    for query in drawn:
        found = search(data, query)
        assert [
            (i["app_time"], i["practitioner_business_id"], i["duration"], i["resource_ids"])
            for i in found
        ] == model(world, query)
        assert next_available(world.lazy(), query) == next_available(world.data(), query)


@settings(max_examples=100, deadline=None)
@given(worlds(), queries())
def test_data_built_for_the_window_answers_the_same(world: World, query: AvailabilityQuery) -> None:
    windowed = world.data(window=(query.from_date, query.to_date))
    assert search(windowed, query) == search(world.data(), query)


@settings(max_examples=100, deadline=None)
@given(worlds(), queries())
def test_order_is_app_time_then_practitioner_business_without_duplicates(
    world: World, query: AvailabilityQuery
) -> None:
    found = keys(search(world.data(), query))
    assert found == sorted(set(found))


rule_records = st.lists(
    st.fixed_dictionaries(
        {
            "business_id": st.sampled_from([None, 1, 2]),
            "profession_id": st.sampled_from([None, 1, 2]),
            "practitioner_id": st.sampled_from([None, 1, 2]),
            "fee_category_id": st.sampled_from([None, 1, 2]),
            "duration": st.integers(1, 288).map(lambda n: n * 5),
        }
    ),
    max_size=8,
)


@given(
    rule_records,
    st.sampled_from([1, 2]),
    st.sampled_from([1, 2]),
    st.sampled_from([1, 2]),
    st.sampled_from([None, 1, 2]),
)
@example(
    [
        {
            "business_id": 1,
            "profession_id": 1,
            "practitioner_id": None,
            "fee_category_id": 1,
            "duration": 60,
        },
        {
            "business_id": None,
            "profession_id": None,
            "practitioner_id": 1,
            "fee_category_id": None,
            "duration": 30,
        },
    ],
    1,
    1,
    1,
    1,
)
def test_durations_follow_the_most_specific_rule(
    raw: list[Record], business: int, profession: int, practitioner: int, fee: int | None
) -> None:
    rules = [
        {"duration_rule_id": len(raw) - n, "appointment_type_id": 1, **r}  # ids not in list order
        for n, r in enumerate(raw)
    ]
    chosen = choose_duration_rule(
        [DurationRule(**r) for r in rules],
        business_id=business,
        profession_id=profession,
        practitioner_id=practitioner,
        fee_category_id=fee,
    )
    expected = most_specific(
        rules,
        business_id=business,
        profession_id=profession,
        practitioner_id=practitioner,
        fee_category_id=fee,
    )
    assert (chosen and chosen.duration_rule_id) == (expected and expected["duration_rule_id"])


# --- preconditions ---


def tiny_world(
    window: tuple[date, date] | None = None, *, lazy: bool = False, **overrides: list[Record]
) -> AvailabilityData:
    records: dict[str, list[Record]] = {
        "practitioners": [
            {"practitioner_id": 1, "profession_id": 1, "first_name": "Ada", "surname": "Lovelace"}
        ],
        "practitioner_businesses": [
            {"practitioner_business_id": 11, "practitioner_id": 1, "business_id": 1}
        ],
        "appointment_types": [{"appointment_type_id": 1, "profession_id": 1, "item_id": 7}],
        "rosters": [
            {
                "roster_id": 1,
                "practitioner_id": 1,
                "business_id": 1,
                "weekday": 0,
                "start": "09:00",
                "end": "12:00",
                "manual": True,
                "online": False,
                "waiting_list": False,
            }
        ],
        "duration_rules": [
            {
                "duration_rule_id": 1,
                "appointment_type_id": 1,
                "business_id": None,
                "profession_id": None,
                "practitioner_id": None,
                "fee_category_id": None,
                "duration": 30,
            }
        ],
        "accounts": [{"account_id": 5, "client_id": 9, "fee_category_id": 2}],
    }
    records.update(overrides)
    if lazy:
        return World(records).lazy()
    return AvailabilityData(**records, window=window)


@given(st.integers(7, 40))
def test_a_window_of_any_length_is_answered(span: int) -> None:
    """The window's length is the HTTP layer's rule (the spec's x-date-window, in validation.py);
    the engine answers a longer window with the times of every day in it."""
    query = AvailabilityQuery(MONDAY, MONDAY + timedelta(days=span), appointment_type_id=1)
    times = search(tiny_world(), query)
    assert times and all(MONDAY.isoformat() <= t["app_time"][:10] for t in times)
    last_day = max(t["app_time"][:10] for t in times)
    assert last_day >= (MONDAY + timedelta(days=7)).isoformat()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"to_date": MONDAY - timedelta(days=1)}, "to"),
        ({"appointment_type_id": 99}, "appointment_type_id"),
        ({"account_id": 5}, "client_id"),
        ({"account_id": 5, "client_id": 8}, "account_id"),
        ({"account_id": 6, "client_id": 9}, "account_id"),
    ],
)
def test_broken_preconditions_name_the_field(changes: dict[str, Any], field: str) -> None:
    query = replace(AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1), **changes)
    with pytest.raises(InvalidAvailabilityQuery) as raised:
        search(tiny_world(), query)
    assert raised.value.field == field
    assert isinstance(raised.value, ValueError)


def test_a_search_outside_the_built_window_is_refused() -> None:
    data = AvailabilityData(
        practitioners=[],
        practitioner_businesses=[],
        appointment_types=[],
        rosters=[],
        duration_rules=[],
        window=(MONDAY, MONDAY),
    )
    with pytest.raises(AvailabilityError):
        search(data, AvailabilityQuery(MONDAY, MONDAY + timedelta(days=1), appointment_type_id=1))


# --- worked examples ---


def times(items: list[AvailableTime]) -> list[str]:
    return [i["app_time"][11:16] for i in items]


def test_a_booking_removes_the_slots_it_overlaps() -> None:
    data = tiny_world(
        appointments=[
            {
                "appointment_id": 1,
                "practitioner_id": 1,
                "business_id": 2,  # another business
                "app_time": "2025-01-06T10:00:00",
                "duration": 30,
                "resource_ids": [],
            },
            {
                "appointment_id": 2,
                "practitioner_id": 1,
                "business_id": 1,
                "app_time": "2025-01-06T11:00:00",
                "duration": 15,
                "cancelled": True,
            },
        ]
    )
    found = search(data, AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1))
    assert times(found) == ["09:00", "09:15", "09:30", "10:30", "10:45", "11:00", "11:15", "11:30"]
    assert found[0] == {
        "app_time": "2025-01-06T09:00:00",
        "column_number": 1,
        "item_id": 7,
        "item_group_id": None,
        "hourly_billing": False,
        "ndis_claim_type": None,
        "ndis_cancellation_reason": None,
        "appointment_type_id": 1,
        "practitioner_business_id": 11,
        "practitioner_id": 1,
        "business_id": 1,
        "profession_id": 1,
        "width": 1,
        "duration": 30,
        "resource_ids": [],
        "practitioner_name": "Ada Lovelace",
    }


@pytest.mark.parametrize("window", [None, (MONDAY, MONDAY)])
def test_a_booking_from_the_evening_before_blocks_the_morning(
    window: tuple[date, date] | None,
) -> None:
    data = tiny_world(
        window,
        appointments=[
            {
                "appointment_id": 1,
                "practitioner_id": 1,
                "business_id": 1,
                "app_time": "2025-01-05T23:00:00",
                "duration": 660,
            },  # until 10:00 on Monday
        ],
        unavailable_blocks=[  # any business, from Sunday to 09:00 on Tuesday
            {
                "practitioner_id": 1,
                "business_id": None,
                "start": "2025-01-05T08:00:00",
                "end": "2025-01-07T09:00:00",
            }
        ]
        if window is None
        else [],
    )
    found = search(data, AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1))
    if window is None:
        assert found == []
    else:
        assert times(found) == ["10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30"]


@pytest.mark.parametrize("lazy", [False, True])
def test_the_longest_booking_of_the_evening_before_blocks_just_past_midnight(lazy: bool) -> None:
    """A day reads only the tail of the day before that the longest booking can reach from:
    this one starts 55 minutes before midnight and is the longest (60), so it is in the tail."""
    bookings = [
        {"appointment_id": n, "practitioner_id": 1, "business_id": 1, "app_time": at,
         "duration": duration}
        for n, (at, duration) in enumerate(
            [("2025-01-05T20:00:00", 30), ("2025-01-05T23:05:00", 60)], start=1
        )
    ]  # fmt: skip
    night = {"roster_id": 1, "practitioner_id": 1, "business_id": 1, "weekday": 0,
             "start": "00:00", "end": "01:00", "manual": True, "online": False,
             "waiting_list": False}  # fmt: skip
    data = tiny_world(lazy=lazy, appointments=bookings, rosters=[night])
    found = search(data, AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1))
    assert times(found) == ["00:15", "00:30"]


def test_a_booking_written_longer_than_any_before_is_read_into_the_next_day() -> None:
    night = {"roster_id": 1, "practitioner_id": 1, "business_id": 1, "weekday": 0,
             "start": "00:00", "end": "01:00", "manual": True, "online": False,
             "waiting_list": False}  # fmt: skip
    short = {"appointment_id": 1, "practitioner_id": 1, "business_id": 1,
             "app_time": "2025-01-05T20:00:00", "duration": 30}  # fmt: skip
    data = tiny_world(appointments=[short], rosters=[night])
    assert data.write("appointment", None, {**short, "appointment_id": 2,
                                            "app_time": "2025-01-05T23:05:00", "duration": 60})  # fmt: skip
    found = search(data, AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1))
    assert times(found) == ["00:15", "00:30"]


def test_fee_category_and_practitioner_rules_pick_the_duration() -> None:
    rules = [
        {
            "duration_rule_id": 1,
            "appointment_type_id": 1,
            "business_id": None,
            "profession_id": None,
            "practitioner_id": None,
            "fee_category_id": None,
            "duration": 30,
        },
        {
            "duration_rule_id": 2,
            "appointment_type_id": 1,
            "business_id": 1,
            "profession_id": None,
            "practitioner_id": None,
            "fee_category_id": 2,
            "duration": 60,
        },
        {
            "duration_rule_id": 3,
            "appointment_type_id": 1,
            "business_id": None,
            "profession_id": 1,
            "practitioner_id": None,
            "fee_category_id": None,
            "duration": 45,
        },
    ]
    data = tiny_world(duration_rules=rules)
    query = AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1)
    assert {i["duration"] for i in search(data, query)} == {45}  # profession beats business+fee
    data = tiny_world(duration_rules=rules[:2])
    assert {i["duration"] for i in search(data, query)} == {30}  # fee rule needs the account
    with_account = replace(query, client_id=9, account_id=5)
    assert times(search(data, with_account)) == [
        "09:00",
        "09:15",
        "09:30",
        "09:45",
        "10:00",
        "10:15",
        "10:30",
        "10:45",
        "11:00",
    ]


def test_no_matching_rule_means_no_times() -> None:
    data = tiny_world(duration_rules=[])
    assert search(data, AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1)) == []


def test_flags_must_all_be_on_the_roster() -> None:
    rosters = [
        {
            "roster_id": 1,
            "practitioner_id": 1,
            "business_id": 1,
            "weekday": 0,
            "start": "09:00",
            "end": "10:00",
            "manual": True,
            "online": True,
            "waiting_list": False,
        },
        {
            "roster_id": 2,
            "practitioner_id": 1,
            "business_id": 1,
            "weekday": 0,
            "start": "10:00",
            "end": "11:00",
            "manual": False,
            "online": True,
            "waiting_list": False,
        },
    ]
    data = tiny_world(rosters=rosters)
    query = AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1)
    assert times(search(data, query)) == ["09:00", "09:15", "09:30"]
    # Online alone: the two rosters touch, so 09:45 spans both.
    assert times(search(data, replace(query, online=True))) == [
        "09:00",
        "09:15",
        "09:30",
        "09:45",
        "10:00",
        "10:15",
        "10:30",
    ]
    assert times(search(data, replace(query, online=True, manual=True))) == [
        "09:00",
        "09:15",
        "09:30",
    ]
    assert search(data, replace(query, waiting_list=True)) == []


def test_resources_must_be_at_the_business_and_free() -> None:
    data = tiny_world(
        resources=[{"resource_id": 4, "business_id": 1}, {"resource_id": 5, "business_id": 2}],
        appointments=[
            {
                "appointment_id": 1,
                "practitioner_id": 2,
                "business_id": 1,
                "app_time": "2025-01-06T09:00:00",
                "duration": 120,
                "resource_ids": [4],
            }
        ],
    )
    query = AvailabilityQuery(MONDAY, MONDAY, appointment_type_id=1)
    assert len(search(data, query)) == 11
    assert times(search(data, replace(query, resource_ids=(4,)))) == ["11:00", "11:15", "11:30"]
    assert search(data, replace(query, resource_ids=(5,))) == []  # resource 5 is elsewhere
    assert {tuple(i["resource_ids"]) for i in search(data, replace(query, resource_ids=(4,)))} == {
        (4,)
    }


def test_next_available_answers_the_first_time_of_each_column() -> None:
    data = tiny_world(
        practitioner_businesses=[
            {"practitioner_business_id": 11, "practitioner_id": 1, "business_id": 1},
            {"practitioner_business_id": 12, "practitioner_id": 2, "business_id": 1},
        ],
        practitioners=[
            {"practitioner_id": 1, "profession_id": 1, "first_name": "Ada", "surname": "L"},
            {"practitioner_id": 2, "profession_id": 1, "first_name": "Bo", "surname": "M"},
        ],
        rosters=[
            {
                "roster_id": 1,
                "practitioner_id": 1,
                "business_id": 1,
                "weekday": 1,
                "start": "08:00",
                "end": "12:00",
                "manual": True,
                "online": False,
                "waiting_list": False,
            },
            {
                "roster_id": 2,
                "practitioner_id": 2,
                "business_id": 1,
                "weekday": 0,
                "start": "13:05",
                "end": "17:00",
                "manual": True,
                "online": False,
                "waiting_list": False,
            },
        ],
    )
    found = next_available(data, AvailabilityQuery(MONDAY, MONDAY + timedelta(days=6), 1))
    assert [(i["app_time"], i["practitioner_business_id"], i["column_number"]) for i in found] == [
        ("2025-01-06T13:05:00", 12, 2),
        ("2025-01-07T08:00:00", 11, 1),
    ]

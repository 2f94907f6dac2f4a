"""Availability rules (`x-date-window`, `x-roster-flags`, `x-dependent-required`, Duration)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from contract_tests import precision
from contract_tests.api import describe, error_detail, expect_invalid_param
from contract_tests.checks.listings import (
    Item,
    ListTarget,
    Query,
    canonical,
    fetch_all,
    with_params,
)
from contract_tests.failures import check
from pracsuite_spec import Operation

# Operations whose items are single slots, so filters act slot by slot and combine as a set
# intersection. (next_available answers the earliest slot per practitioner_business: a roster
# flag changes which slot is earliest, so only practitioner_business-level filters intersect.)
PER_SLOT_OPERATIONS = frozenset({"listAvailableAppointments"})
PB_LEVEL_FILTERS = {
    "business_ids": "business_id",
    "practitioner_ids": "practitioner_id",
    "profession_ids": "profession_id",
}


def window_params(op: Operation) -> tuple[str, str, int]:
    """The window's `from` and `to` parameter names and its longest span in days."""
    window = op.date_window
    assert window is not None, f"{op.label} has no date window"
    return window.from_param, window.to_param, window.max_days


def window_start(op: Operation, query: Query) -> dt.date:
    """The first day of the window `query` asks for."""
    name, _, _ = window_params(op)
    return dt.date.fromisoformat(dict(query)[name])


@check
def check_window_limit(t: ListTarget) -> None:
    """`max_days` days (inclusive) accepted; one more day is a 400 naming the window; `to`
    before `from` is a 400 (x-assumption)."""
    api, op, query = t.api, t.op, t.query
    from_name, to_name, days = window_params(op)
    start = window_start(op, query)
    ok = api.get(
        op.path, with_params(query, **{to_name: (start + dt.timedelta(days=days - 1)).isoformat()})
    )
    assert ok.status_code == 200, (
        f"{op.label}: a {days}-day window should be accepted: {describe(ok)}"
    )
    long = with_params(query, **{to_name: (start + dt.timedelta(days=days)).isoformat()})
    response = api.get(op.path, long)
    assert response.status_code == 400, (
        f"{op.label}: a {days + 1}-day window should be 400: {describe(response)}"
    )
    detail = error_detail(response)
    precision.assumed(
        from_name in detail or to_name in detail,
        precision.DETAIL_NAMES_PARAMETER,
        f"{op.label}: the 400 for a {days + 1}-day window does not name {from_name}/{to_name}: {describe(response)}",
    )
    backwards = with_params(query, **{to_name: (start - dt.timedelta(days=1)).isoformat()})
    response = api.get(op.path, backwards)
    assert response.status_code == 400, (
        f"{op.label}: {to_name} before {from_name} should be 400: {describe(response)}"
    )


@check
def check_required(t: ListTarget, name: str) -> None:
    """Leaving out a required parameter is a 400 naming it."""
    api, op, query = t.api, t.op, t.query
    response = api.get(op.path, [(k, v) for k, v in query if k != name])
    expect_invalid_param(response, f"{op.label}: without {name}", name)


@check
def check_dependent_required(t: ListTarget) -> None:
    """`account_id` without `client_id` is a 400 naming both (x-dependent-required)."""
    api, op, query = t.api, t.op, t.query
    for name, needs in op.dependent_required.items():
        response = api.get(op.path, [*[(k, v) for k, v in query if k not in needs], (name, "1")])
        assert response.status_code == 400, (
            f"{op.label}: {name} without {', '.join(needs)} should be 400: {describe(response)}"
        )
        detail = error_detail(response)
        precision.assumed(
            name in detail and all(n in detail for n in needs),
            precision.DETAIL_NAMES_PARAMETER,
            f"{op.label}: the 400 for {name} without {needs} should name them: {describe(response)}",
        )


def listing(t: ListTarget, query: Query | None = None) -> list[Item]:
    """Every time the operation answers for `query` (the target's own query by default)."""
    op = t.op
    items, total = fetch_all(
        t.api, op.path, t.query if query is None else query, items_key=op.items_key
    )
    assert total == len(items), f"{op.label}: total_entries {total} but {len(items)} items"
    return items


@check
def check_times_in_window(t: ListTarget, items: list[Item] | None = None) -> None:
    """Every `app_time` falls on a day within [from, to]."""
    op, query = t.op, t.query
    from_name, to_name, _ = window_params(op)
    params = dict(query)
    first, last = dt.date.fromisoformat(params[from_name]), dt.date.fromisoformat(params[to_name])
    items = listing(t) if items is None else items
    for item in items:
        day = dt.datetime.fromisoformat(item["app_time"]).date()
        assert first <= day <= last, (
            f"{op.label}: app_time {item['app_time']} outside {first}..{last}"
        )


@check
def check_durations(t: ListTarget, items: list[Item] | None = None) -> None:
    """Durations are valid (5..1440, multiple of 5) and the same for one practitioner_business
    and appointment type when no client selects a fee category."""
    op = t.op
    items = listing(t) if items is None else items
    seen: dict[tuple[object, object], set[int]] = defaultdict(set)
    for item in items:
        duration = item["duration"]
        assert isinstance(duration, int) and 5 <= duration <= 1440 and duration % 5 == 0, (
            f"{op.label}: duration {duration!r} at {item['app_time']} is not a valid Duration"
        )
        seen[(item["practitioner_business_id"], item["appointment_type_id"])].add(duration)
    mixed = {key: sorted(values) for key, values in seen.items() if len(values) > 1}
    assert not mixed, (
        f"{op.label}: one practitioner_business/type answers several durations: {mixed}"
    )


@check
def check_filters_respected(t: ListTarget, name: str, values: list[int]) -> None:
    """Filtering on `<entity>_ids` answers only times of those entities."""
    op = t.op
    field = PB_LEVEL_FILTERS[name]
    items = listing(t, [*t.query, (name, ",".join(map(str, values)))])
    wrong = [item[field] for item in items if item[field] not in values]
    assert not wrong, (
        f"{op.label}: {name}={values} answered times with {field} {sorted(set(wrong))[:5]}"
    )


@check
def check_and_semantics(t: ListTarget, a: tuple[str, str], b: tuple[str, str]) -> None:
    """With two filters the result is the intersection of the single-filter results."""
    op, query = t.op, t.query
    only_a = {canonical(i) for i in listing(t, [*query, a])}
    only_b = {canonical(i) for i in listing(t, [*query, b])}
    both = [canonical(i) for i in listing(t, [*query, a, b])]
    assert set(both) == only_a & only_b, (
        f"{op.label}: {a[0]}={a[1]} with {b[0]}={b[1]} answered {len(both)} times; the intersection of "
        f"the single-filter results has {len(only_a & only_b)} (union {len(only_a | only_b)})"
    )


@check
def check_manual_default(t: ListTarget) -> None:
    """No roster flag given is the same as `manual=true` (x-roster-flags.default_when_none)."""
    op, query = t.op, t.query
    defaults = list(op.roster_flags.default_when_none) if op.roster_flags else ["manual"]
    plain = [canonical(i) for i in listing(t)]
    explicit = [canonical(i) for i in listing(t, [*query, *((f, "true") for f in defaults)])]
    assert plain == explicit, (
        f"{op.label}: with no flag {len(plain)} times, with {'&'.join(f'{f}=true' for f in defaults)} "
        f"{len(explicit)}: the default should be {defaults}"
    )


def pick_and_pairs(
    op: Operation, items: list[Item]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Filter pairs whose single results differ, so OR and AND would answer differently."""
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    businesses = sorted({i["business_id"] for i in items})
    practitioners = sorted({i["practitioner_id"] for i in items})
    if businesses and practitioners and (len(businesses) > 1 or len(practitioners) > 1):
        # a practitioner and a business where some of the practitioner's times are elsewhere,
        # or some of the business's times are with someone else
        for p in practitioners:
            for b in businesses:
                at_b = {canonical(i) for i in items if i["business_id"] == b}
                with_p = {canonical(i) for i in items if i["practitioner_id"] == p}
                if at_b != with_p and (at_b & with_p):
                    pairs.append((("business_ids", str(b)), ("practitioner_ids", str(p))))
                    break
            if pairs:
                break
    if op.operation_id in PER_SLOT_OPERATIONS and op.roster_flags:
        names = [f for f in op.roster_flags.params if f != "manual"]
        if len(names) >= 2:
            pairs.append(((names[0], "true"), (names[1], "true")))
    return pairs

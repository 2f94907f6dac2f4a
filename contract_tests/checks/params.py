"""Common list parameters: page/page_size bounds, `sort_by` applied, `q[]` filters obeyed."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable
from typing import Any

from contract_tests import precision
from contract_tests.api import describe, error_detail, expect_invalid_param
from contract_tests.checks.listings import (
    Item,
    ListTarget,
    fetch_all,
    with_params,
)
from contract_tests.failures import check
from pracsuite_spec import Operation

BAD_VALUES: dict[str, list[str]] = {
    "page": ["0", "-1", "abc", "1.5"],
    "page_size": ["0", "101", "-5", "abc"],
}
# `q[]` on `updated` matches the record's `modified` stamp (QueryFilters x-assumption).
FILTER_FIELD_ALIASES = {"updated": "modified"}


@check
def check_rejected_with_400(t: ListTarget, param: str, value: str) -> None:
    """An invalid parameter answers 400 INVALID_PARAMS whose detail names the parameter."""
    response = t.api.get(t.path, with_params(t.query, **{param: value}))
    expect_invalid_param(response, f"{t.op.label}: {param}={value!r}", param)


def sort_key(value: Any) -> tuple[int, Any]:
    """Order that tolerates nulls (kept together) and mixes no types."""
    if value is None:
        return (0, "")
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, str(value))


def _is_sorted(values: list[Any], key: Callable[[Any], Any]) -> bool:
    keys = [key(v) for v in values]
    return all(a <= b for a, b in itertools.pairwise(keys))


@check
def check_sort_applied(t: ListTarget, fields: list[str]) -> None:
    """`sort_by=[f1, f2…]` orders the listing by those fields ascending (nulls together, first
    or last; strings either by code point or case-insensitively: the reference does not say)."""
    api, op, path, query = t.api, t.op, t.path, t.query
    sort_value = json.dumps(fields, separators=(",", ":"))
    items, _ = fetch_all(api, path, with_params(query, sort_by=sort_value), items_key=op.items_key)
    for name in fields:
        assert all(name in item for item in items), (
            f"{op.label}: items lack the sort field {name!r}"
        )
    rows = [tuple(item[name] for name in fields) for item in items]

    def plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(sort_key(v) for v in row)

    def folded(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(sort_key(v.casefold() if isinstance(v, str) else v) for v in row)

    def nulls_last(
        key: Callable[[tuple[Any, ...]], tuple[Any, ...]],
    ) -> Callable[[tuple[Any, ...]], Any]:
        return lambda row: tuple((1, *k[1:]) if k[0] == 0 else (0, k) for k in key(row))

    orders = [plain, folded, nulls_last(plain), nulls_last(folded)]
    assert any(_is_sorted(rows, order) for order in orders), (
        f"{op.label}: sort_by={sort_value} is not applied "
        f"({len(items)} items, first out of order at {_first_unsorted(rows, plain)})"
    )


def tie_breaking_pairs(items: list[Item], fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pairs (a, b) of sortable fields on which a second key shows: the listing as it came,
    sorted by `a` alone (stably), is not already ordered by `b` within `a`'s ties. Only on these
    does a `sort_by=[a, b]` that ignores `b` answer another order than one that applies it."""
    pairs: list[tuple[str, str]] = []
    for a, b in itertools.permutations(fields, 2):
        if not all(a in item and b in item for item in items):
            continue
        by_first = sorted(items, key=lambda item: sort_key(item[a]))
        rows = [(sort_key(item[a]), sort_key(item[b])) for item in by_first]
        if not _is_sorted(rows, lambda row: row):
            pairs.append((a, b))
    return pairs


def sort_fields_assumed(op: Operation) -> bool:
    """The operation's sortable fields are our guess (its `x-assumption` says the reference does
    not show them): on live, its sort order is probed and reported, never failed."""
    text = (op.assumption or "").lower()
    return "sortable fields" in text or "sort fields" in text


@check
def check_sort_ties_broken(t: ListTarget, first: str, second: str, expected: list[Any]) -> None:
    """`sort_by=[first, second]` breaks ties on `first` by `second` (the reference: "field names
    to sort by, in priority order, ascending"): `t.query` narrows the listing to records that tie
    on `first` and were created in descending `second` order, so a `sort_by` that drops its
    second key (the default order underneath) answers them backwards. `expected` is the `second`
    values in the order the listing must give them."""
    sort_value = json.dumps([first, second], separators=(",", ":"))
    query = with_params(t.query, sort_by=sort_value)
    items, _ = fetch_all(t.api, t.path, query, items_key=t.op.items_key)
    got = [item.get(second) for item in items]
    message = (
        f"{t.op.label}: sort_by={sort_value} with {len(expected)} records tied on {first!r}: "
        f"{second!r} came {got}, expected {expected} (the second key breaks ties)"
    )
    if precision.is_live() and sort_fields_assumed(t.op):
        precision.assumed(got == expected, t.op.pointer, message)
        return
    assert got == expected, message


def _first_unsorted(rows: list[tuple[Any, ...]], key: Callable[[tuple[Any, ...]], Any]) -> str:
    for index, (a, b) in enumerate(itertools.pairwise(rows)):
        if key(a) > key(b):
            return f"position {index + 1}"
    return "nowhere"


@check
def check_default_order(t: ListTarget) -> None:
    """Without `sort_by` the listing follows `x-pagination.default_sort`."""
    api, op, path, query = t.api, t.op, t.path, t.query
    if not op.default_sort:
        return
    items, _ = fetch_all(api, path, query, items_key=op.items_key)
    rows = [tuple(sort_key(item.get(f)) for f in op.default_sort) for item in items]
    precision.assumed(
        _is_sorted(rows, lambda r: r),
        precision.DEFAULT_ORDER,
        f"{op.label}: default order is not by {list(op.default_sort)}",
    )


@check
def check_unknown_sort_rejected(t: ListTarget) -> None:
    check_rejected_with_400(t, "sort_by", json.dumps(["no_such_field"]))


# --- q[] filters -------------------------------------------------------------------------


def format_value(value: Any) -> str:
    """A record's value as a `q[]` value (`true`/`false` for booleans)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_value(fmt: str, raw: Any) -> Any:
    if raw is None:
        return None
    if fmt in ("timestamp", "datetime"):
        text = str(raw).replace("Z", "+00:00")
        parsed = dt.datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=None)
    if fmt == "integer":
        return int(raw)
    if fmt == "boolean":
        return raw if isinstance(raw, bool) else str(raw).lower() == "true"
    return str(raw)


def holds(fmt: str, operator: str, actual: Any, wanted: Any) -> bool:
    """Whether a record's value satisfies `<operator> <wanted>`; null satisfies only `ne`."""
    if actual is None:
        return operator == "ne"
    if operator == "eq":
        return bool(actual == wanted)
    if operator == "ne":
        return bool(actual != wanted)
    if operator == "contains":
        return str(wanted).casefold() in str(actual).casefold()
    comparisons: dict[str, Callable[[Any, Any], bool]] = {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    return comparisons[operator](actual, wanted)


def field_value(item: Item, field: str) -> Any:
    if field in item:
        return item[field]
    return item.get(FILTER_FIELD_ALIASES.get(field, field))


@check
def check_filter(t: ListTarget, entries: list[tuple[str, str, str]], listing: list[Item]) -> None:
    """`q[]=<field>:<op>:<value>` (every entry must hold): the result is exactly the records of
    the unfiltered `listing` that satisfy every entry, in the same order."""
    api, op, path, query = t.api, t.op, t.path, t.query
    formats = dict(op.filters)
    sent = [f"{field}:{operator}:{value}" for field, operator, value in entries]
    response = api.get(path, [*query, *(("q[]", e) for e in sent), ("page_size", "100")])
    assert response.status_code == 200, (
        f"{op.label}: q[]={sent} should be accepted: {describe(response)}"
    )
    result, _ = fetch_all(api, path, [*query, *(("q[]", e) for e in sent)], items_key=op.items_key)

    def matches(item: Item) -> bool:
        return all(
            holds(
                formats[f],
                o,
                parse_value(formats[f], field_value(item, f)),
                parse_value(formats[f], v),
            )
            for f, o, v in entries
        )

    wrong = [index for index, item in enumerate(result) if not matches(item)]
    assert not wrong, (
        f"{op.label}: q[]={sent} answered {len(wrong)} record(s) that do not satisfy it"
    )
    key = op.default_sort[0] if op.default_sort else None
    if key is None:
        return
    expected = [item[key] for item in listing if matches(item)]
    got = [item.get(key) for item in result]
    assert sorted(map(str, got)) == sorted(map(str, expected)), (
        f"{op.label}: q[]={sent} answered {len(got)} record(s); {len(expected)} of the listing satisfy it"
        f" (missing {sorted(set(map(str, expected)) - set(map(str, got)))[:5]})"
    )


@check
def check_bad_filter_rejected(t: ListTarget) -> None:
    """Unknown fields and operators are a 400 naming `q[]`."""
    api, op, path, query = t.api, t.op, t.path, t.query
    field = next(iter(op.filters), "x")
    for entry in ("no_such_field:eq:1", f"{field}:no_such_op:1", "garbage"):
        response = api.get(path, [*query, ("q[]", entry)])
        assert response.status_code == 400, (
            f"{op.label}: q[]={entry!r} should be 400: {describe(response)}"
        )
        precision.assumed(
            "q[]" in error_detail(response) or "q" in error_detail(response),
            precision.DETAIL_NAMES_PARAMETER,
            f"{op.label}: q[]={entry!r}: the 400 detail does not name q[]: {describe(response)}",
        )

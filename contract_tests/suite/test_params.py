"""page/page_size bounds, sort_by and q[] filters, for every list operation."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pracsuite_spec
from contract_tests import precision
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, params, patients
from contract_tests.checks.listings import ListTarget, fetch_all
from contract_tests.suite._support import examples, label, target_of

LIST_OPERATIONS = pracsuite_spec.load().list_operations
SORTABLE = [(op, field) for op in LIST_OPERATIONS for field in op.sort_fields]
FILTERABLE = [(op, field, fmt) for op in LIST_OPERATIONS for field, fmt in op.filters.items()]
BOUNDS = [(name, value) for name, values in params.BAD_VALUES.items() for value in values]


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
@pytest.mark.parametrize(("name", "value"), BOUNDS, ids=[f"{n}={v}" for n, v in BOUNDS])
def test_page_bounds_rejected(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation, name: str, value: str
) -> None:
    t = target_of(queries, op)
    params.check_rejected_with_400(t, name, value)


@pytest.mark.parametrize(("op", "field"), SORTABLE, ids=[f"{op.label} {f}" for op, f in SORTABLE])
def test_sort_by_is_applied(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation, field: str
) -> None:
    t = target_of(queries, op)
    params.check_sort_applied(t, [field])
    others = [f for f in op.sort_fields if f != field]
    if others:
        params.check_sort_applied(t, [field, others[0]])


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if len(op.sort_fields) > 1], ids=label)
def test_sort_by_second_key_breaks_seen_ties(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    """Multi-key `sort_by` on the data the target shows: for each first key with ties, one
    second key the listing's default order does not already follow within them (so a `sort_by`
    that ignored it would show), sorted by both, gives the whole key tuple's order."""
    t = target_of(queries, op)
    items, _ = fetch_all(api, t.path, t.query, items_key=op.items_key)
    pairs = params.tie_breaking_pairs(items, op.sort_fields)
    if not pairs:
        pytest.skip(f"{op.label}: the data ties on no sortable field a second one would break")
    for first in dict.fromkeys(a for a, _ in pairs):
        second = next(b for a, b in pairs if a == first)
        if precision.is_live() and params.sort_fields_assumed(op):
            try:
                params.check_sort_applied(t, [first, second])
            except AssertionError as exc:
                precision.assumed(False, op.pointer, str(exc).splitlines()[0])
        else:
            params.check_sort_applied(t, [first, second])


PATIENTS = next(op for op in LIST_OPERATIONS if op.path == "/patient")
SURNAMES = st.lists(
    st.from_regex(r"[A-Z][a-z]{1,6}", fullmatch=True), min_size=2, max_size=4, unique_by=str.lower
)


@examples(mock=3, live=1)
@given(surnames=SURNAMES)
def test_sort_by_second_key_breaks_ties(writes: Api, surnames: list[str]) -> None:
    """Multi-key `sort_by` orders by the whole key tuple. The seed ties on no sortable field, so
    the test writes its own tie: patients sharing a first name, created in descending surname
    order (the default order, by id, is then the reverse of the asked one); sorted by
    `[first_name, surname]` they must come in ascending surname order."""
    first_name = f"Tie{uuid.uuid4().hex[:8]}"
    ordered = sorted(surnames, key=str.lower)
    for surname in reversed(ordered):
        patients.create_patient(writes, first_name=first_name, surname=surname)
    t = ListTarget(writes, PATIENTS, PATIENTS.path, [("q[]", f"first_name:eq:{first_name}")])
    params.check_sort_ties_broken(t, "first_name", "surname", ordered)


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if op.sort_fields], ids=label)
def test_unknown_sort_field_rejected(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    params.check_unknown_sort_rejected(t)


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if op.default_sort], ids=label)
def test_default_order(api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation) -> None:
    t = target_of(queries, op)
    params.check_default_order(t)


@pytest.mark.parametrize(
    ("op", "field", "fmt"), FILTERABLE, ids=[f"{op.label} {f}" for op, f, _ in FILTERABLE]
)
@precision.rests_on(precision.FILTER_SYNTAX)
def test_filter_results_satisfy_it(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation, field: str, fmt: str
) -> None:
    """q[] values drawn from the data the listing shows (and near misses for strings)."""
    t = target_of(queries, op)
    listing, _ = fetch_all(api, t.path, t.query, items_key=op.items_key)
    seen = sorted(
        {
            params.format_value(v)
            for item in listing
            if (v := params.field_value(item, field)) is not None
        }
    )
    if not seen:
        pytest.skip(f"{op.label}: no record has a value for {field}")
    operators = pracsuite_spec.load().filter_syntax.operators.get(fmt, ["eq"])
    values = st.sampled_from(seen)
    if fmt == "string":
        values = values | values.map(lambda v: v[: max(1, len(v) // 2)]) | values.map(str.upper)

    @examples(mock=6, live=2)
    @given(operator=st.sampled_from(operators), value=values)
    def prop(operator: str, value: str) -> None:
        params.check_filter(t, [(field, operator, value)], listing)

    prop()


PLACEHOLDERS = {"integer": 999999, "boolean": True}


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if len(op.filters) >= 2], ids=label)
@precision.rests_on(precision.FILTER_SYNTAX)
def test_filters_combine_with_and(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    listing, _ = fetch_all(api, t.path, t.query, items_key=op.items_key)
    (f1, fmt1), (f2, fmt2) = list(op.filters.items())[:2]
    v1 = next(
        (params.field_value(i, f1) for i in listing if params.field_value(i, f1) is not None), None
    )
    if v1 is None:
        pytest.skip(f"{op.label}: no value for {f1}")
    op2 = "ne" if "ne" in pracsuite_spec.load().filter_syntax.operators.get(fmt2, []) else "eq"
    v2 = next(
        (params.field_value(i, f2) for i in listing if params.field_value(i, f2) is not None),
        PLACEHOLDERS.get(fmt2, "x"),  # a valid value of the format, matching nothing shown
    )
    entries = [
        (f1, "gte" if fmt1 == "timestamp" else "eq", params.format_value(v1)),
        (f2, op2, params.format_value(v2)),
    ]
    params.check_filter(t, entries, listing)


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if op.filters], ids=label)
@precision.rests_on(precision.FILTER_SYNTAX)
def test_bad_filter_rejected(api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation) -> None:
    t = target_of(queries, op)
    params.check_bad_filter_rejected(t)

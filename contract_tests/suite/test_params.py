"""page/page_size bounds, sort_by and q[] filters, for every list operation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests import precision, spec
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, params
from contract_tests.checks.listings import fetch_all
from contract_tests.suite._support import examples, label, target_of

LIST_OPERATIONS = spec.list_operations()
SORTABLE = [(op, field) for op in LIST_OPERATIONS for field in op.sort_fields]
FILTERABLE = [(op, field, fmt) for op in LIST_OPERATIONS for field, fmt in op.filters]
BOUNDS = [(name, value) for name, values in params.BAD_VALUES.items() for value in values]


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
@pytest.mark.parametrize(("name", "value"), BOUNDS, ids=[f"{n}={v}" for n, v in BOUNDS])
def test_page_bounds_rejected(
    api: Api, queries: QueryBuilder, op: spec.ListOperation, name: str, value: str
) -> None:
    t = target_of(queries, op)
    params.check_rejected_with_400(t, name, value)


@pytest.mark.parametrize(("op", "field"), SORTABLE, ids=[f"{op.label} {f}" for op, f in SORTABLE])
def test_sort_by_is_applied(
    api: Api, queries: QueryBuilder, op: spec.ListOperation, field: str
) -> None:
    t = target_of(queries, op)
    params.check_sort_applied(t, [field])
    others = [f for f in op.sort_fields if f != field]
    if others:
        params.check_sort_applied(t, [field, others[0]])


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if op.sort_fields], ids=label)
def test_unknown_sort_field_rejected(
    api: Api, queries: QueryBuilder, op: spec.ListOperation
) -> None:
    t = target_of(queries, op)
    params.check_unknown_sort_rejected(t)


@pytest.mark.parametrize("op", [op for op in LIST_OPERATIONS if op.default_sort], ids=label)
def test_default_order(api: Api, queries: QueryBuilder, op: spec.ListOperation) -> None:
    t = target_of(queries, op)
    params.check_default_order(t)


@pytest.mark.parametrize(
    ("op", "field", "fmt"), FILTERABLE, ids=[f"{op.label} {f}" for op, f, _ in FILTERABLE]
)
@precision.rests_on(precision.FILTER_SYNTAX)
def test_filter_results_satisfy_it(
    api: Api, queries: QueryBuilder, op: spec.ListOperation, field: str, fmt: str
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
    operators = spec.filter_operators().get(fmt, ["eq"])
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
def test_filters_combine_with_and(api: Api, queries: QueryBuilder, op: spec.ListOperation) -> None:
    t = target_of(queries, op)
    listing, _ = fetch_all(api, t.path, t.query, items_key=op.items_key)
    (f1, fmt1), (f2, fmt2) = op.filters[0], op.filters[1]
    v1 = next(
        (params.field_value(i, f1) for i in listing if params.field_value(i, f1) is not None), None
    )
    if v1 is None:
        pytest.skip(f"{op.label}: no value for {f1}")
    op2 = "ne" if "ne" in spec.filter_operators().get(fmt2, []) else "eq"
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
def test_bad_filter_rejected(api: Api, queries: QueryBuilder, op: spec.ListOperation) -> None:
    t = target_of(queries, op)
    params.check_bad_filter_rejected(t)

"""Availability rules for every operation with an `x-date-window`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pracsuite_spec
from contract_tests import precision
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, availability
from contract_tests.suite._support import examples, label, target_of

WINDOW_OPERATIONS = [op for op in pracsuite_spec.load().list_operations if op.date_window]


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
def test_window_at_most_seven_days(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    availability.check_window_limit(t)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
def test_appointment_type_required(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    for name in op.required_query:
        availability.check_required(t, name)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
def test_account_needs_client(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    availability.check_dependent_required(t)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
def test_times_in_window_and_durations(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    items = availability.listing(t)
    availability.check_times_in_window(t, items)
    availability.check_durations(t, items)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
@precision.rests_on()  # the roster-flag rules: the operation's x-assumption
def test_manual_only_by_default(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    availability.check_manual_default(t)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
@precision.rests_on()
def test_filters_combine_as_intersection(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    items = availability.listing(t)
    pairs = availability.pick_and_pairs(op, items)
    if not pairs:
        pytest.skip(f"{op.label}: the data offers no two filters with different results")
    for a, b in pairs:
        availability.check_and_semantics(t, a, b)


@pytest.mark.parametrize("op", WINDOW_OPERATIONS, ids=label)
def test_entity_filters_respected(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    items = availability.listing(t)
    seen = {
        name: sorted({item[field] for item in items})
        for name, field in availability.PB_LEVEL_FILTERS.items()
        if op.param(name) is not None
    }
    seen = {name: values for name, values in seen.items() if values}
    if not seen:
        pytest.skip(f"{op.label}: no times to draw filter values from")

    @examples(mock=5, live=2)
    @given(data=st.data())
    def prop(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(seen)))
        values = data.draw(
            st.lists(st.sampled_from(seen[name]), min_size=1, max_size=2, unique=True)
        )
        availability.check_filters_respected(t, name, values)

    prop()

"""Pagination invariants for every list operation in the spec (`x-pagination`)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pracsuite_spec
from contract_tests import precision
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, pagination
from contract_tests.suite._support import examples, label, target_of

LIST_OPERATIONS = pracsuite_spec.load().list_operations


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
def test_pages_concatenate_to_the_listing(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)

    @examples(mock=4)
    @given(page_size=st.integers(min_value=1, max_value=pracsuite_spec.load().page_size_max))
    @example(page_size=7)
    def prop(page_size: int) -> None:
        pagination.check_pages_concatenate(t, page_size)

    prop()


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
@precision.rests_on(precision.PAGE_BEYOND_THE_LAST)
def test_page_beyond_the_last_is_empty(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    pagination.check_beyond_last_page(t, page_size=5)


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
def test_default_page_and_size(
    api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation
) -> None:
    t = target_of(queries, op)
    pagination.check_default_page(t)

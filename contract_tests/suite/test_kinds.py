"""Order and links of every kind of record (`checks/kinds.py`): our mock's promise."""

from __future__ import annotations

import pytest

import pracsuite_spec
from contract_tests import run_state
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, kinds
from contract_tests.suite._support import label, target_of

LIST_OPERATIONS = pracsuite_spec.load().list_operations
SORTABLE = [op for op in LIST_OPERATIONS if op.sort_fields]


@pytest.fixture(autouse=True)
def _mock_only() -> None:
    if run_state.current().live:
        pytest.skip("nulls last and links of every kind are our mock's promise")


@pytest.mark.parametrize("op", SORTABLE, ids=label)
def test_nulls_sort_last(queries: QueryBuilder, op: pracsuite_spec.Operation) -> None:
    kinds.check_nulls_sort_last(target_of(queries, op))


@pytest.mark.parametrize("op", LIST_OPERATIONS, ids=label)
def test_links_of_every_kind_in_a_list(queries: QueryBuilder, op: pracsuite_spec.Operation) -> None:
    kinds.check_every_kind_links(target_of(queries, op))


def test_nulls_sort_last_where_written(writes: Api) -> None:
    kinds.check_nulls_sort_last_where_written(writes)

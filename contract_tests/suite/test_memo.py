"""Availability searched twice (`checks/memo.py`): no answer depends on the searches before it."""

from __future__ import annotations

import pytest

from contract_tests import precision, run_state, targets
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, memo


def test_a_search_answers_the_same_whatever_came_before(writes: Api, queries: QueryBuilder) -> None:
    if not precision.is_live():
        # The check is only as strong as the week's data: the variants must tell apart.
        assert memo.distinct_answers(writes, queries) >= 8, "the week's variants look alike"
    memo.check_search_order_independent(writes, queries)


def test_a_search_answers_as_from_scratch() -> None:
    if not run_state.current().live:
        memo.check_search_from_scratch(fresh_mock)
    else:
        pytest.skip("a server made fresh for each search is the mock's alone")


def fresh_mock() -> Api:
    """A new embedded mock of the suite's seed: nothing searched, nothing memoised."""
    return targets.mock_api()

"""Fixtures' helpers shared by the suite modules."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from contract_tests import run_state
from contract_tests.checks import NotApplicable, QueryBuilder
from contract_tests.checks.listings import ListTarget
from pracsuite_spec import Operation


def examples(mock: int, live: int = 2) -> settings:
    """Hypothesis settings for a domain property: few examples, more on the mock than live."""
    count = live if run_state.current().live else mock
    return settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )


def target_of(queries: QueryBuilder, op: Operation) -> ListTarget:
    """The list operation on the target, or skip when the target shows no data for it."""
    try:
        return queries.target(op)
    except NotApplicable as exc:
        pytest.skip(str(exc))


def path_of(queries: QueryBuilder, op: Operation) -> str:
    try:
        return queries.path_for(op)
    except NotApplicable as exc:
        pytest.skip(str(exc))


def label(op: Operation) -> str:
    return op.label

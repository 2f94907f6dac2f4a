"""Fixtures of the contract suite: the run's state, its target started before the first test; its
clients, skipped with the reason when the target is unavailable (e.g. live without
PRACSUITE_BASE_URL); the schemathesis schema, loaded when first needed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests import runtime, schemathesis_setup
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder
from contract_tests.run_state import RUN_STATE, RunState
from contract_tests.targets import TargetUnavailable


def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> Any:
    """A test marked `parametrized_at_collection` gets the run's schema now, at collection, and
    schemathesis's own collector makes its one test per operation."""
    parametrized = schemathesis_setup.parametrize_now(obj, collector.config.stash[RUN_STATE])
    if parametrized is None:
        return None
    return collector.ihook.pytest_pycollect_makeitem(
        collector=collector, name=name, obj=parametrized
    )


@pytest.fixture(scope="session")
def run(pytestconfig: pytest.Config) -> RunState:
    """The run's state (`contract_tests/run_state.py`), kept by pytest in `config.stash`."""
    return pytestconfig.stash[RUN_STATE]


@pytest.fixture(scope="session", autouse=True)
def _target_started(run: RunState) -> runtime.Runtime:
    """Start the target (and its guard) before the first test; importing starts nothing."""
    return run.runtime.start()


@pytest.fixture(autouse=True)
def _target_available(_target_started: runtime.Runtime) -> None:
    reason = _target_started.unavailable
    if reason:
        pytest.skip(f"contract target unavailable: {reason}")


@pytest.fixture(scope="session")
def schema(run: RunState) -> Any:
    """The run's schemathesis schema (the stateful phase builds its state machine from it)."""
    return schemathesis_setup.schema_for(run)


@pytest.fixture(scope="session")
def api(_target_started: runtime.Runtime) -> Iterator[Api]:
    try:
        yield _target_started.api()
    except TargetUnavailable as exc:
        pytest.skip(f"contract target unavailable: {exc}")


@pytest.fixture(scope="session")
def other_tenant(_target_started: runtime.Runtime) -> Api:
    try:
        return _target_started.api(second_tenant=True)
    except TargetUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def queries(api: Api) -> QueryBuilder:
    return QueryBuilder(api)


@pytest.fixture
def writes(api: Api) -> Api:
    """The API, for checks that create records: skipped live unless PRACSUITE_ALLOW_WRITES=1."""
    if not api.allow_writes:
        pytest.skip("writes are off on the live target (set PRACSUITE_ALLOW_WRITES=1)")
    return api

"""Fixtures of the contract suite: the target, started before the first test; its clients,
skipped with the reason when the target is unavailable (e.g. live without PRACSUITE_BASE_URL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests import precision, runtime
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder
from contract_tests.targets import TargetUnavailable


@pytest.fixture(scope="session", autouse=True)
def _target_started() -> runtime.Runtime:
    """Start the target (and its guard) before the first test; importing starts nothing."""
    return runtime.current().start()


@pytest.fixture(autouse=True, scope="session")
def _precision_rule(_target_started: runtime.Runtime) -> None:
    """Live: only documented facts fail (contract_tests/precision.py); mock: everything does."""
    precision.set_live(_target_started.settings.is_live)


@pytest.fixture(autouse=True)
def _target_available(_target_started: runtime.Runtime) -> None:
    reason = _target_started.unavailable
    if reason:
        pytest.skip(f"contract target unavailable: {reason}")


@pytest.fixture(scope="session")
def api() -> Iterator[Api]:
    try:
        yield runtime.current().api()
    except TargetUnavailable as exc:
        pytest.skip(f"contract target unavailable: {exc}")


@pytest.fixture(scope="session")
def other_tenant() -> Api:
    try:
        return runtime.current().api(second_tenant=True)
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

"""Each test runs inside a fresh run state: checks and reports read the active run's
(`run_state.current()`), so nothing is reset by hand and nothing leaks from one test to the next.
A test that needs the live rule asks for `live_run`, made active over the mock one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests import run_state
from contract_tests.run_state import RunState


@pytest.fixture(autouse=True)
def mock_run() -> Iterator[RunState]:
    with run_state.activated(RunState.plan("mock")) as state:
        yield state


@pytest.fixture
def live_run(mock_run: RunState, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunState]:
    monkeypatch.delenv("PRACSUITE_BASE_URL", raising=False)  # planned, never reachable
    with run_state.activated(RunState.plan("live")) as state:
        yield state

"""A fresh run state per test: checks and reports read the active run's (`run_state.current()`),
so a test makes its own active instead of resetting anything by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests import run_state
from contract_tests.run_state import RunState


@pytest.fixture
def mock_run() -> Iterator[RunState]:
    with run_state.activated(RunState.plan("mock")) as state:
        yield state


@pytest.fixture
def live_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunState]:
    monkeypatch.delenv("PRACSUITE_BASE_URL", raising=False)  # planned, never reachable
    with run_state.activated(RunState.plan("live")) as state:
        yield state

"""The one state of a contract run: everything the run keeps, owned by pytest's `config.stash`.

The plugin builds a `RunState` in `pytest_configure` and stores it under `RUN_STATE`; reports read
it from there. Checks deep inside a test have no `config` at hand, so `current()` hands them the
active run's state: the plugin makes its state active for the length of the run, and a unit test
makes a fresh one active with `activated()`. Nothing else in `contract_tests` keeps run state, so
a new run (or a new test) starts clean without anyone resetting anything.

Whether the run is live is asked of `state.live` (from its settings), and nowhere else.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from contract_tests.failures import AssumptionBroken, ContradictedFact

if TYPE_CHECKING:
    from contract_tests.preflight import Preflight
    from contract_tests.probes.verdicts import Verdict
    from contract_tests.report import TestRecord
    from contract_tests.runtime import Recording, Runtime
    from contract_tests.targets import Settings
    from pracsuite_spec import Assumption


@dataclass
class RequestCounts:
    """Requests the run sent: in all, and per operation for the ones schemathesis sent."""

    total: int = 0
    by_operation: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, n: int = 1, *, operation: str | None = None) -> None:
        with self._lock:
            self.total += n
            if operation is not None:
                self.by_operation[operation] = self.by_operation.get(operation, 0) + n


@dataclass
class Ledger:
    """What a live run found beyond pass/fail: assumptions broken and documented facts
    contradicted, each a failure object with its evidence."""

    broken: list[AssumptionBroken] = field(default_factory=list)
    contradicted: list[ContradictedFact] = field(default_factory=list)


@dataclass
class RunState:
    settings: Settings
    runtime: Runtime
    reports: Path = Path("reports")
    ledger: Ledger = field(default_factory=Ledger)
    verdicts: list[tuple[Assumption, Verdict]] = field(default_factory=list)  # the probes'
    counts: RequestCounts = field(default_factory=RequestCounts)
    secrets: set[str] = field(default_factory=set)  # keys met during the run, kept out of output
    tenants: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # (URL, key) → tenant
    last_answer: httpx.Response | None = None  # the evidence of an assumption broken on live
    schema: Any = None  # schemathesis's schema, loaded on first use (`schemathesis_setup`)
    records: list[TestRecord] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    preflight: Preflight | None = None  # live runs only
    not_run: str | None = None  # why the run tested nothing (it then fails)
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def plan(
        cls,
        target: str = "mock",
        *,
        probe: bool = False,
        reports: Path = Path("reports"),
        recording: Recording | None = None,
    ) -> RunState:
        """A run's state with its target planned (nothing started: see `Runtime.start`)."""
        from contract_tests.runtime import plan  # the runtime's clients report into run state
        from contract_tests.targets import Settings

        settings = Settings.resolve(target, probe=probe)
        return cls(settings, plan(settings, recording), reports=reports)

    @property
    def live(self) -> bool:
        """The precision rule's switch: on live only documented facts fail."""
        return self.settings.is_live

    def register_secret(self, value: str | None) -> None:
        """Remember a value that must never appear in output (a key, a token)."""
        if value and len(value) >= 4:
            self.secrets.add(value)


RUN_STATE = pytest.StashKey[RunState]()

# The active runs, innermost last: the bridge from pytest's config to code that has none.
_active: list[RunState] = []


def active() -> RunState | None:
    """The active run's state, or None outside a run (a library use of the checks)."""
    return _active[-1] if _active else None


def current() -> RunState:
    """The active run's state (a check run outside a contract run is a programming error)."""
    state = active()
    if state is None:
        raise LookupError("no contract run is active: use run_state.activated(RunState.plan())")
    return state


@contextlib.contextmanager
def activated(state: RunState) -> Iterator[RunState]:
    """Make `state` the active run's for the block (the plugin does so for a whole run)."""
    _active.append(state)
    try:
        yield state
    finally:
        _active.remove(state)


def activate(state: RunState) -> None:
    _active.append(state)


def deactivate(state: RunState) -> None:
    if state in _active:
        _active.remove(state)

"""Importing the suite's modules starts nothing: the target is planned in the run state and
started by the suite's session fixture, before the first test; the schemathesis module does not
even read the spec (its schema is loaded at collection)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTS_NOTHING = """
import importlib, socket
from contract_tests import run_state
from contract_tests.run_state import RunState
from contract_tests.suite import __file__ as suite
from pathlib import Path

with run_state.activated(RunState.plan("mock-http")) as state:
    for module in sorted(Path(suite).parent.glob("*.py")):
        importlib.import_module(f"contract_tests.suite.{module.stem}")
    assert not state.runtime.started, "importing the suite started the target"
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", state.runtime.mock_port)) != 0, "the mock serves"
print("nothing started")
"""
READS_NOTHING = """
import yaml, pracsuite_spec, schemathesis

def refuse(*args, **kwargs):
    raise AssertionError("importing the schemathesis suite read the spec")

yaml.load = yaml.safe_load = pracsuite_spec.load = schemathesis.openapi.from_path = refuse
import contract_tests.suite.test_schemathesis
print("nothing read")
"""


def _run(script: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")])}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_importing_the_suite_starts_nothing() -> None:
    assert _run(STARTS_NOTHING) == "nothing started"


def test_importing_the_schemathesis_suite_reads_no_spec() -> None:
    assert _run(READS_NOTHING) == "nothing read"


@pytest.mark.parametrize("target", ["mock", "live"])
def test_each_run_has_its_own_state(target: str) -> None:
    """Two runs planned one after the other share no ledger, verdicts, counts or secrets."""
    from contract_tests import run_state
    from contract_tests.run_state import RunState

    outer = run_state.active()
    with run_state.activated(RunState.plan(target)) as first:
        first.counts.add(3, operation="GET /patient")
        first.register_secret("a-key-of-the-first-run")
    with run_state.activated(RunState.plan(target)) as second:
        assert second.counts.total == 0 and second.counts.by_operation == {}
        assert second.secrets == set() and second.ledger.broken == []
        assert second.live is (target == "live")
    assert run_state.active() is outer  # each run leaves as it came

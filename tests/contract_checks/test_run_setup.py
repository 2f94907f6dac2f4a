"""Importing the suite's modules starts nothing: the target is planned at import (schemathesis
parametrizes then) and started by the suite's session fixture, before the first test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import importlib, socket
from contract_tests import runtime
from contract_tests.suite import __file__ as suite
from contract_tests.targets import Settings
from pathlib import Path

runtime.configure(Settings.resolve("mock-http"))
for module in sorted(Path(suite).parent.glob("*.py")):
    importlib.import_module(f"contract_tests.suite.{module.stem}")
planned = runtime.current()
assert not runtime.started(), "importing the suite started the target"
with socket.socket() as sock:
    assert sock.connect_ex(("127.0.0.1", planned.mock_port)) != 0, "the mock is already serving"
print("nothing started")
"""


def test_importing_the_suite_starts_nothing() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")])}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "nothing started"

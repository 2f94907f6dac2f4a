"""An integrator's scripts on the resource surface (tests/client/integrator/): booking, the same
with asyncio (ten at once), a nightly export. Each passes `mypy --strict` with nothing `Any`
leaking, runs green against the mock (the async one also at a 5/s rate limit, with the client's
default pacing), and mypy rejects the mistakes in `mistakes.py`."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from client_support import CLINIC_1, ROOT, VENDOR

SCRIPTS = Path(__file__).parent / "integrator"
CLEAN = ["booking.py", "async_booking.py", "export.py"]


def _mypy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *files: str) -> tuple[str, int]:
    from mypy import api  # in the test extra: a missing mypy fails, it never skips

    monkeypatch.setenv("MYPYPATH", os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]))
    out, err, status = api.run(
        [
            "--strict",
            "--disallow-any-expr",  # nothing typed Any reaches the integrator's code
            "--python-version",
            "3.11",
            "--follow-imports",
            "silent",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            *(str(SCRIPTS / f) for f in files),
        ]
    )
    return out + err, status


def test_the_scripts_pass_mypy_strict_with_no_any(tmp_path, monkeypatch):
    out, status = _mypy(tmp_path, monkeypatch, *CLEAN)
    assert status == 0, out


def test_mypy_rejects_misspelled_mistyped_and_sync_async_mixups(tmp_path, monkeypatch):
    out, status = _mypy(tmp_path, monkeypatch, "mistakes.py")
    assert status == 1, out
    flagged = {int(n) for n in re.findall(r"mistakes\.py:(\d+): error", out)}
    source = (SCRIPTS / "mistakes.py").read_text().splitlines()
    expected = {i for i, line in enumerate(source, 1) if "  # " in line and "(" in line}
    assert expected <= flagged, out
    assert 'did you mean "client_id"' in out
    assert "__aiter__" in out and 'forgot to use "await"' in out


PYRIGHT = shutil.which("pyright") or shutil.which("pyright", path=str(Path(sys.executable).parent))


def test_the_scripts_pass_pyright_strict(tmp_path):
    # pyright is in the test extra: its absence is a broken install, not a reason to skip.
    assert PYRIGHT is not None, "pyright is not installed (pip install -e '.[test]')"
    config = tmp_path / "pyrightconfig.json"
    settings = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(ROOT), str(ROOT / "generated_client")],
        # the packages (httpx, attrs...) of the interpreter running the tests
        "venvPath": str(Path(sys.prefix).parent),
        "venv": Path(sys.prefix).name,
    }
    config.write_text(json.dumps(settings))
    done = subprocess.run(
        [str(PYRIGHT), "-p", str(config), *(str(SCRIPTS / f) for f in CLEAN)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"integrator_{name}", SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def env(monkeypatch):
    def point_at(url: str) -> None:
        monkeypatch.setenv("PRACSUITE_BASE_URL", url)
        monkeypatch.setenv("PRACSUITE_VENDOR_KEY", VENDOR)
        monkeypatch.setenv("PRACSUITE_SUBSCRIBER_KEY", CLINIC_1)

    return point_at


def test_booking_and_export_run_against_the_mock(mock_url, env, capsys):
    env(mock_url)
    _load("booking").main()
    _load("export").main()
    printed = capsys.readouterr().out
    assert "client_id,surname,created" in printed and "businesses," in printed


def test_ten_concurrent_bookings_complete_at_a_5_per_second_limit(serve, env):
    env(serve("--rate-limit", "5/s"))
    booked = asyncio.run(_load("async_booking").run(tasks=10))
    assert len(booked) == 10

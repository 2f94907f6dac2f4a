"""End to end, as a user runs it: `python -m contract_tests --target live --record DIR` against a
stand-in on loopback, then `python -m contract_tests calibrate DIR`. Through a proxy that adds a
field to every list item and thins error bodies, calibration names both and exits 1; recording
the plain mock and calibrating against it exits 0 with no difference."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract_tests import targets
from tests.calibration import drifts

pytest.importorskip("pracsuite_mock.app")
pytestmark = pytest.mark.http
ROOT = Path(__file__).resolve().parents[2]
# Generated reads of two lists (answers with items, and 400s with error bodies) and a domain
# check over the suite's own HTTP layer (`Api`), so both recording hooks are exercised.
SELECT = (
    "(test_operation and (/patient] or /reschedule_reason])) "
    "or (test_sort_by_is_applied and /reschedule_reason)"
)
KEYS = (targets.MOCK_VENDOR_KEY, targets.MOCK_SUBSCRIBER_KEY, targets.MOCK_SUBSCRIBER_KEY_2)


def _env(**extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]),
        **extra,
    }
    env.pop("PRACSUITE_ALLOW_WRITES", None)
    return env


def record_live(wrap: Callable[[Any], Any] | None, directory: Path, reports: Path) -> None:
    app = targets.mock_app()
    with targets.serve_asgi_in_thread(wrap(app) if wrap else app) as origin:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "contract_tests",
                "--target",
                "live",
                "--reports",
                str(reports),
                "--record",
                str(directory),
                "-k",
                SELECT,
                "-p",
                "no:randomly",
            ],
            cwd=ROOT,
            env=_env(
                PRACSUITE_BASE_URL=f"{origin}/v1",
                PRACSUITE_VENDOR_KEY=KEYS[0],
                PRACSUITE_SUBSCRIBER_KEY=KEYS[1],
                PRACSUITE_SUBSCRIBER_KEY_2=KEYS[2],
                PRACSUITE_MAX_RPS="1000",
            ),
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert (directory / "exchanges.jsonl").exists(), done.stdout[-3000:] + done.stderr[-2000:]


def calibrate(directory: Path, reports: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests",
            "calibrate",
            str(directory),
            "--reports",
            str(reports),
        ],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_drift_through_a_proxy_is_named_and_fails_the_gate(tmp_path: Path) -> None:
    recording = tmp_path / "recording"
    record_live(drifts.adds_a_field_and_thins_errors, recording, tmp_path / "run")
    text = (recording / "exchanges.jsonl").read_text(encoding="utf-8")
    assert (recording / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    assert not any(key in text for key in KEYS)  # keys are never written
    exchanges = [json.loads(line) for line in text.splitlines()]
    assert any("x-schemathesis-testcaseid" in e["request_headers"] for e in exchanges)
    assert any("x-schemathesis-testcaseid" not in e["request_headers"] for e in exchanges)

    done = calibrate(recording, tmp_path / "reports")
    assert done.returncode == 1, done.stdout + done.stderr
    found = json.loads((tmp_path / "reports" / "calibration.json").read_text(encoding="utf-8"))
    categories = {d["category"] for d in found}
    assert categories == {"shape", "error body"}, found
    assert any(d["pointer"].endswith(f"/{drifts.ADDED_FIELD}") for d in found)
    assert any(d["pointer"] == "/error/detail" for d in found)
    markdown = (tmp_path / "reports" / "calibration.md").read_text(encoding="utf-8")
    assert drifts.ADDED_FIELD in markdown and "Gate **red**" in markdown
    assert not any(key in markdown for key in KEYS)


def test_the_plain_mock_calibrated_against_itself_differs_in_nothing(tmp_path: Path) -> None:
    recording = tmp_path / "recording"
    record_live(None, recording, tmp_path / "run")
    done = calibrate(recording, tmp_path / "reports")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 difference(s) not accepted" in done.stdout
    assert json.loads((tmp_path / "reports" / "calibration.json").read_text()) == []

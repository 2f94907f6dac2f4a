"""What a live run sends, counted at the server: `python -m contract_tests --target live`
against the mock served over loopback HTTP, behind a wrapper that records every request.

With PRACSUITE_ALLOW_WRITES unset not one write method reaches the server; with it set the
same selection does write (so the first assertion is not vacuous). In both, the keys reach no
host but PRACSUITE_BASE_URL's and appear in no console line and no report file.

The run is restricted with `-k` to what writes: schemathesis on the appointment operations
and the stateful phase, the patient and tenant checks, and the patient probes.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contract_tests import targets

pytest.importorskip("pracsuite_mock.app")
pytestmark = pytest.mark.http

ROOT = Path(__file__).resolve().parents[2]
READ_METHODS = {"GET", "HEAD", "OPTIONS"}  # anything else counts as a write at the server
SELECTION = (
    "test_schemathesis and (appointment_id or stateful) or test_patients or test_tenants"
    " or test_probes and patient"
)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    host: str
    keyed: bool
    status: int


class Counting:
    """An ASGI wrapper that records method, path, Host and whether a key header came along."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[Seen] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        status = 0

        async def send_recording(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, send_recording)
        keyed = "x-api-key" in headers or "a-api-key" in headers
        with self._lock:
            self.seen.append(
                Seen(scope["method"], scope["path"], headers.get("host", ""), keyed, status)
            )


@dataclass
class LiveRun:
    seen: list[Seen]
    host: str
    output: str
    reports: Path
    keys: tuple[str, ...]
    returncode: int


def live_run(tmp_path: Path, *, writes: bool) -> LiveRun:
    from pracsuite_mock.auth import Keys

    vendor, clinic_1, clinic_2 = (f"key-{secrets.token_hex(12)}" for _ in range(3))
    app = Counting(
        targets.mock_app(
            keys=Keys(vendor=frozenset({vendor}), subscribers={clinic_1: 1, clinic_2: 2})
        )
    )
    reports = tmp_path / "reports"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PRACSUITE_", "CONTRACT_"))
    }
    with targets.serve_asgi_in_thread(app) as origin:
        env |= {
            "PRACSUITE_BASE_URL": f"{origin}/v1",
            "PRACSUITE_VENDOR_KEY": vendor,
            "PRACSUITE_SUBSCRIBER_KEY": clinic_1,
            "PRACSUITE_SUBSCRIBER_KEY_2": clinic_2,
            "PRACSUITE_MAX_RPS": "0",  # loopback: no need to be polite
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]),
        }
        if writes:
            env["PRACSUITE_ALLOW_WRITES"] = "1"
        cmd = [sys.executable, "-m", "contract_tests", "--target", "live"]
        done = subprocess.run(
            [*cmd, "--reports", str(reports), "-k", SELECTION],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    return LiveRun(
        seen=list(app.seen),
        host=origin.removeprefix("http://"),
        output=done.stdout + done.stderr,
        reports=reports,
        keys=(vendor, clinic_1, clinic_2),
        returncode=done.returncode,
    )


def assert_keys_contained(run: LiveRun) -> None:
    keyed_hosts = {seen.host for seen in run.seen if seen.keyed}
    assert keyed_hosts == {run.host}, f"keys went to {keyed_hosts}, not only {run.host}"
    files = [path for path in run.reports.rglob("*") if path.is_file()]
    assert files, "the run wrote no report"
    for key in run.keys:
        assert key not in run.output, "a key appeared on the console"
        for path in files:
            assert key not in path.read_text(errors="replace"), f"a key appeared in {path.name}"


# One test per run (not fixtures shared by several tests), so pytest-xdist never repeats a run.


def test_writes_off_sends_no_write(tmp_path: Path) -> None:
    run = live_run(tmp_path, writes=False)
    writes = sorted(
        {f"{s.method} {s.path} -> {s.status}" for s in run.seen if s.method not in READ_METHODS}
    )
    assert writes == [], f"{len(writes)} write requests reached the server with writes off"
    assert run.returncode == 0, run.output[-3000:]
    assert len(run.seen) > 50, "the run hardly asked anything: the selection is broken"
    assert_keys_contained(run)
    # The preflight came first, and its line says what it reached.
    assert run.seen[0].path == "/v1/reschedule_reason" and run.seen[0].keyed
    assert run.output.lstrip().startswith(f"preflight: reached http://{run.host}: GET "), run.output


def test_writes_on_writes(tmp_path: Path) -> None:
    run = live_run(tmp_path, writes=True)
    done = [s for s in run.seen if s.method not in READ_METHODS and s.status in (200, 201, 204)]
    assert {s.method for s in done} >= {"POST", "PATCH"}
    assert any(s.path == "/v1/patient" and s.method == "POST" for s in done)
    assert run.returncode == 0, run.output[-3000:]
    assert_keys_contained(run)

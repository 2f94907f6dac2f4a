"""A live run that reaches nothing fails fast, red, with the reason on top; a healthy one goes on.

`python -m contract_tests --target live` as the nightly job runs it: without the PRACSUITE_*
variables, and against loopback stand-ins that refuse every key (403), listen nowhere (a closed
port) or answer 200 with something that is not the API's list envelope. Each must exit non-zero
within 30 s, say why in its first console line, and leave reports that say "not run", never
"green". Against the mock the preflight passes and names what it reached.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from contract_tests import preflight, targets

ROOT = Path(__file__).resolve().parents[2]
MAIN = (sys.executable, "-m", "contract_tests")
VENDOR = "preflight-vendor-secret"
SUBSCRIBER = "preflight-subscriber-secret"
REFUSED = {
    "error": {"status": 403, "code": "MISSING_AUTHENTICATION_TOKEN", "detail": "Forbidden"},
    "request_id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
}


@contextmanager
def stand_in(status: int, body: object) -> Iterator[tuple[str, list[str]]]:
    """A loopback server answering `status` with `body` (JSON) to every request; yields its
    base URL and the paths it was asked."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", asked
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once it is closed


def live_run(tmp_path: Path, base_url: str | None) -> tuple[int, str, float, Path]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRACSUITE_", "CONTRACT_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated_client")])
    if base_url is not None:
        env |= {
            "PRACSUITE_BASE_URL": base_url,
            "PRACSUITE_VENDOR_KEY": VENDOR,
            "PRACSUITE_SUBSCRIBER_KEY": SUBSCRIBER,
        }
    reports = tmp_path / "reports"
    started = time.monotonic()
    done = subprocess.run(
        [*MAIN, "--target", "live", "--reports", str(reports)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started, reports


def assert_not_run(tmp_path: Path, base_url: str | None, reason: str) -> str:
    code, output, seconds, reports = live_run(tmp_path, base_url)
    assert code != 0, output
    assert seconds < 30, f"took {seconds:.0f} s"
    first = next(line for line in output.splitlines() if line.strip())
    assert "NOT STARTED" in first and reason in first, output
    assert "0 requests" in output or "NOT RUN" in output
    for name in ("contract-live.md", "live-live.md"):
        text = (reports / name).read_text()
        assert "Not run, so red" in text and "green" not in text, name
    for key in (VENDOR, SUBSCRIBER):
        assert key not in output
        assert all(key not in p.read_text() for p in reports.iterdir())
    return output


def test_without_credentials_the_run_fails_at_once(tmp_path: Path) -> None:
    assert_not_run(tmp_path, None, "PRACSUITE_BASE_URL")


def test_a_server_refusing_every_key_fails_the_run_at_once(tmp_path: Path) -> None:
    with stand_in(403, REFUSED) as (base_url, asked):
        output = assert_not_run(tmp_path, base_url, "keys were refused (403")
    assert len(asked) == 1, "more than the preflight was sent"
    assert REFUSED["request_id"] in output  # what support can look up


def test_an_unreachable_target_fails_the_run(tmp_path: Path) -> None:
    assert_not_run(tmp_path, f"http://127.0.0.1:{closed_port()}/v1", "unreachable")


def test_a_target_that_never_answers_fails_the_run_within_the_timeouts(tmp_path: Path) -> None:
    """Accepts the connection (the listen backlog does) and never answers: the read timeout."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        assert_not_run(tmp_path, f"http://127.0.0.1:{port}/v1", "unreachable: no answer within")


def test_an_answer_outside_the_envelope_fails_the_run(tmp_path: Path) -> None:
    with stand_in(200, {"message": "welcome"}) as (base_url, _):
        assert_not_run(tmp_path, base_url, "outside the list envelope")


def test_a_server_error_fails_the_preflight() -> None:
    with stand_in(500, {"error": {"status": 500}}) as (base_url, _):
        found = preflight.check(base_url, targets.Keys(VENDOR, SUBSCRIBER, None))
    assert not found.ok and found.status == 500


@pytest.mark.http
def test_the_mock_passes_the_preflight_and_the_line_names_only_its_origin() -> None:
    pytest.importorskip("pracsuite_mock.app")
    with targets.mock_server() as base_url:
        found = preflight.check(base_url, targets.MOCK_KEYS)
    assert found.ok and found.status == 200, found
    origin = base_url.removesuffix("/v1")
    assert found.line() == f"preflight: reached {origin}: GET …/reschedule_reason answered 200"
    assert targets.MOCK_VENDOR_KEY not in found.line()
    assert targets.MOCK_SUBSCRIBER_KEY not in found.line()


@pytest.mark.http
def test_a_mock_run_whose_checks_send_nothing_fails(tmp_path: Path) -> None:
    """Not only live: on the mock the probes skip without a request; alone, they test nothing."""
    pytest.importorskip("pracsuite_mock.app")
    reports = tmp_path / "reports"
    done = subprocess.run(
        [*MAIN, "--target", "mock", "--reports", str(reports), "-k", "probes and reschedule"],
        cwd=tmp_path,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0, done.stdout[-2000:]
    assert "NOT RUN, so red: no check sent a request" in done.stdout
    assert "Not run, so red" in (reports / "contract-mock.md").read_text()

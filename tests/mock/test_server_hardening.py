"""The server's own limits, over real HTTP on loopback: a header size limit (431), a request read
timeout (408, and slow clients do not hold up the others), rejections in the JSON envelope, a
client leaving mid-body logged at info, and long paths cut in the log."""

from __future__ import annotations

import contextlib
import json
import pathlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from pracsuite_mock.embed import DEMO_HEADERS, free_port, serve_in_background

pytestmark = pytest.mark.http
TIMEOUT = 1.0
_POST_HEAD = (
    b"POST /v1/patient HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
    + "".join(f"{k}: {v}\r\n" for k, v in DEMO_HEADERS.items()).encode()
)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, tuple[str, int]]]:
    args = ["--request-timeout", str(TIMEOUT), "--max-header-bytes", "4096", "--log-level", "info"]
    with serve_in_background(args) as base:
        parts = urlsplit(base)
        yield base, (parts.hostname or "127.0.0.1", parts.port or 80)


def _raw(address: tuple[str, int], data: bytes, wait: float = 5.0) -> bytes:
    """Send bytes, read until the server closes (or `wait` passes)."""
    with socket.create_connection(address, timeout=wait) as s:
        s.sendall(data)
        out = b""
        with contextlib.suppress(TimeoutError, ConnectionResetError):
            while chunk := s.recv(65536):
                out += chunk
        return out


def _envelope(raw: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"content-type: application/json" in head.lower()
    return status, json.loads(body)


def test_headers_over_the_limit_answer_431_in_the_envelope(
    server: tuple[str, tuple[str, int]],
) -> None:
    big = b"x-filler: " + b"a" * 5000 + b"\r\n"
    raw = _raw(server[1], b"GET /v1/patient HTTP/1.1\r\nHost: x\r\n" + big + b"\r\n")
    status, body = _envelope(raw)
    assert status == 431
    assert body["error"]["code"] == "INVALID_PARAMS"  # type: ignore[index]  # the spec's set
    ok = httpx.get(f"{server[0]}/patient", headers={**DEMO_HEADERS, "x-filler": "a" * 3000})
    assert ok.status_code == 200  # under the limit: served


def test_unparseable_requests_answer_400_in_the_envelope(
    server: tuple[str, tuple[str, int]],
) -> None:
    status, body = _envelope(_raw(server[1], b"GET /v1/patient HTTP/1.1\r\nBad Header\r\n\r\n"))
    assert status == 400
    assert body["error"]["status"] == 400  # type: ignore[index]


def test_fifty_slow_clients_are_closed_in_time_while_others_are_served(
    server: tuple[str, tuple[str, int]],
) -> None:
    base, address = server
    slow = []
    for n in range(50):  # half a head, or a head and half a body, or nothing at all
        s = socket.create_connection(address, timeout=TIMEOUT * 5)
        if n % 3 == 0:
            s.sendall(b"GET /v1/patient HTTP/1.1\r\nHost: x\r\n")
        elif n % 3 == 1:
            s.sendall(_POST_HEAD + b"content-length: 100\r\n\r\n{")  # the app waits for it
        slow.append(s)
    started = time.monotonic()
    with httpx.Client(headers=DEMO_HEADERS) as client:
        for _ in range(20):  # served at once meanwhile
            assert client.get(f"{base}/business").status_code == 200
    assert time.monotonic() - started < TIMEOUT
    statuses = []
    for s in slow:
        out = b""
        with contextlib.suppress(TimeoutError, ConnectionResetError):
            while chunk := s.recv(65536):
                out += chunk
        s.close()
        statuses.append(int(out.split(b" ", 2)[1]) if out else None)
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + 2.0, f"slow clients held for {elapsed:.1f}s"
    assert set(statuses) == {408}, statuses


def test_a_client_leaving_mid_body_is_logged_at_info_not_as_an_error(
    tmp_path: pathlib.Path,
) -> None:
    port = free_port()
    log_path = tmp_path / "mock.log"
    cmd = [sys.executable, "-m", "pracsuite_mock", "--port", str(port), "--log-level", "info"]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/v1"
        for _ in range(100):
            with contextlib.suppress(httpx.TransportError):
                httpx.get(f"{base}/", timeout=1.0)
                break
            time.sleep(0.1)
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(_POST_HEAD + b'content-length: 1000\r\n\r\n{"first_name"')
            time.sleep(0.3)
        assert httpx.get(f"{base}/{'x' * 5000}", headers=DEMO_HEADERS).status_code == 403
        time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    text = log_path.read_text(errors="replace")
    assert "client disconnected before sending the whole body" in text, text[-2000:]
    assert "unexpected error" not in text
    warning = next(line for line in text.splitlines() if "unknown-path: GET '/v1/xxx" in line)
    assert len(warning) < 400 and "(5004 characters)" in warning, warning[:500]

"""Helpers for tests that need a real server: `serve_in_background` starts the cli as a
subprocess on a free loopback port, waits until it answers, yields the base URL (`…/v1`), and
stops it (by its own process id) on exit."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence

import httpx
from starlette.testclient import TestClient

from .app import MockConfig, create_app
from .spec import Spec
from .validation import validator_for


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_in_background(
    args: Sequence[str] = (), *, timeout: float = 30.0, port: int | None = None
) -> Iterator[str]:
    """Run `python -m pracsuite_mock --port P ARGS…`; yield `http://127.0.0.1:P/v1`."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "pracsuite_mock", "--host", "127.0.0.1", "--port", str(port)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in finally; a file, not a pipe)
    proc = subprocess.Popen([*cmd, *args], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                out = log.read().decode(errors="replace")
                raise RuntimeError(f"mock exited with {proc.returncode}:\n{out}")
            try:
                httpx.get(f"{base}/", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"mock did not start on port {port}") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


DEMO_HEADERS = {"x-api-key": "mock-vendor-key", "A-api-key": "mock-clinic-1"}
DEMO_HEADERS_TENANT_2 = {"x-api-key": "mock-vendor-key", "A-api-key": "mock-clinic-2"}


def response_problems(spec: Spec, operation_id: str, status: int, body: bytes) -> list[str]:
    """What is wrong with a response by the spec's own schemas (empty when it conforms)."""
    op = spec.by_id[operation_id]
    documented = op.responses.get(str(status))
    if documented is None:
        return [f"{operation_id}: status {status} is not documented"]
    schema = ((documented.get("content") or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return [] if not body else [f"{operation_id} {status}: body where none is documented"]
    try:
        decoded = json.loads(body)
    except ValueError:
        return [f"{operation_id} {status}: body is not JSON"]
    return [
        f"{operation_id} {status} at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in validator_for(schema).iter_errors(decoded)
    ]


def in_process_client(config: MockConfig | None = None) -> TestClient:
    """A client of a fresh in-process mock (own store), base URL `…/v1`, tenant 1's keys."""
    app = create_app(config or MockConfig())
    return TestClient(app, base_url="http://testserver/v1", headers=DEMO_HEADERS)

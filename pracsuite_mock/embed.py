"""The mock inside another program: the contract gate, the benchmarks and the tests run it so.

`serve_in_background` starts the cli as a subprocess on a free loopback port, waits until it
answers, yields the base URL (`…/v1`), and stops it (by its own process id) on exit.
`asgi_client` and `in_process_client` are synchronous httpx clients over the ASGI app in the same
process, through httpx's own `ASGITransport` (Starlette's TestClient warns that its httpx support
is deprecated)."""

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
from typing import Any

import anyio.from_thread
import httpx

from pracsuite_spec import Spec

from .app import MockConfig, create_app
from .demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY
from .validation import Validators


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


_TENANT_1, _TENANT_2 = DEMO_SUBSCRIBER_KEYS
DEMO_HEADERS = {"x-api-key": DEMO_VENDOR_KEY, "A-api-key": _TENANT_1}
DEMO_HEADERS_TENANT_2 = {"x-api-key": DEMO_VENDOR_KEY, "A-api-key": _TENANT_2}


def response_problems(spec: Spec, operation_id: str, status: int, body: bytes) -> list[str]:
    """What is wrong with a response by the spec's own schemas (empty when it conforms)."""
    op = spec.operation(operation_id)
    if not op.documents(status):
        return [f"{operation_id}: status {status} is not documented"]
    schema = op.response_schema(status)
    if schema is None:
        return [] if not body else [f"{operation_id} {status}: body where none is documented"]
    try:
        decoded = json.loads(body)
    except ValueError:
        return [f"{operation_id} {status}: body is not JSON"]
    return [
        f"{operation_id} {status} at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in Validators().for_schema(schema).iter_errors(decoded)
    ]


class SyncASGITransport(httpx.BaseTransport):
    """httpx's `ASGITransport` for a synchronous `httpx.Client`.

    Each request runs on its own short-lived event loop in a worker thread (a blocking portal),
    as Starlette's TestClient did, so it works whether or not the caller's thread already runs
    an event loop.
    """

    def __init__(self, app: Any, *, raise_app_exceptions: bool = True) -> None:
        self._asgi = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)

    async def _send(self, request: httpx.Request, body: bytes) -> httpx.Response:
        # The sync request's stream cannot be read on the event loop; hand the body over whole.
        async_request = httpx.Request(
            request.method, request.url, headers=request.headers, content=body
        )
        response = await self._asgi.handle_async_request(async_request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        with anyio.from_thread.start_blocking_portal() as portal:
            return portal.call(self._send, request, body)


def asgi_client(
    app: Any,
    *,
    base_url: str = "http://testserver",
    headers: dict[str, str] | None = None,
    raise_app_exceptions: bool = True,
) -> httpx.Client:
    """A synchronous httpx client that calls `app` in process (no socket)."""
    transport = SyncASGITransport(app, raise_app_exceptions=raise_app_exceptions)
    return httpx.Client(transport=transport, base_url=base_url, headers=headers)


def in_process_client(config: MockConfig | None = None) -> httpx.Client:
    """A client of a fresh in-process mock (own store), base URL `…/v1`, tenant 1's keys."""
    app = create_app(config or MockConfig())
    return asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS)

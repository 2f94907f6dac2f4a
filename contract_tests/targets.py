"""The one switch: which API the suite talks to (`--target`, a pytest option of the plugin).

| target | schemathesis | domain checks |
|---|---|---|
| `mock` (the gate) | embedded mock, in process (ASGI) | the mock over real HTTP on loopback |
| `mock-http` | the mock over real HTTP | the mock over real HTTP |
| `live` | `PRACSUITE_BASE_URL` with both keys, GET only unless `PRACSUITE_ALLOW_WRITES=1` | same |

The gate keeps schemathesis in process (fast: thousands of cases) but runs the domain checks,
which are about what a client really receives (absolute links, query encoding), over HTTP.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contract_tests.api import Api
from contract_tests.guard import Guard
from pracsuite_mock.demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY

TARGETS = ("mock", "mock-http", "live")
# The mock's demo keys, defined once where its auth lives.
MOCK_VENDOR_KEY = DEMO_VENDOR_KEY
MOCK_SUBSCRIBER_KEY, MOCK_SUBSCRIBER_KEY_2 = DEMO_SUBSCRIBER_KEYS
MOCK_SEED = 1
# The embedded mock's storage limit: the oversize check sends this plus one byte, not 100 MB.
MOCK_MAX_UPLOAD_BYTES = 1024 * 1024
DEFAULT_LIVE_RPS = 2.0


class TargetUnavailable(RuntimeError):
    """The target cannot be reached as configured (the message says what to set)."""


@dataclass(frozen=True)
class Settings:
    target: str
    probe: bool
    allow_writes: bool
    max_rps: float | None

    @property
    def is_live(self) -> bool:
        return self.target == "live"

    @classmethod
    def resolve(cls, target: str, *, probe: bool = False) -> Settings:
        """The run's settings: the target and `--probe` from the command line, the rest from
        the user-facing PRACSUITE_* variables (rate limit, writes)."""
        if target not in TARGETS:
            raise TargetUnavailable(f"target {target!r}: choose one of {', '.join(TARGETS)}")
        live = target == "live"
        rps_env = os.environ.get("PRACSUITE_MAX_RPS")
        max_rps = float(rps_env) if rps_env else (DEFAULT_LIVE_RPS if live else None)
        allow_writes = os.environ.get("PRACSUITE_ALLOW_WRITES") == "1" if live else True
        return cls(target=target, probe=live or probe, allow_writes=allow_writes, max_rps=max_rps)


@dataclass(frozen=True)
class Keys:
    vendor: str
    subscriber: str
    subscriber_2: str | None  # a second tenant, for the isolation checks


def live_config() -> tuple[str, Keys]:
    missing = [
        name
        for name in ("PRACSUITE_BASE_URL", "PRACSUITE_VENDOR_KEY", "PRACSUITE_SUBSCRIBER_KEY")
        if not os.environ.get(name)
    ]
    if missing:
        raise TargetUnavailable(
            "live target needs " + ", ".join(missing) + " (the base URL ends in /v1)"
        )
    keys = Keys(
        vendor=os.environ["PRACSUITE_VENDOR_KEY"],
        subscriber=os.environ["PRACSUITE_SUBSCRIBER_KEY"],
        subscriber_2=os.environ.get("PRACSUITE_SUBSCRIBER_KEY_2") or None,
    )
    return os.environ["PRACSUITE_BASE_URL"].rstrip("/"), keys


MOCK_KEYS = Keys(MOCK_VENDOR_KEY, MOCK_SUBSCRIBER_KEY, MOCK_SUBSCRIBER_KEY_2)


def mock_app(**overrides: Any) -> Any:
    """A fresh embedded mock (ASGI app) with the suite's seed."""
    from pracsuite_mock.app import MockConfig, create_app

    defaults = {"seed": MOCK_SEED, "max_upload_bytes": MOCK_MAX_UPLOAD_BYTES}
    return create_app(MockConfig(**{**defaults, **overrides}))


def mock_api(**overrides: Any) -> Api:
    """An `Api` over a fresh embedded mock (`mock_app`) with the suite's keys."""
    return Api.for_asgi(mock_app(**overrides), MOCK_VENDOR_KEY, MOCK_SUBSCRIBER_KEY)


@contextlib.contextmanager
def mock_server(app: Any | None = None, *, port: int | None = None) -> Iterator[str]:
    """The mock over real HTTP on loopback; yields the base URL ending in /v1.

    With `app`, serves that ASGI app (e.g. a deliberately broken wrapper) with uvicorn in a
    thread; without, uses the mock's own `serve_in_background` (a real server process), on
    `port` if given.
    """
    if app is not None:
        with serve_asgi_in_thread(app) as origin:
            yield f"{origin}/v1"
        return
    from pracsuite_mock.embed import serve_in_background

    args = ("--seed", str(MOCK_SEED), "--max-upload-bytes", str(MOCK_MAX_UPLOAD_BYTES))
    with serve_in_background(args, port=port) as url:
        base = str(url).rstrip("/")
        yield base if base.endswith("/v1") else f"{base}/v1"


@contextlib.contextmanager
def serve_asgi_in_thread(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port, in a daemon thread."""
    import socket
    import threading
    import time

    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise TargetUnavailable("the wrapped mock did not start on loopback")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def http_api(base_url: str, keys: Keys, settings: Settings, guard: Guard) -> Api:
    return Api.for_url(
        base_url, keys.vendor, keys.subscriber, max_rps=settings.max_rps, guard=guard
    )

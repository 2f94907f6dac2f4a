"""Shared fixtures for the `pracsuite` client tests.

Unit tests use an `httpx.MockTransport`; behaviour tests run the `pracsuite_mock` server on
loopback (see `mock_server`), and skip with the reason when it cannot be imported.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, ROOT / "generated_client"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import pracsuite  # noqa: E402

VENDOR = "mock-vendor-key"
CLINIC_1 = "mock-clinic-1"
CLINIC_2 = "mock-clinic-2"


class Sleeps(list[float]):
    """An injectable `sleep` that records the waits instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def envelope(status: int, code: str, detail: str = "x", **extra: Any) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": code, "detail": detail, **extra},
        "request_id": "3f1c9a52-8d0e-4c57-9a43-1d5b2f0e7c11",
    }


@pytest.fixture
def make_client(sleeps: Sleeps) -> Iterator[Callable[..., pracsuite.Client]]:
    """A `pracsuite.Client` over an `httpx.MockTransport` running `handler`."""
    made: list[pracsuite.Client] = []

    def make(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> pracsuite.Client:
        kwargs.setdefault("sleep", sleeps)
        client = pracsuite.Client(
            vendor_key="vk-secret",
            subscriber_key="sk-secret",
            base_url="https://api.example.test/v1",
            transport=httpx.MockTransport(handler),
            **kwargs,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


# --- the mock server over real HTTP ------------------------------------------------------------


def _mock_testing() -> Any:
    try:
        return importlib.import_module("pracsuite_mock.testing")
    except ImportError as exc:
        pytest.skip(f"pracsuite_mock.testing is not importable ({exc}); behaviour tests need it")


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[..., str]]:
    """Start a mock server (with CLI-style switches) and answer its base URL; stops at the end."""
    testing = _mock_testing()
    stack: list[Any] = []

    def start(*args: str) -> str:
        server = testing.serve_in_background(*args)
        if hasattr(server, "__enter__") and not isinstance(server, str):
            base_url = server.__enter__()
            stack.append(server)
            return str(base_url)
        return str(server)

    yield start
    for server in reversed(stack):
        server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def mock_url(serve: Callable[..., str]) -> str:
    return serve()

"""Shared fixtures for the `pracsuite` client tests.

Unit tests use an `httpx.MockTransport`; behaviour tests run the `pracsuite_mock` server on
loopback (see `mock_server`), and skip with the reason when it cannot be imported.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from client_support import CLINIC_1, ROOT, VENDOR, Sleeps

import pracsuite


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


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


def _mock_embed() -> Any:
    try:
        return importlib.import_module("pracsuite_mock.embed")
    except ImportError as exc:
        pytest.skip(f"pracsuite_mock.embed is not importable ({exc}); behaviour tests need it")


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[..., str]]:
    """`serve("--rate-limit", "20/s")` starts a mock server with those CLI switches (a subprocess,
    via `pracsuite_mock.embed.serve_in_background`) and answers its base URL; all stop at the
    end of the module."""
    embed = _mock_embed()
    with contextlib.ExitStack() as stack:
        # The server is a subprocess: let it import the checkout when nothing is installed.
        paths = [str(ROOT), str(ROOT / "generated_client"), os.environ.get("PYTHONPATH", "")]
        stack.enter_context(_env("PYTHONPATH", os.pathsep.join(p for p in paths if p)))

        def start(*args: str) -> str:
            return str(stack.enter_context(embed.serve_in_background(list(args))))

        yield start


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value if old is None else old


@pytest.fixture(scope="module")
def mock_url(serve: Callable[..., str]) -> str:
    """A plain mock server (no rate limit, no faults), shared by a test module."""
    return serve()


@pytest.fixture
def mock_client(mock_url: str) -> Iterator[pracsuite.Client]:
    with pracsuite.Client(vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url) as client:
        yield client

"""Fixtures for the generated client's tests; makes `pracsuite_client` importable from the
checkout when it is not installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated_client"

try:
    import pracsuite_client  # noqa: F401
except ImportError:
    sys.path.insert(0, str(GENERATED))

import httpx  # noqa: E402
from generated_support import BASE_URL, EMPTY_PAGE, FORBIDDEN  # noqa: E402
from pracsuite_client import Client  # noqa: E402

@pytest.fixture
def recorded() -> list[httpx.Request]:
    """The requests the client sent, in order."""
    return []


@pytest.fixture
def client(recorded: list[httpx.Request]) -> Client:
    """A client whose transport records each request; it answers an empty page of reschedule
    reasons, and 403 to anything else."""

    def handler(request: httpx.Request) -> httpx.Response:
        recorded.append(request)
        if request.url.path.endswith("/reschedule_reason"):
            return httpx.Response(200, json=EMPTY_PAGE)
        return httpx.Response(403, json=FORBIDDEN)

    return Client(
        base_url=BASE_URL,
        # The one line that sends both keys on every request (see generated_client/README.md).
        headers={"x-api-key": "vendor-key", "A-api-key": "subscriber-key"},
        httpx_args={"transport": httpx.MockTransport(handler)},
    )

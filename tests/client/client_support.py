"""What the client tests share besides fixtures: the demo keys, recording sleeps and transports,
the error envelope. A module of its own name, so a test imports it whatever other folder's
`conftest` was loaded last."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, ROOT / "generated_client"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

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


def envelope(status: int, code: str, detail: str = "x", **extra: Any) -> dict[str, Any]:
    return {
        "error": {"status": status, "code": code, "detail": detail, **extra},
        "request_id": "3f1c9a52-8d0e-4c57-9a43-1d5b2f0e7c11",
    }


class Counting(httpx.BaseTransport):
    """Forwards to a real transport and records what went out and what came back."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.requests: list[httpx.Request] = []
        self.statuses: list[int | str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError as exc:
            self.statuses.append(type(exc).__name__)
            raise
        self.statuses.append(response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()

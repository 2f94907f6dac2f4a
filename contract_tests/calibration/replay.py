"""Send recorded requests again, to the embedded mock seeded from the recording or to a URL.

The keys a recorded request carried are replayed by role: the run's own keys become the
target's, the second tenant's its second key, a wrong key the suite's wrong key, an absent key
stays absent. Keys for `--against URL` come from `PRACSUITE_VENDOR_KEY`,
`PRACSUITE_SUBSCRIBER_KEY` and `PRACSUITE_SUBSCRIBER_KEY_2` (the mock's demo keys when unset), and
go to that URL's origin only (the run's guard, writes allowed: replaying writes is the point).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from contract_tests.calibration.recording import SUBSCRIBER_HEADER, VENDOR_HEADER, Exchange
from contract_tests.guard import Guard, GuardTransport
from pracsuite_mock.demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY

WRONG_KEY = "contract-wrong-key-0000"
MOCK_SUBSCRIBER_KEYS = tuple(DEMO_SUBSCRIBER_KEYS)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Target:
    """Where replays go: a client, the base URL links start with, and the keys by role."""

    client: httpx.Client
    base_url: str
    vendor: str
    subscriber: str
    subscriber_2: str | None
    label: str

    def replay(self, exchange: Exchange) -> Answer | None:
        """The target's answer to the recorded request; None when it cannot be sent as recorded
        (a second tenant's read with no second key)."""
        headers = dict(exchange.request_headers)
        for header, role in (
            (VENDOR_HEADER, exchange.auth.get("vendor")),
            (SUBSCRIBER_HEADER, exchange.auth.get("subscriber")),
        ):
            key = self._key(header, role or "absent")
            if key is _UNSENDABLE:
                return None
            if isinstance(key, str):
                headers[header] = key
        url = f"{self.base_url}{exchange.path}" + (f"?{exchange.query}" if exchange.query else "")
        content = None if exchange.body is None else _body_bytes(exchange.body)
        response = self.client.request(exchange.method, url, headers=headers, content=content)
        try:
            body: Any = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = response.text
        return Answer(
            response.status_code, {k.lower(): v for k, v in response.headers.items()}, body
        )

    def _key(self, header: str, role: str) -> object:
        if role == "absent":
            return None
        if role == "other":
            return WRONG_KEY
        if header == VENDOR_HEADER:
            return self.vendor
        if role == "second":
            return self.subscriber_2 if self.subscriber_2 else _UNSENDABLE
        return self.subscriber

    def close(self) -> None:
        self.client.close()


_UNSENDABLE = object()


def _body_bytes(body: Any) -> bytes:
    # A recorded body that was not JSON is kept as its text: send that text back.
    return body.encode() if isinstance(body, str) else json.dumps(body).encode()


def embedded_mock(recording: Path) -> Target:
    """The mock in process, seeded as usual and then from the recording, computing every answer
    (so what varies between two answers shows up as noise)."""
    from pracsuite_mock.app import MockConfig, create_app
    from pracsuite_mock.embed import asgi_client

    app = create_app(MockConfig(seed=1, seed_from=str(recording), answer_cache=False))
    return Target(
        client=asgi_client(app, raise_app_exceptions=False),
        base_url="http://testserver/v1",
        vendor=DEMO_VENDOR_KEY,
        subscriber=MOCK_SUBSCRIBER_KEYS[0],
        subscriber_2=MOCK_SUBSCRIBER_KEYS[1],
        label="the embedded mock seeded from the recording",
    )


def remote(url: str) -> Target:
    base = url.rstrip("/")
    vendor = os.environ.get("PRACSUITE_VENDOR_KEY") or DEMO_VENDOR_KEY
    subscriber = os.environ.get("PRACSUITE_SUBSCRIBER_KEY") or MOCK_SUBSCRIBER_KEYS[0]
    second = os.environ.get("PRACSUITE_SUBSCRIBER_KEY_2") or (
        None if os.environ.get("PRACSUITE_SUBSCRIBER_KEY") else MOCK_SUBSCRIBER_KEYS[1]
    )
    guard = Guard.for_urls([base], allow_writes=True)
    client = httpx.Client(timeout=30.0, transport=GuardTransport(httpx.HTTPTransport(), guard))
    return Target(client, base, vendor, subscriber, second, label=base)

"""A small HTTP client for the domain checks: base URL plus keys, throttled, counting requests.

Every domain check takes an `Api`. It works over real HTTP (`Api.for_url`) or in process over
ASGI (`Api.for_asgi`); in both it sends both keys unless told otherwise, sleeps to stay under
`max_rps`, honours `429 Retry-After`, and counts what it sends so the report can say how many
requests each check cost. Over HTTP its client sits on the run's `guard.GuardTransport`, which
refuses writes unless they are allowed and keys to any other host.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from contract_tests import precision, redact, run_state
from contract_tests.calibration.recording import Recorder
from contract_tests.failures import CheckFailure, Exchange
from contract_tests.guard import FROM_API, Guard, GuardTransport

VENDOR_HEADER = "x-api-key"
SUBSCRIBER_HEADER = "A-api-key"
MAX_RETRY_AFTER = 60.0

QueryValue = str | int | bool | Sequence[str]
Query = Mapping[str, QueryValue] | Sequence[tuple[str, str]]


@dataclass
class Throttle:
    """At most `rps` requests per second across every client sharing it."""

    rps: float | None
    _next: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self) -> None:
        if not self.rps:
            return
        with self._lock:
            now = time.monotonic()
            if self._next > now:
                time.sleep(self._next - now)
                now = self._next
            self._next = now + 1.0 / self.rps


@dataclass
class Seen429:
    """The last 429 answered, for the probe report (status, headers, body shape only)."""

    headers: dict[str, str]
    body: Any


@dataclass
class Sent:
    """The last request an Api (or one made from it by `with_keys`) sent: a failing check's
    reproduction."""

    last: httpx.Request | None = None
    last_response: httpx.Response | None = None


@dataclass
class Api:
    base_url: str
    vendor_key: str
    subscriber_key: str
    client: httpx.Client
    throttle: Throttle = field(default_factory=lambda: Throttle(None))
    allow_writes: bool = True  # what checks may try (fixtures skip writes); the guard enforces it
    retries_on_429: int = 3
    last_429: Seen429 | None = None
    sent: Sent = field(default_factory=Sent)  # shared by with_keys()
    recorder: Recorder | None = None  # `--record`: every exchange goes to the recording
    # Sees every final answer (the mock's strict profile: `checks/statuses.py`).
    on_answer: Callable[[httpx.Response], None] | None = None

    @classmethod
    def for_url(
        cls,
        base_url: str,
        vendor_key: str,
        subscriber_key: str,
        *,
        max_rps: float | None = None,
        guard: Guard | None = None,
        timeout: float = 30.0,
    ) -> Api:
        """Over HTTP, through `guard` (by default: writes allowed, keys only to `base_url`)."""
        redact.register_secret(vendor_key)
        redact.register_secret(subscriber_key)
        guard = guard or Guard.for_urls([base_url], allow_writes=True)
        transport = GuardTransport(httpx.HTTPTransport(), guard)
        return cls(
            base_url=base_url.rstrip("/"),
            vendor_key=vendor_key,
            subscriber_key=subscriber_key,
            client=httpx.Client(timeout=timeout, transport=transport),
            throttle=Throttle(max_rps),
            allow_writes=guard.allow_writes,
        )

    @classmethod
    def for_asgi(
        cls, app: Any, vendor_key: str, subscriber_key: str, *, prefix: str = "/v1"
    ) -> Api:
        """In process: an httpx.Client over the ASGI app (httpx's own ASGI transport)."""
        from pracsuite_mock.embed import asgi_client

        client = asgi_client(app, raise_app_exceptions=False)
        return cls(
            base_url=f"http://testserver{prefix}",
            vendor_key=vendor_key,
            subscriber_key=subscriber_key,
            client=client,
        )

    def with_keys(self, vendor_key: str | None = None, subscriber_key: str | None = None) -> Api:
        """The same target and connection under other keys (sharing the throttle)."""
        redact.register_secret(vendor_key)
        redact.register_secret(subscriber_key)
        return Api(
            base_url=self.base_url,
            vendor_key=self.vendor_key if vendor_key is None else vendor_key,
            subscriber_key=self.subscriber_key if subscriber_key is None else subscriber_key,
            client=self.client,
            throttle=self.throttle,
            allow_writes=self.allow_writes,
            sent=self.sent,
            recorder=self.recorder,
            on_answer=self.on_answer,
        )

    def url(self, path: str) -> str:
        """`path` under the base URL; an absolute URL as it is (the checks only hold absolute
        URLs the API gave them: `links`)."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def headers(self, *, vendor: bool = True, subscriber: bool = True) -> dict[str, str]:
        headers = {"accept": "application/json"}
        if vendor:
            headers[VENDOR_HEADER] = self.vendor_key
        if subscriber:
            headers[SUBSCRIBER_HEADER] = self.subscriber_key
        return headers

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Query | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        vendor: bool = True,
        subscriber: bool = True,
    ) -> httpx.Response:
        method = method.upper()
        sent_headers = self.headers(vendor=vendor, subscriber=subscriber)
        if headers:
            sent_headers.update(headers)
        query = _encode_query(params)
        attempts = 0
        while True:
            self.throttle.wait()
            state = run_state.active()
            if state is not None:
                state.counts.add()
            response = self.client.request(
                method,
                self.url(path),
                params=query,
                json=json_body,
                headers=sent_headers,
                extensions=link_extensions(path),
            )
            self.sent.last, self.sent.last_response = response.request, response
            if state is not None:
                state.last_answer = response
            if self.recorder is not None:
                self.recorder.record(
                    method=method,
                    url=str(response.request.url),
                    request_headers=response.request.headers,
                    request_body=response.request.content,
                    status=response.status_code,
                    response_headers=response.headers,
                    content=response.content,
                )
            if response.status_code != 429 or attempts >= self.retries_on_429:
                if self.on_answer is not None:
                    self.on_answer(response)
                return response
            attempts += 1
            self.last_429 = Seen429(dict(response.headers), _json_or_none(response))
            time.sleep(retry_after(response))

    def get(self, path: str, params: Query | None = None, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, params=params, **kwargs)

    def get_json(self, path: str, params: Query | None = None, **kwargs: Any) -> Any:
        """GET that must answer 200 with JSON; the failure names the request, not the body."""
        response = self.get(path, params, **kwargs)
        expect_status(response, 200)
        return response.json()

    def close(self) -> None:
        self.client.close()


def link_extensions(path: str) -> dict[str, bool]:
    """Marks an absolute URL as the API's (see `Api.url`), so the guard can say whose it was."""
    return {FROM_API: True} if path.startswith(("http://", "https://")) else {}


def retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "1")
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 1.0


def _encode_query(params: Query | None) -> list[tuple[str, str | int | float | bool | None]] | None:
    if not params:
        return None  # (an empty list would drop the query of an absolute link)
    pairs = params.items() if isinstance(params, Mapping) else params
    out: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in pairs:
        if isinstance(value, bool):
            out.append((key, "true" if value else "false"))
        elif isinstance(value, (list, tuple)):
            out.extend((key, str(v)) for v in value)
        else:
            out.append((key, str(value)))
    return out


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def describe(response: httpx.Response) -> str:
    """`GET /v1/patient?page=2 -> 400 INVALID_PARAMS: <detail>`; patient bodies never quoted."""
    request = response.request
    target = request.url.raw_path.decode("ascii", "replace")
    text = f"{request.method} {target} -> {response.status_code}"
    body = _json_or_none(response)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        text += f" {error.get('code')}: {error.get('detail')}"
        if body.get("request_id"):
            text += f" (request_id {body['request_id']})"
    elif not redact.is_patient_path(str(request.url.path)):
        text += f" {response.text[:300]!r}"
    return redact.redact(text)


def expect_status(response: httpx.Response, *statuses: int) -> None:
    """Fail with the status wanted and the answer that came, as fields."""
    if response.status_code not in statuses:
        wanted = " or ".join(str(s) for s in statuses)
        raise CheckFailure(
            describe(response),
            expected=f"status {wanted}",
            exchange=Exchange.of(response.request, response),
        )


def error_code(response: httpx.Response) -> str | None:
    body = _json_or_none(response)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        code = body["error"].get("code")
        return str(code) if code is not None else None
    return None


def error_detail(response: httpx.Response) -> str:
    body = _json_or_none(response)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("detail", ""))
    return ""


def expect_invalid_param(response: httpx.Response, what: str, param: str) -> None:
    """`response` is the documented 400: INVALID_PARAMS, with a detail naming `param`."""
    assert response.status_code == 400, f"{what} should be 400: {describe(response)}"
    assert error_code(response) == "INVALID_PARAMS", f"{what}: {describe(response)}"
    precision.assumed(
        param in error_detail(response),
        precision.DETAIL_NAMES_PARAMETER,
        f"{what}: the 400 detail does not name {param!r}: {describe(response)}",
    )

"""No API key follows a redirect to another origin, from either client, sync or async.

Two real loopback servers: origin A (the API) answers the attachment content with a redirect
(301, 302, 303, 307 or 308) either to origin B (the storage, another port: another origin) or
to itself; both record the headers of every request they receive. httpx strips only
`Authorization` across origins, so without the clients' key guard B would see both keys.

The generated client (`pracsuite_client`) is covered here as well as the friendly one
(`pracsuite`): the friendly client sends through it, and both get the guard from it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from pracsuite_client import Client as GeneratedClient
from pracsuite_client import errors
from pracsuite_client.api.patient_attachment import get_patient_attachment_content

import pracsuite

VENDOR = "vendor-secret-0001"
SUBSCRIBER = "subscriber-secret-0001"
KEYS = {"x-api-key": VENDOR, "A-api-key": SUBSCRIBER}
CONTENT = "/v1/patient_attachment/1/content"
STATUSES = (301, 302, 303, 307, 308)


@dataclass
class Seen:
    path: str
    vendor: str | None
    subscriber: str | None


@dataclass
class Origin:
    """One loopback server: what it received, and (origin A) where it redirects."""

    server: ThreadingHTTPServer
    seen: list[Seen] = field(default_factory=list)
    redirect: tuple[int, str] | None = None  # (status, Location) for the content path

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"


def _serve() -> Iterator[Origin]:
    origin: Origin

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            origin.seen.append(
                Seen(self.path, self.headers.get("x-api-key"), self.headers.get("a-api-key"))
            )
            if self.path == CONTENT and origin.redirect is not None:
                status, location = origin.redirect
                self.send_response(status)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
            else:
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", "4")
            self.end_headers()
            if origin.redirect is None or self.path != CONTENT:
                self.wfile.write(b"file")

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet tests

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    origin = Origin(server)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield origin
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def api() -> Iterator[Origin]:
    yield from _serve()


@pytest.fixture
def storage() -> Iterator[Origin]:
    yield from _serve()


def redirect_away(api: Origin, storage: Origin, status: int) -> None:
    api.redirect = (status, f"{storage.url}/bucket/file.pdf?sig=abc")


def redirect_home(api: Origin, status: int) -> None:
    api.redirect = (status, f"{api.url}/v1/landing")


def assert_no_key_left(api: Origin, storage: Origin) -> None:
    assert [s.path for s in storage.seen] == ["/bucket/file.pdf?sig=abc"], "not followed"
    assert (storage.seen[0].vendor, storage.seen[0].subscriber) == (None, None)
    assert (api.seen[0].vendor, api.seen[0].subscriber) == (VENDOR, SUBSCRIBER)


def assert_keys_kept_at_home(api: Origin) -> None:
    assert [s.path for s in api.seen] == [CONTENT, "/v1/landing"], "not followed"
    assert (api.seen[1].vendor, api.seen[1].subscriber) == (VENDOR, SUBSCRIBER)


# --- the generated client -------------------------------------------------------------------


def generated(api: Origin, **kwargs: object) -> GeneratedClient:
    return GeneratedClient(
        base_url=f"{api.url}/v1", headers=dict(KEYS), follow_redirects=True, **kwargs
    )


@pytest.mark.parametrize("status", STATUSES)
def test_generated_sync_strips_keys_on_a_redirect_away(
    api: Origin, storage: Origin, status: int
) -> None:
    redirect_away(api, storage, status)
    generated(api).get_httpx_client().get("/patient_attachment/1/content")
    assert_no_key_left(api, storage)


@pytest.mark.parametrize("status", STATUSES)
def test_generated_async_strips_keys_on_a_redirect_away(
    api: Origin, storage: Origin, status: int
) -> None:
    redirect_away(api, storage, status)

    async def fetch() -> None:
        async with generated(api) as client:
            await client.get_async_httpx_client().get("/patient_attachment/1/content")

    asyncio.run(fetch())
    assert_no_key_left(api, storage)


@pytest.mark.parametrize("status", STATUSES)
def test_generated_keeps_keys_on_a_redirect_home(api: Origin, status: int) -> None:
    redirect_home(api, status)
    generated(api).get_httpx_client().get("/patient_attachment/1/content")
    assert_keys_kept_at_home(api)


def test_generated_operation_download_leaves_keys_home(api: Origin, storage: Origin) -> None:
    """The issue's case: the operation function, following the documented 302 to storage."""
    redirect_away(api, storage, 302)
    # The storage's 200 is not a documented answer of the operation: it raises, after the fact.
    with pytest.raises(errors.UnexpectedStatus):
        get_patient_attachment_content.sync_detailed(1, client=generated(api))
    assert_no_key_left(api, storage)


def test_generated_strips_keys_a_user_hook_adds(api: Origin, storage: Origin) -> None:
    def add_keys(request: httpx.Request) -> None:
        request.headers.update(KEYS)

    redirect_away(api, storage, 307)
    client = GeneratedClient(
        base_url=f"{api.url}/v1",
        follow_redirects=True,
        httpx_args={"event_hooks": {"request": [add_keys]}},
    )
    client.get_httpx_client().get("/patient_attachment/1/content")
    assert_no_key_left(api, storage)


def test_generated_guards_a_given_httpx_client(api: Origin, storage: Origin) -> None:
    redirect_away(api, storage, 302)
    http = httpx.Client(base_url=f"{api.url}/v1", headers=KEYS, follow_redirects=True)
    client = GeneratedClient(base_url=f"{api.url}/v1").set_httpx_client(http)
    client.set_httpx_client(http)  # twice: still one guard
    assert len(http.event_hooks["request"]) == 1
    client.get_httpx_client().get("/patient_attachment/1/content")
    assert_no_key_left(api, storage)


def test_generated_guards_a_given_async_httpx_client(api: Origin, storage: Origin) -> None:
    redirect_away(api, storage, 308)

    async def fetch() -> None:
        http = httpx.AsyncClient(base_url=f"{api.url}/v1", headers=KEYS, follow_redirects=True)
        client = GeneratedClient(base_url=f"{api.url}/v1").set_async_httpx_client(http)
        async with http:
            await client.get_async_httpx_client().get("/patient_attachment/1/content")

    asyncio.run(fetch())
    assert_no_key_left(api, storage)


# --- the friendly client --------------------------------------------------------------------


def friendly(api: Origin) -> pracsuite.Client:
    client = pracsuite.Client(
        vendor_key=VENDOR, subscriber_key=SUBSCRIBER, base_url=f"{api.url}/v1", max_attempts=1
    )
    client.api.get_httpx_client().follow_redirects = True  # what a download would do
    return client


def friendly_async(api: Origin) -> pracsuite.AsyncClient:
    client = pracsuite.AsyncClient(
        vendor_key=VENDOR, subscriber_key=SUBSCRIBER, base_url=f"{api.url}/v1", max_attempts=1
    )
    client.api.get_async_httpx_client().follow_redirects = True
    return client


@pytest.mark.parametrize("status", STATUSES)
def test_friendly_sync_strips_keys_on_a_redirect_away(
    api: Origin, storage: Origin, status: int
) -> None:
    redirect_away(api, storage, status)
    with friendly(api) as client:
        response = client.api.get_httpx_client().get("/patient_attachment/1/content")
    assert response.content == b"file"
    assert_no_key_left(api, storage)


@pytest.mark.parametrize("status", STATUSES)
def test_friendly_async_strips_keys_on_a_redirect_away(
    api: Origin, storage: Origin, status: int
) -> None:
    redirect_away(api, storage, status)

    async def fetch() -> None:
        async with friendly_async(api) as client:
            await client.api.get_async_httpx_client().get("/patient_attachment/1/content")

    asyncio.run(fetch())
    assert_no_key_left(api, storage)


@pytest.mark.parametrize("status", STATUSES)
def test_friendly_keeps_keys_on_a_redirect_home(api: Origin, status: int) -> None:
    redirect_home(api, status)
    with friendly(api) as client:
        client.api.get_httpx_client().get("/patient_attachment/1/content")
    assert_keys_kept_at_home(api)


def test_friendly_does_not_follow_by_default(api: Origin, storage: Origin) -> None:
    """Unfollowed, a redirect comes back as the answer (the operation decides whether it is
    documented); nothing reaches storage."""
    redirect_away(api, storage, 302)
    with pracsuite.Client(
        vendor_key=VENDOR, subscriber_key=SUBSCRIBER, base_url=f"{api.url}/v1"
    ) as client:
        response = client.api.get_httpx_client().get("/patient_attachment/1/content")
    assert response.status_code == 302
    assert storage.seen == []

"""The run's guard refuses writes (when off) and keys to foreign hosts before anything is sent,
on both HTTP stacks of the suite: httpx (the domain checks) and requests (schemathesis)."""

from __future__ import annotations

import httpx
import pytest
import requests

from contract_tests.api import Api
from contract_tests.guard import Guard, GuardTransport, UnsafeRequest, installed, origin

TARGET = "https://api.example.test/v1"
KEYS = {"x-api-key": "vendor-secret", "A-api-key": "subscriber-secret"}


def recording_client(guard: Guard) -> tuple[httpx.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    return httpx.Client(transport=GuardTransport(httpx.MockTransport(handler), guard)), sent


@pytest.mark.parametrize(
    "method", ["POST", "PUT", "PATCH", "DELETE", "post", "TRACE", "PURGE", "CONNECT"]
)
def test_anything_but_a_read_refused_when_writes_off(method: str) -> None:
    guard = Guard.for_urls([TARGET], allow_writes=False)
    client, sent = recording_client(guard)
    with pytest.raises(UnsafeRequest, match="non-read method with writes off"):
        client.request(method, f"{TARGET}/appointment/1/cancel", headers=KEYS)
    assert sent == []
    assert len(guard.blocked) == 1 and "/v1/appointment/1/cancel" in guard.blocked[0]


def test_reads_pass_when_writes_off() -> None:
    client, sent = recording_client(Guard.for_urls([TARGET], allow_writes=False))
    for method in ("GET", "HEAD", "OPTIONS"):
        client.request(method, f"{TARGET}/patient", headers=KEYS)
    assert [r.method for r in sent] == ["GET", "HEAD", "OPTIONS"]


def test_reads_pass_and_writes_pass_when_allowed() -> None:
    client, sent = recording_client(Guard.for_urls([TARGET], allow_writes=True))
    client.get(f"{TARGET}/patient", headers=KEYS)
    client.post(f"{TARGET}/patient", headers=KEYS, json={})
    assert [r.method for r in sent] == ["GET", "POST"]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.test/v1/patient",
        "http://api.example.test/v1/patient",  # another scheme is another origin
        "https://api.example.test:8443/v1/patient",
    ],
)
def test_keys_only_go_to_the_target_origin(url: str) -> None:
    guard = Guard.for_urls([TARGET], allow_writes=True)
    client, sent = recording_client(guard)
    with pytest.raises(UnsafeRequest, match="host other than the target") as raised:
        client.get(url, headers={"X-API-KEY": "vendor-secret"})
    client.get(url)  # without keys, another host may be asked (e.g. a public link)
    assert len(sent) == 1
    assert "secret" not in str(raised.value) and "secret" not in " ".join(guard.blocked)


def test_api_sits_on_the_guard() -> None:
    guard = Guard.for_urls([TARGET], allow_writes=False)
    api = Api.for_url(TARGET, "vendor-secret", "subscriber-secret", guard=guard)
    assert not api.allow_writes
    with pytest.raises(UnsafeRequest):
        api.request("DELETE", "/patient/1")
    with pytest.raises(UnsafeRequest):  # an absolute link to another host, keys attached
        api.get("https://elsewhere.example.test/v1/patient")
    assert len(guard.blocked) == 2


def test_requests_sessions_pass_the_guard_while_installed() -> None:
    """schemathesis sends with requests; no connection is attempted for a refused request
    (port 9 on loopback would otherwise refuse the connection)."""
    guard = Guard.for_urls(["http://127.0.0.1:9/v1"], allow_writes=False)
    original = requests.Session.send
    with installed(guard):
        with pytest.raises(UnsafeRequest, match="writes off"):
            requests.Session().post("http://127.0.0.1:9/v1/patient", json={})
        with pytest.raises(UnsafeRequest, match="host other"):
            requests.get("http://localhost:9/v1/patient", headers=KEYS)
    assert requests.Session.send is original
    assert len(guard.blocked) == 2


def test_origin_spells_out_default_ports() -> None:
    assert origin("https://API.example.test/v1") == origin("https://api.example.test:443/x")
    assert origin("http://127.0.0.1:8000/v1") == "http://127.0.0.1:8000"


def test_a_link_of_the_api_to_another_host_is_blamed_on_the_api() -> None:
    """Blocked all the same; the message says the API pointed elsewhere, not that the suite erred."""
    guard = Guard.for_urls([TARGET], allow_writes=False)
    api = Api.for_url(TARGET, "vendor-secret", "subscriber-secret", guard=guard)
    with pytest.raises(UnsafeRequest, match="the API supplied this URL") as raised:
        api.get("https://storage.example.test/v1/patient?page=2")  # as a links.next would be
    assert "bug of the contract suite" not in str(raised.value)
    with pytest.raises(UnsafeRequest, match="a bug of the contract suite"):
        api.request("POST", "/patient")  # the suite's own request
    assert len(guard.blocked) == 2

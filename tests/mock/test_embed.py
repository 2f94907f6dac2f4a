"""pracsuite_mock.embed's in-process clients: httpx's own ASGI transport, no warning."""

from __future__ import annotations

import subprocess
import sys

import httpx

from pracsuite_mock import MockConfig
from pracsuite_mock.app import create_app
from pracsuite_mock.embed import asgi_client


def test_no_deprecated_test_client_is_imported() -> None:
    # Importing starlette.testclient warns that its httpx support is deprecated.
    code = (
        "import sys, pracsuite_mock.embed, contract_tests.api;"
        "assert 'starlette.testclient' not in sys.modules, 'starlette.testclient imported'"
    )
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr


def test_bodies_and_headers_cross_the_transport_both_ways() -> None:
    app = create_app(MockConfig())
    headers = {"x-api-key": "mock-vendor-key", "A-api-key": "mock-clinic-1"}
    with asgi_client(app, base_url="http://testserver/v1", headers=headers) as client:
        r = client.post("/patient", json={"first_name": "Ada", "surname": "Lovelace"})
        assert r.status_code == 201, r.text
        assert r.headers["content-type"].startswith("application/json")
        created = client.get(r.json()["links"]["self"])
        assert created.json()["surname"] == "Lovelace"


def test_app_exceptions_can_become_500s() -> None:
    async def broken(scope: object, receive: object, send: object) -> None:
        raise RuntimeError("boom")

    with asgi_client(broken, raise_app_exceptions=False) as client:
        assert client.get("/").status_code == 500
    with asgi_client(broken) as client:
        try:
            client.get("/")
        except RuntimeError as exc:
            assert str(exc) == "boom"
        else:
            raise AssertionError("the app's exception should reach the caller")
    assert isinstance(client, httpx.Client)

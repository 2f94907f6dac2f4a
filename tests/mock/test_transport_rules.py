"""Transport rules: a body that is not JSON is 415, one above the documented limit 413, links are
built from a validated Host or the public URL, and distinct Hosts do not grow memory."""

from __future__ import annotations

import json

import httpx
import pytest

from pracsuite_mock import MockConfig
from pracsuite_mock.app import create_app
from pracsuite_mock.embed import (
    DEMO_HEADERS,
    asgi_client,
    in_process_client,
)
from pracsuite_spec import Spec

JSON = {"content-type": "application/json"}
PATIENT = {"first_name": "Ann", "surname": "Lee"}


@pytest.mark.parametrize(
    "headers",
    [{"content-type": "text/plain"}, {"content-type": "application/x-www-form-urlencoded"}],
)
def test_non_json_body_is_415(client: httpx.Client, headers: dict[str, str]) -> None:
    r = client.post("/patient", content=json.dumps(PATIENT), headers=headers)
    assert r.status_code == 415
    assert r.json()["error"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert client.post("/patient", data=PATIENT).status_code == 415
    ok = client.post(
        "/patient",
        content=json.dumps(PATIENT),
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert ok.status_code == 201


def test_body_above_the_documented_limit_is_413(client: httpx.Client, spec: Spec) -> None:
    limit = int(spec.document["x-max-body-bytes"])
    padded = {**PATIENT, "notes": "x" * limit}
    r = client.post("/patient", content=json.dumps(padded), headers=JSON)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_links_use_a_validated_host_or_the_public_url(client: httpx.Client) -> None:
    r = client.get("/patient", params={"page_size": 1}, headers={"host": "evil.example/<x>"})
    assert r.json()["links"]["self"].startswith("http://testserver/v1/patient?")
    r = client.get("/patient", params={"page_size": 1}, headers={"host": "api.example:8443"})
    assert r.json()["links"]["self"].startswith("http://api.example:8443/v1/patient?")
    with in_process_client(MockConfig(public_url="https://mock.example.com/api/v1")) as c:
        r = c.get("/patient", params={"page_size": 1}, headers={"host": "other.example"})
        assert (
            r.json()["links"]["next"]
            == "https://mock.example.com/api/v1/patient?page=2&page_size=1"
        )
        assert (
            r.json()["patients"][0]["links"]["self"] == "https://mock.example.com/api/v1/patient/1"
        )


def test_distinct_hosts_do_not_grow_memory() -> None:
    app = create_app(MockConfig())
    with asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS) as client:
        for n in range(200):
            assert client.get("/sex", headers={"host": f"h{n}.example"}).status_code == 200
    assert len(app.state.mock._shapers) <= 16

"""Keys, routing and the gateway-style 403, and that every spec operation is served."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from pracsuite_mock.embed import DEMO_HEADERS as HEADERS
from pracsuite_spec import Spec

Check = Callable[[str, httpx.Response], None]


def test_missing_either_key_is_403_missing_authentication_token(client: httpx.Client) -> None:
    for headers in ({"x-api-key": "mock-vendor-key"}, {"A-api-key": "mock-clinic-1"}, {}):
        r = client.get("/reschedule_reason", headers={"x-api-key": "", "A-api-key": ""} | headers)
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "MISSING_AUTHENTICATION_TOKEN"


def test_unknown_key_is_401(client: httpx.Client) -> None:
    for headers in (
        {"x-api-key": "nope", "A-api-key": "mock-clinic-1"},
        {"x-api-key": "mock-vendor-key", "A-api-key": "nope"},
    ):
        r = client.get("/reschedule_reason", headers=headers)
        assert r.status_code == 401
        assert r.json()["error"] == {
            "status": 401,
            "code": "UNAUTHORIZED",
            "detail": "Access could not be verified for this request.",
        }


def test_header_names_are_case_insensitive(client: httpx.Client) -> None:
    r = client.get(
        "/reschedule_reason", headers={"X-API-KEY": "mock-vendor-key", "a-api-key": "mock-clinic-1"}
    )
    assert r.status_code == 200


def test_auth_runs_before_validation(client: httpx.Client) -> None:
    r = client.get("/patient?page_size=1000", headers={"x-api-key": "", "A-api-key": ""})
    assert r.status_code == 403
    r = client.get("/patient?page_size=1000", headers={"x-api-key": "bad"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nope"),
        ("DELETE", "/patient/1"),
        ("GET", "/patient/1/"),
        ("PUT", "/patient"),
        ("PROPFIND", "/patient"),  # a method no route lists still gets the envelope, not a 405
    ],
)
def test_unknown_method_or_path_is_403(client: httpx.Client, method: str, path: str) -> None:
    r = client.request(method, path)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "MISSING_AUTHENTICATION_TOKEN"
    assert r.json()["request_id"]


def test_non_integer_path_parameter_is_400(client: httpx.Client) -> None:
    r = client.get("/patient/abc")
    assert r.status_code == 400
    assert "client_id" in r.json()["error"]["detail"]


def test_control_characters_in_a_path_id_get_the_json_envelope(client: httpx.Client) -> None:
    # Once answered by the web framework's own plain-text 404 (its path pattern stops at "\n").
    r = client.get("/profession/%06%C2%90%0AQN/appointment_type")
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/json")
    assert "profession_id" in r.json()["error"]["detail"]


def test_every_operation_is_routed(client: httpx.Client, spec: Spec) -> None:
    """Each operation answers something other than the unknown-route 403, and never 5xx."""
    for op in spec.operations:
        path = op.path
        for p in op.parameters:
            if p.location == "path":
                path = path.replace("{" + p.name + "}", "1")
        r = client.request(op.method, path, follow_redirects=False)  # 302s point off the mock
        assert r.status_code != 403, f"{op.operation_id} not routed"
        assert r.status_code < 500, f"{op.operation_id}: {r.text}"


def test_other_tenants_record_is_404_and_never_listed(client: httpx.Client) -> None:
    tenant2 = client.get("/patient?page_size=100", headers={"A-api-key": "mock-clinic-2"}).json()
    ids2 = {p["client_id"] for p in tenant2["patients"]}
    theirs = min(ids2)
    r = client.get(f"/patient/{theirs}")
    assert r.status_code == 404
    assert r.json()["error"]["detail"] == f"Could not find Patient with ID {theirs}"
    ours = client.get("/patient?page_size=100").json()
    assert not ids2 & {p["client_id"] for p in ours["patients"]}
    assert all(p["tenant_id"] == 1 for p in ours["patients"])


def test_docs_example_reschedule_reasons(client: httpx.Client, check_spec: Check) -> None:
    url = (
        "/reschedule_reason?page=1&page_size=50&"
        "sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
    )
    r = client.get(url, headers=HEADERS)
    assert r.status_code == 200
    check_spec("listRescheduleReasons", r)
    items = r.json()["appointment_reschedule_reasons"]
    keys = [(i["appointment_reschedule_reason_id"], i["reason"]) for i in items]
    assert keys == sorted(keys) and len(items) == r.json()["total_entries"] > 0
    by_reason = client.get('/reschedule_reason?sort_by=["reason"]').json()
    reasons = [i["reason"] for i in by_reason["appointment_reschedule_reasons"]]
    assert reasons == sorted(reasons) and reasons != [k[1] for k in keys]

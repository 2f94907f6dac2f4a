"""One 403 body for every gateway-style mistake (as the real API), with the mock's reason.

The body stays the API's MISSING_AUTHENTICATION_TOKEN envelope; `x-mock-reason` and the log
line tell the developer which mistake it was.
"""

from __future__ import annotations

import logging

import httpx
import pytest

from pracsuite_mock.errors import MissingAuthenticationToken

NO_KEYS = {"x-api-key": "", "A-api-key": ""}
API_403 = {
    "status": 403,
    "code": "MISSING_AUTHENTICATION_TOKEN",
    "detail": MissingAuthenticationToken.default_detail,
}


@pytest.mark.parametrize(
    ("method", "url", "headers", "reason"),
    [
        ("GET", "/reschedule_reason", {"x-api-key": ""}, "missing-vendor-key"),
        ("GET", "/reschedule_reason", {"A-api-key": ""}, "missing-subscriber-key"),
        ("GET", "/reschedule_reason", NO_KEYS, "missing-keys"),
        ("GET", "/patients", {}, "unknown-path"),
        ("GET", "http://testserver/patient", {}, "outside-v1"),
        ("GET", "http://testserver/v1", {}, "outside-v1"),
        ("DELETE", "/patient/1", {}, "method-not-allowed"),
        ("PUT", "/patient", {}, "method-not-allowed"),
        ("GET", "/patient/1/", {}, "trailing-slash"),
    ],
)
def test_each_mistake_names_its_reason(
    client: httpx.Client,
    caplog: pytest.LogCaptureFixture,
    method: str,
    url: str,
    headers: dict[str, str],
    reason: str,
) -> None:
    with caplog.at_level(logging.WARNING, logger="pracsuite_mock"):
        r = client.request(method, url, headers=headers)
    assert r.status_code == 403
    body = r.json()
    assert body["error"] == API_403  # wire-compatible: nothing of the reason in the body
    assert set(body) == {"error", "request_id"}
    assert r.headers["x-mock-reason"] == reason
    assert [m for m in caplog.messages if m.startswith(f"403 {reason}: ")]


def test_log_line_names_what_the_path_allows(
    client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="pracsuite_mock"):
        client.delete("/patient/1")
    assert "this path answers GET, PATCH only" in caplog.text


def test_a_path_with_a_newline_stays_out_of_the_header(client: httpx.Client) -> None:
    r = client.get("/nope%0D%0Ax-evil:%201")
    assert r.status_code == 403
    assert r.headers["x-mock-reason"] == "unknown-path"
    assert "x-evil" not in r.headers


def test_successful_and_401_responses_carry_no_reason(client: httpx.Client) -> None:
    assert "x-mock-reason" not in client.get("/reschedule_reason").headers
    r = client.get("/reschedule_reason", headers={"x-api-key": "nope"})
    assert r.status_code == 401 and "x-mock-reason" not in r.headers

"""Every non-2xx answer raises the typed error for its status, with the envelope's fields."""

from __future__ import annotations

import httpx
import pytest
from client_support import envelope
from pracsuite_client.api.patient import create_patient, get_patient
from pracsuite_client.models.patient_create import PatientCreate

import pracsuite


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "INVALID_PARAMS", pracsuite.InvalidParamsError),
        (401, "UNAUTHORIZED", pracsuite.AuthenticationError),
        (403, "MISSING_AUTHENTICATION_TOKEN", pracsuite.PermissionDeniedError),
        (404, "NOT_FOUND", pracsuite.NotFoundError),
        (409, "CONFLICT", pracsuite.APIError),
        (500, "SERVER_ERROR", pracsuite.ServerError),
    ],
)
def test_status_maps_to_error_class(make_client, status, code, cls):
    client = make_client(
        lambda r: httpx.Response(status, json=envelope(status, code, "why")), max_attempts=1
    )
    with pytest.raises(cls) as info:
        get_patient.sync_detailed(client=client.api, client_id=1)
    err = info.value
    assert type(err) is cls
    assert (err.status, err.code, err.detail) == (status, code, "why")
    assert err.request_id == "3f1c9a52-8d0e-4c57-9a43-1d5b2f0e7c11"
    assert "GET /v1/patient/1" in str(err)


def test_validation_error_lists_fields(make_client):
    body = envelope(
        422,
        "INVALID_BODY",
        validation=[{"field": "surname", "message": "The surname field is required."}],
    )
    client = make_client(lambda r: httpx.Response(422, json=body))
    with pytest.raises(pracsuite.ValidationError) as info:
        create_patient.sync_detailed(
            client=client.api, body=PatientCreate(first_name="A", surname="B")
        )
    assert info.value.validation == [("surname", "The surname field is required.")]
    assert "surname: The surname field is required." in str(info.value)


def test_rate_limit_error_carries_retry_after(make_client):
    client = make_client(
        lambda r: httpx.Response(
            429, json=envelope(429, "TOO_MANY_REQUESTS"), headers={"Retry-After": "7"}
        ),
        max_attempts=1,
    )
    with pytest.raises(pracsuite.RateLimitError) as info:
        get_patient.sync_detailed(client=client.api, client_id=1)
    assert info.value.retry_after == 7.0


def test_non_json_error_body_still_maps(make_client):
    client = make_client(lambda r: httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(pracsuite.ServerError) as info:
        get_patient.sync_detailed(client=client.api, client_id=1)
    assert info.value.status == 502
    assert info.value.code is None


def test_keys_never_in_repr_or_errors(make_client):
    client = make_client(lambda r: httpx.Response(401, json=envelope(401, "UNAUTHORIZED")))
    with pytest.raises(pracsuite.AuthenticationError) as info:
        get_patient.sync_detailed(client=client.api, client_id=1)
    auth = client.api.get_httpx_client().auth
    shown = " ".join([repr(client), repr(client.api), str(info.value), repr(info.value)])
    shown += repr(auth)
    assert "vk-secret" not in shown
    assert "sk-secret" not in shown


def test_connection_failure_is_api_connection_error(make_client):
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = make_client(refuse, max_attempts=2)
    with pytest.raises(pracsuite.APIConnectionError) as info:
        get_patient.sync_detailed(client=client.api, client_id=1)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_missing_keys_are_reported_by_name(monkeypatch):
    for name in ("PRACSUITE_VENDOR_KEY", "PRACSUITE_SUBSCRIBER_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(pracsuite.PracSuiteError, match="PRACSUITE_SUBSCRIBER_KEY"):
        pracsuite.Client(vendor_key="v")


def test_environment_supplies_keys_and_base_url(monkeypatch):
    monkeypatch.setenv("PRACSUITE_VENDOR_KEY", "env-v")
    monkeypatch.setenv("PRACSUITE_SUBSCRIBER_KEY", "env-s")
    monkeypatch.setenv("PRACSUITE_BASE_URL", "https://example.test/v1/")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json=envelope(404, "NOT_FOUND"))

    with pracsuite.Client(transport=httpx.MockTransport(handler)) as client:
        assert client.base_url == "https://example.test/v1"
        with pytest.raises(pracsuite.NotFoundError):
            get_patient.sync_detailed(client=client.api, client_id=3)
    assert seen[0].headers["x-api-key"] == "env-v"
    assert seen[0].headers["a-api-key"] == "env-s"
    assert str(seen[0].url) == "https://example.test/v1/patient/3"


def test_default_base_url(monkeypatch):
    monkeypatch.delenv("PRACSUITE_BASE_URL", raising=False)
    with pracsuite.Client(vendor_key="v", subscriber_key="s") as client:
        assert client.base_url == "https://api.pracsuite.com/v1"

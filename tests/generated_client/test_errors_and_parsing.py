"""The generated layer on its own returns the success model and raises one hierarchy; answers
newer than the client still parse; an answer it cannot read raises with the raw body."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from generated_support import BASE_URL, FORBIDDEN
from test_fast_parsing import EMPTY_FIELDS, STAMPS
from pracsuite_client import Client, errors
from pracsuite_client.api.patient import get_patient

#: A patient record with every field the spec requires.
PATIENT: dict[str, Any] = {
    **EMPTY_FIELDS,
    **STAMPS,
    "links": {"self": f"{BASE_URL}/patient/7"},
    "client_id": 7,
    "tenant_id": 1,
    "first_name": "Ada",
    "surname": "Lovelace",
    "accepted_privacy_policy": True,
    "time_zone": "Australia/Adelaide",
    "preferred_phone": 1,
}


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    return Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)})


def test_a_404_raises_not_found_with_the_response_and_body() -> None:
    body = {"error": {"status": 404, "code": "NOT_FOUND", "detail": "No such patient."}}
    client = _client(lambda r: httpx.Response(404, json=body))
    with pytest.raises(errors.NotFoundError) as info:
        get_patient.sync(7, client=client)
    err = info.value
    assert isinstance(err, errors.PracSuiteError)
    assert err.response is not None and err.response.status_code == 404
    assert err.body == body
    assert err.detail == "No such patient."


def test_an_unknown_error_code_is_kept() -> None:
    body = {"error": {"status": 400, "code": "NEW_RULE_BROKEN", "detail": "why"}}
    client = _client(lambda r: httpx.Response(400, json=body))
    with pytest.raises(errors.InvalidParamsError) as info:
        get_patient.sync(7, client=client)
    assert info.value.code == "NEW_RULE_BROKEN"


def test_success_returns_the_model_with_new_fields_and_enum_values_kept() -> None:
    record = {**PATIENT, "brand_new_field": {"x": 1}, "preferred_phone": 9}  # 9: not in the enum
    client = _client(lambda r: httpx.Response(200, json=record))
    patient = get_patient.sync(7, client=client)
    assert patient.client_id == 7
    assert patient.additional_properties["brand_new_field"] == {"x": 1}
    assert patient.preferred_phone == 9


def test_an_answer_missing_a_required_field_raises_with_the_raw_body() -> None:
    client = _client(lambda r: httpx.Response(200, text='{"surname": "only"}'))
    with pytest.raises(errors.UnexpectedResponseError) as info:
        get_patient.sync(7, client=client)
    assert info.value.body == '{"surname": "only"}'
    assert info.value.response.status_code == 200
    assert isinstance(info.value, errors.PracSuiteError)


def test_an_answer_that_is_not_json_raises_with_the_raw_body() -> None:
    client = _client(lambda r: httpx.Response(200, text="<html>gateway</html>"))
    with pytest.raises(errors.UnexpectedResponseError) as info:
        get_patient.sync(7, client=client)
    assert info.value.body == "<html>gateway</html>"


def test_with_headers_and_with_timeout_return_copies_and_leave_the_client_alone() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(403, json=FORBIDDEN)

    client = _client(handler)
    client.get_httpx_client()  # built before the copies, so they share it
    tagged = client.with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(2.0))
    for api in (tagged, client):
        with pytest.raises(errors.PermissionDeniedError):
            get_patient.sync(7, client=api)
    assert sent[0].headers.get("X-Trace") == "1"
    assert sent[0].extensions["timeout"]["read"] == 2.0
    assert "X-Trace" not in sent[1].headers
    assert sent[1].extensions["timeout"]["read"] == 30.0  # the default timeout
    assert tagged.get_httpx_client() is client.get_httpx_client()


def test_per_call_options_reach_the_request_only() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(403, json=FORBIDDEN)

    client = _client(handler)
    for kwargs in ({"extra_headers": {"X-A": "1"}, "extra_query": {"debug": "1"}, "timeout": 3}, {}):
        with pytest.raises(errors.PermissionDeniedError):
            get_patient.sync(7, client=client, **kwargs)
    assert sent[0].headers["X-A"] == "1" and sent[0].url.params["debug"] == "1"
    assert sent[0].extensions["timeout"]["connect"] == 3
    assert "X-A" not in sent[1].headers and "debug" not in sent[1].url.params


def test_sync_call_on_an_async_only_client_is_a_type_error() -> None:
    api = Client(base_url=BASE_URL).set_async_httpx_client(httpx.AsyncClient())
    with pytest.raises(TypeError, match="asyncio"):
        get_patient.sync(7, client=api)


def test_async_call_on_a_sync_only_client_is_a_type_error() -> None:
    api = Client(base_url=BASE_URL).set_httpx_client(httpx.Client())
    with pytest.raises(TypeError, match="sync"):
        asyncio.run(get_patient.asyncio(7, client=api))


def test_a_wrong_client_object_is_a_type_error_that_says_what_to_pass() -> None:
    with pytest.raises(TypeError, match="pracsuite_client.Client or a pracsuite.Client"):
        get_patient.sync(7, client=object())  # type: ignore[arg-type]


def test_a_string_where_a_list_is_expected_says_what_to_pass() -> None:
    from pracsuite_client.api.patient import list_patients

    client = _client(lambda r: httpx.Response(403, json=FORBIDDEN))
    with pytest.raises(TypeError, match=r"sort_by=\['surname'\]"):
        list_patients.sync(client=client, sort_by="surname")  # type: ignore[arg-type]


def test_a_required_enum_field_keeps_a_value_newer_than_the_client() -> None:
    # `code` is a required, non-nullable enum: the stock template raised TypeError here.
    from pracsuite_client.models import ErrorEnvelope

    envelope = ErrorEnvelope.from_dict(
        {"error": {"status": 400, "code": "NEW_RULE_BROKEN", "detail": "why"}, "request_id": "3f1c9a52-8d0e-4c57-9a43-1d5b2f0e7c11"}
    )
    assert envelope.error.code == "NEW_RULE_BROKEN"


@pytest.mark.parametrize(
    ("failure", "expected"),
    [(httpx.ConnectError, errors.APIConnectionError), (httpx.ReadTimeout, errors.APITimeoutError)],
)
def test_a_network_failure_is_a_pracsuite_error_too(failure, expected) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise failure("down", request=request)

    with pytest.raises(expected) as info:
        get_patient.sync(7, client=_client(handler))
    assert isinstance(info.value, errors.PracSuiteError)
    assert info.value.request is not None and info.value.request.url.path == "/v1/patient/7"
    assert isinstance(info.value.__cause__, failure)

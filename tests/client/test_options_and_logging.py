"""`with_options` copies, exceptions that carry the response, and PRACSUITE_LOG=debug."""

from __future__ import annotations

import contextlib
import logging

import httpx
import pytest
from client_support import envelope
from hypothesis import given
from hypothesis import strategies as st
from pracsuite_client.api.patient import get_patient, list_patients
from test_retry import PATIENT

import pracsuite
from pracsuite import _logs


def test_with_options_returns_a_configured_copy(make_client):
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(200, json=PATIENT))
    traced = client.with_options(timeout=2, extra_headers={"X-Trace": "t1"}, extra_query={"a": 1})
    get_patient.sync(1, client=traced)
    get_patient.sync(1, client=client)
    assert sent[0].headers["X-Trace"] == "t1" and sent[0].url.params["a"] == "1"
    assert sent[0].extensions["timeout"]["read"] == 2
    assert sent[0].headers["x-api-key"] == "vk-secret"  # keys and retries come along
    assert "X-Trace" not in sent[1].headers and "a" not in sent[1].url.params
    assert sent[1].extensions["timeout"]["read"] == 30
    assert isinstance(traced, pracsuite.Client) and traced is not client


def test_api_with_headers_keeps_keys_retries_and_typed_errors(make_client):
    # Regression: the generated with_headers() returned a client without keys, retries or
    # typed errors, and changed the shared client's headers.
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) == 1:
            return httpx.Response(503)
        return httpx.Response(403, json=envelope(403, "MISSING_AUTHENTICATION_TOKEN"))

    client = make_client(handler)
    with pytest.raises(pracsuite.PermissionDeniedError):
        get_patient.sync(1, client=client.api.with_headers({"X-Extra": "1"}))
    assert len(sent) == 2  # retried
    assert all(r.headers["A-api-key"] == "sk-secret" for r in sent)
    assert "X-Extra" not in client.api.get_httpx_client().headers


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, json=envelope(404, "NOT_FOUND")),
        httpx.Response(422, json=envelope(422, "INVALID_BODY")),
        httpx.Response(418, text="teapot"),
        httpx.Response(200, text="not json"),
        httpx.Response(200, json={"client_id": 1}),
    ],
)
def test_every_error_is_a_pracsuite_error_carrying_the_response(make_client, answer):
    client = make_client(lambda r: answer)
    with pytest.raises(pracsuite.PracSuiteError) as info:
        get_patient.sync(1, client=client)
    err = info.value
    assert isinstance(err.response, httpx.Response)  # type: ignore[attr-defined]
    assert err.response.status_code == answer.status_code  # type: ignore[attr-defined]
    assert err.body is not None  # type: ignore[attr-defined]


def test_debug_log_names_requests_and_redacts_keys_and_patient_values(make_client, caplog):
    client = make_client(lambda r: httpx.Response(200, json=PATIENT))
    # The answer is a patient, not a page: only the log line matters.
    with (
        caplog.at_level(logging.DEBUG, logger="pracsuite"),
        contextlib.suppress(pracsuite.PracSuiteError),
    ):
        list_patients.sync(client=client, q=["surname:eq:Lovelace"], page_size=5)
    assert "GET /v1/patient?page=1&page_size=5&q[]=*** -> 200 in" in caplog.text
    assert "Lovelace" not in caplog.text and "secret" not in caplog.text


def test_pracsuite_log_switches_on_a_stderr_handler(monkeypatch):
    logger = logging.getLogger("pracsuite")
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("PRACSUITE_LOG", "debug")
    pracsuite.Client(vendor_key="v", subscriber_key="s").close()
    assert logger.level == logging.DEBUG
    assert any(isinstance(h, logging.StreamHandler) for h in logger.handlers)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["q[]", "surname", "client_id", "page", "sort_by"]),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=4),
        ),
        max_size=5,
    )
)
def test_no_unsafe_query_value_reaches_a_log_line(params):
    request = httpx.Request("GET", "https://api.example.test/v1/patient", params=params)
    line = _logs.describe(request)
    shown = [
        f"{name}={value if name in ('page', 'sort_by') else '***'}"
        for name, value in request.url.params.multi_items()
    ]
    assert line == "GET /v1/patient" + ("?" + "&".join(shown) if shown else "")
    assert line.count("***") == sum(1 for name, _ in params if name not in ("page", "sort_by"))

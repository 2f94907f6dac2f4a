"""Retry timing and rules, with an injected sleep (nothing really waits)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from client_support import AsyncSleeps, envelope
from pracsuite_client.api.patient import create_patient, edit_patient, get_patient
from pracsuite_client.models.patient_create import PatientCreate
from pracsuite_client.models.patient_edit import PatientEdit

import pracsuite

# Every field of a patient is always present (null when empty), as the spec requires.
EMPTY_FIELDS = dict.fromkeys(
    [
        "title",
        "middle_name",
        "preferred_name",
        "date_of_birth",
        "email",
        "gender",
        "address_1",
        "address_2",
        "address_3",
        "address_4",
        "suburb",
        "address_state",
        "postcode",
        "country",
        "home_phone",
        "work_phone",
        "mobile",
        "fax",
        "preferred_phone",
        "file_no",
        "patient_notes",
        "patient_warnings",
        "fee_category",
        "fee_cat_id",
        "health_fund",
        "health_fund_member_no",
        "pension_no",
        "default_practitioner_business_id",
        "sex_id",
        "pronoun_id",
    ]
)
STAMPS = {"created": "2024-01-01T00:00:00.000000Z", "modified": "2024-01-01T00:00:00.000000Z"}

PATIENT = {
    **EMPTY_FIELDS,
    **STAMPS,
    "links": {"self": "https://api.example.test/v1/patient/1"},
    "client_id": 1,
    "tenant_id": 1,
    "first_name": "Alex",
    "surname": "Example",
    "accepted_privacy_policy": None,
    "time_zone": None,
}


def scripted(*answers):
    """A handler answering each request with the next of `answers` (a response or an exception
    class to raise), and counting calls."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = answers[min(len(calls), len(answers)) - 1]
        if isinstance(answer, type) and issubclass(answer, Exception):
            raise answer("scripted", request=request)
        return answer

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


def too_many(retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(429, json=envelope(429, "TOO_MANY_REQUESTS"), headers=headers)


def ok() -> httpx.Response:
    return httpx.Response(200, json=PATIENT)


def test_retry_after_is_honoured_with_full_jitter_on_top(make_client, sleeps):
    handler = scripted(too_many("3"), too_many("1.5"), ok())
    client = make_client(handler, pacing=pracsuite.Pacing(learn_rate=False))
    patient = get_patient.sync(client=client.api, client_id=1)
    assert patient.client_id == 1
    assert len(handler.calls) == 3
    # never less than Retry-After, and spread over as much again (clients must not retry together)
    assert len(sleeps) == 2 and 3.0 <= sleeps[0] <= 6.0 and 1.5 <= sleeps[1] <= 3.0


def test_backoff_is_exponential_with_bounded_jitter(make_client, sleeps):
    policy = pracsuite.RetryPolicy(max_attempts=5, wait_initial=1, wait_max=5, wait_jitter=0.25)
    handler = scripted(
        httpx.Response(503), httpx.Response(502), httpx.Response(504), too_many(), ok()
    )
    pacing = pracsuite.Pacing(learn_rate=False)  # the backoff alone
    get_patient.sync(
        client=make_client(handler, retry_policy=policy, pacing=pacing).api, client_id=1
    )
    assert len(sleeps) == 4
    for wait, base in zip(sleeps, [1, 2, 4, 5], strict=True):
        assert base <= wait <= min(5, base + 0.25)


def test_attempts_are_capped_and_last_error_raised(make_client, sleeps):
    handler = scripted(httpx.Response(503, json=envelope(503, "SERVER_ERROR")))
    client = make_client(handler, max_attempts=3)
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=client.api, client_id=1)
    assert len(handler.calls) == 3
    assert len(sleeps) == 2


def test_retry_after_beyond_the_time_budget_gives_up_at_once(make_client, sleeps):
    handler = scripted(too_many("120"), ok())
    client = make_client(handler, max_retry_time=30)
    with pytest.raises(pracsuite.RateLimitError) as info:
        get_patient.sync(client=client.api, client_id=1)
    assert info.value.retry_after == 120
    assert len(handler.calls) == 1
    assert sleeps == []


def test_non_retryable_status_is_not_retried(make_client, sleeps):
    handler = scripted(httpx.Response(501, json=envelope(501, "SERVER_ERROR")), ok())
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=make_client(handler).api, client_id=1)
    assert len(handler.calls) == 1


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError])
def test_get_is_retried_after_it_may_have_been_received(make_client, error):
    handler = scripted(error, ok())
    get_patient.sync(client=make_client(handler).api, client_id=1)
    assert len(handler.calls) == 2


def test_post_is_retried_when_it_never_left(make_client):
    handler = scripted(httpx.ConnectError, httpx.ConnectTimeout, httpx.Response(201, json=PATIENT))
    body = PatientCreate(first_name="Alex", surname="Example")
    created = create_patient.sync(client=make_client(handler).api, body=body)
    assert created.client_id == 1
    assert len(handler.calls) == 3
    assert handler.calls[-1].content == handler.calls[0].content


@pytest.mark.parametrize(
    "answer",
    [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.Response(503)],
)
def test_post_is_not_retried_once_the_server_may_have_it(make_client, answer):
    handler = scripted(answer, httpx.Response(201, json=PATIENT))
    body = PatientCreate(first_name="Alex", surname="Example")
    with pytest.raises(pracsuite.PracSuiteError):
        create_patient.sync(client=make_client(handler).api, body=body)
    assert len(handler.calls) == 1


def test_patch_is_not_retried_after_a_read_timeout(make_client):
    handler = scripted(httpx.ReadTimeout, ok())
    with pytest.raises(pracsuite.APITimeoutError):
        edit_patient.sync(
            client=make_client(handler).api, client_id=1, body=PatientEdit(first_name="Sam")
        )
    assert len(handler.calls) == 1


def test_retries_are_logged_without_keys(make_client, caplog):
    handler = scripted(too_many("0"), ok())
    with caplog.at_level("INFO", logger="pracsuite"):
        get_patient.sync(client=make_client(handler).api, client_id=1)
    assert "GET /v1/patient/1 failed (429)" in caplog.text
    assert "secret" not in caplog.text


def test_async_client_retries_with_injected_sleep():
    handler = scripted(too_many("2"), httpx.ConnectError, ok())
    sleeps = AsyncSleeps()

    async def main() -> None:
        async with pracsuite.AsyncClient(
            vendor_key="v",
            subscriber_key="s",
            base_url="https://api.example.test/v1",
            transport=httpx.MockTransport(handler),
            sleep=sleeps,
        ) as client:
            patient = await get_patient.asyncio(client=client.api, client_id=1)
            assert patient.client_id == 1

    asyncio.run(main())
    assert len(handler.calls) == 3
    assert 2.0 <= sleeps[0] <= 4.0


class DroppedBody(httpx.SyncByteStream):
    """Headers arrived, then the connection dropped half-way through the body."""

    def __iter__(self):
        yield b'{"trunc'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")


def test_a_connection_dropped_mid_body_is_retried(make_client):
    # Regression: the body was read after the retry transport returned, so the error escaped
    # as a raw httpx.RemoteProtocolError (mock: --faults, kind "drop").
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(200, stream=DroppedBody())
        return ok()

    patient = get_patient.sync(client=make_client(handler).api, client_id=1)
    assert patient.client_id == 1
    assert len(calls) == 2


def test_a_body_that_keeps_dropping_raises_api_connection_error(make_client):
    client = make_client(lambda r: httpx.Response(200, stream=DroppedBody()), max_attempts=2)
    with pytest.raises(pracsuite.APIConnectionError) as info:
        get_patient.sync(client=client.api, client_id=1)
    assert info.value.request is not None and info.value.request.url.path == "/v1/patient/1"
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_post_is_retried_after_429(make_client):
    # The spec's TooManyRequests assumption: a rate-limited request was not processed.
    handler = scripted(too_many("0"), httpx.Response(201, json=PATIENT))
    body = PatientCreate(first_name="Alex", surname="Example")
    assert create_patient.sync(client=make_client(handler).api, body=body).client_id == 1
    assert len(handler.calls) == 2


@pytest.mark.parametrize(("max_retries", "calls"), [(0, 1), (2, 3)])
def test_max_retries_per_call(make_client, max_retries, calls):
    handler = scripted(httpx.Response(503))
    client = make_client(handler, max_attempts=4)
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=client.api, client_id=1, max_retries=max_retries)
    assert len(handler.calls) == calls
    handler.calls.clear()
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=client.with_options(max_retries=max_retries).api, client_id=1)
    assert len(handler.calls) == calls


def test_time_budget_counts_the_first_attempt(make_client, sleeps):
    # The first attempt (sent before any retry machinery is set up) takes 0.3 s of the 0.5 s
    # budget, so a 0.3 s wait would end past it: give up at once rather than retry.
    import time

    answers = iter([httpx.Response(503), ok()])

    def slow_first(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer.status_code == 503:
            time.sleep(0.3)
        return answer

    policy = pracsuite.RetryPolicy(max_time=0.5, wait_initial=0.3, wait_jitter=0)
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=make_client(slow_first, retry_policy=policy).api, client_id=1)
    assert sleeps == []


def test_a_first_attempt_that_needs_no_retry_never_sets_up_tenacity(make_client, monkeypatch):
    import tenacity

    def no_tenacity(*args, **kwargs):
        raise AssertionError("tenacity was set up for a call that needed no retry")

    monkeypatch.setattr(tenacity, "Retrying", no_tenacity)
    handler = scripted(ok())
    assert get_patient.sync(client=make_client(handler).api, client_id=1).client_id == 1
    handler = scripted(httpx.Response(501, json=envelope(501, "SERVER_ERROR")))
    with pytest.raises(pracsuite.ServerError):
        get_patient.sync(client=make_client(handler).api, client_id=1)

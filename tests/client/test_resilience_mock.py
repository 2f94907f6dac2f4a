"""Retries against the mock's `--rate-limit` and `--faults`: nothing lost, nothing duplicated;
and a POST whose answer was lost is not sent again."""

from __future__ import annotations

import httpx
import pytest
from client_support import CLINIC_1, VENDOR, Counting
from pracsuite_client.api.patient import create_patient, list_patients
from pracsuite_client.models.patient_create import PatientCreate

import pracsuite

pytestmark = pytest.mark.http


def all_ids(client: pracsuite.Client, page_size: int) -> list[int]:
    pages = client.paginate(list_patients, items=lambda p: p.patients, page_size=page_size)
    return [p.client_id for p in pages]


@pytest.fixture(scope="module")
def truth(mock_url: str) -> list[int]:
    with pracsuite.Client(vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url) as c:
        return all_ids(c, 100)


def test_rate_limited_listing_is_complete(serve, truth):
    url = serve("--rate-limit", "20/s")
    counter = Counting()
    with pracsuite.Client(
        vendor_key=VENDOR,
        subscriber_key=CLINIC_1,
        base_url=url,
        transport=counter,
        max_attempts=10,
    ) as client:
        got = all_ids(client, 1)  # one request per patient: well over the burst
    assert got == truth
    assert 429 in counter.statuses  # the limit was hit, and retried through


def test_faulty_server_listing_is_complete(serve, truth):
    url = serve("--faults", "0.3")
    counter = Counting()
    waits: list[float] = []
    with pracsuite.Client(
        vendor_key=VENDOR,
        subscriber_key=CLINIC_1,
        base_url=url,
        transport=counter,
        max_attempts=12,
        sleep=waits.append,  # faults are random per request, not timed: no need to wait
    ) as client:
        got = all_ids(client, 3)
    assert got == truth
    failures = [s for s in counter.statuses if s != 200]
    assert failures, "the fault injector never fired"
    assert len(waits) == len(failures)


def test_post_whose_answer_is_lost_is_not_resent(mock_url):
    class LoseAnswer(Counting):
        """The server gets the request and answers; the answer never reaches the client."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            if request.method == "POST":
                response.read()
                raise httpx.ReadTimeout("answer lost", request=request)
            return response

    counter = LoseAnswer()
    with pracsuite.Client(
        vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url, transport=counter
    ) as client:
        before = list_patients.sync(client=client.api, page_size=1).total_entries
        with pytest.raises(pracsuite.APITimeoutError):
            create_patient.sync(
                client=client.api, body=PatientCreate(first_name="Once", surname="Only")
            )
        after = list_patients.sync(client=client.api, page_size=1).total_entries
    assert [r.method for r in counter.requests].count("POST") == 1
    assert after == before + 1  # created exactly once


@pytest.mark.parametrize("rate", ["0.3", "0.5"])
def test_dropped_connections_mid_answer_are_retried_sync_and_async(serve, rate, caplog):
    # Regression (issue: --seed 11 --faults 0.5 leaked httpx.RemoteProtocolError): the mock's
    # "drop" fault sends the headers and half a body, then closes the connection.
    import asyncio

    truth_url = serve("--seed", "11")
    faulty_url = serve("--seed", "11", "--faults", rate)
    with pracsuite.Client(vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=truth_url) as c:
        truth = all_ids(c, 100)
    with (
        caplog.at_level("DEBUG", logger="pracsuite"),
        pracsuite.Client(
            vendor_key=VENDOR,
            subscriber_key=CLINIC_1,
            base_url=faulty_url,
            max_attempts=20,
            sleep=lambda s: None,
        ) as client,
    ):
        assert all_ids(client, 5) == truth
    assert "-> RemoteProtocolError" in caplog.text, "no connection was dropped mid-answer"

    async def walk() -> list[int]:
        async def no_wait(seconds: float) -> None:
            return None

        async with pracsuite.AsyncClient(
            vendor_key=VENDOR,
            subscriber_key=CLINIC_1,
            base_url=faulty_url,
            max_attempts=20,
            sleep=no_wait,
        ) as client:
            pages = client.paginate(list_patients, items=lambda p: p.patients, page_size=5)
            return [p.client_id async for p in pages]

    assert asyncio.run(walk()) == truth

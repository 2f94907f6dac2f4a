"""Client-wide pacing (`pracsuite._pacing`): a 429 pauses everyone and teaches a rate; the rate
and the in-flight bound hold across threads."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from pracsuite_client.api.patient import get_patient
from test_retry import PATIENT

import pracsuite
from pracsuite._pacing import Pacer


def test_a_429_pauses_every_other_request_until_retry_after():
    pacer = Pacer(pracsuite.Pacing(learn_rate=False))
    assert pacer.reserve() == 0.0
    pacer.throttled(2.0)
    assert 1.9 < pacer.reserve() <= 2.0  # a new request waits out the pause
    assert pacer.reserve(retry=True) == 0.0  # a retry has waited its own Retry-After + jitter


def test_without_a_set_rate_a_429_teaches_one_and_later_429s_lower_it():
    pacer = Pacer(pracsuite.Pacing())
    for _ in range(10):
        pacer.reserve()
    assert pacer.rate is None  # never slowed before a 429
    pacer.throttled(0.0)
    assert pacer.rate == 5.0  # half of the ten started in the last second
    pacer.throttled(0.0)
    assert pacer.rate == 3.75


def test_a_set_rate_spaces_the_starts_and_is_kept():
    pacer = Pacer(pracsuite.Pacing(requests_per_second=4))
    waits = [pacer.reserve() for _ in range(4)]
    assert waits[0] == 0.0
    assert waits[3] == pytest.approx(0.75, abs=0.01)
    pacer.throttled(0.0)
    assert pacer.rate == 4


def test_at_most_max_in_flight_requests_are_sent_at_once():
    lock = threading.Lock()
    now = [0, 0]  # in flight, most seen

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            now[0] += 1
            now[1] = max(now[1], now[0])
        time.sleep(0.02)
        with lock:
            now[0] -= 1
        return httpx.Response(200, json=PATIENT)

    with pracsuite.Client(
        vendor_key="v",
        subscriber_key="s",
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(handler),
        max_in_flight=2,
    ) as client:
        got: list[int] = []

        def call() -> None:
            got.append(get_patient.sync(1, client=client).client_id)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert now[1] == 2 and got == [1] * 8


def test_pacing_is_validated():
    with pytest.raises(ValueError):
        pracsuite.Pacing(requests_per_second=0)
    with pytest.raises(ValueError):
        pracsuite.Pacing(max_in_flight=0)


def test_async_tasks_share_the_bound_and_a_client_outlives_its_event_loop():
    import asyncio

    now = [0, 0]

    async def handler(request: httpx.Request) -> httpx.Response:
        now[0] += 1
        now[1] = max(now[1], now[0])
        await asyncio.sleep(0.01)
        now[0] -= 1
        return httpx.Response(200, json=PATIENT)

    client = pracsuite.AsyncClient(
        vendor_key="v",
        subscriber_key="s",
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(handler),
        max_in_flight=3,
    )

    async def burst() -> list[int]:
        found = await asyncio.gather(*(client.patients.retrieve(1) for _ in range(10)))
        return [p.client_id for p in found]

    assert asyncio.run(burst()) == [1] * 10
    assert asyncio.run(burst()) == [1] * 10  # a new loop gets its own semaphore
    assert now[1] == 3

"""Both API keys reach the wire when given once, as the Client's default headers."""

from __future__ import annotations

import asyncio

import httpx
from pracsuite_client import Client
from generated_support import EMPTY_PAGE
from pracsuite_client.api.reschedule_reason import list_reschedule_reasons


def test_sync_call_sends_both_keys(client: Client, recorded: list[httpx.Request]) -> None:
    list_reschedule_reasons.sync(client=client)
    assert recorded[0].headers["x-api-key"] == "vendor-key"
    assert recorded[0].headers["A-api-key"] == "subscriber-key"


def test_async_call_sends_both_keys(recorded: list[httpx.Request]) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        recorded.append(request)
        return httpx.Response(200, json=EMPTY_PAGE)

    client = Client(
        base_url="https://api.pracsuite.com/v1",
        headers={"x-api-key": "vendor-key", "A-api-key": "subscriber-key"},
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    asyncio.run(list_reschedule_reasons.asyncio_detailed(client=client))
    assert recorded[0].headers["x-api-key"] == "vendor-key"
    assert recorded[0].headers["A-api-key"] == "subscriber-key"

"""Common mistakes are accepted when the intent is clear, or refused at once with a message
that says what to pass (never a raw AttributeError / TypeError from deep inside)."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest
from pracsuite_client.api.patient import get_patient, list_patients
from test_retry import PATIENT

import pracsuite


def test_the_friendly_client_itself_is_accepted_as_client(make_client):
    client = make_client(lambda r: httpx.Response(200, json=PATIENT))
    assert get_patient.sync(1, client=client).client_id == 1


def test_paginate_refuses_a_single_record_operation_at_once(make_client):
    client = make_client(lambda r: httpx.Response(200, json=PATIENT))
    with pytest.raises(TypeError, match=r"list operation.*get_patient has no page_size"):
        client.paginate(get_patient)  # type: ignore[arg-type]


def test_sort_by_as_a_string_says_to_pass_a_list(make_client):
    client = make_client(lambda r: httpx.Response(200, json=PATIENT))
    with pytest.raises(TypeError, match=r"sort_by=\['surname'\]"):
        list(client.paginate(list_patients, sort_by="surname"))


def test_iso_strings_are_accepted_as_dates(make_client):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        links = {"self": str(request.url), "previous": None, "next": None}
        body = {"available_times": [], "total_entries": 0, "links": links}
        return httpx.Response(200, json=body)

    client = make_client(handler)
    assert client.find_available_times(1, "2026-01-01", dt.date(2026, 1, 9)) == []
    assert [(r.url.params["from"], r.url.params["to"]) for r in seen] == [
        ("2026-01-01", "2026-01-07"),
        ("2026-01-08", "2026-01-09"),
    ]


def test_a_date_that_is_not_iso_says_what_to_pass(make_client):
    client = make_client(lambda r: httpx.Response(500))
    with pytest.raises(TypeError, match="ISO date string like '2026-01-05'"):
        client.find_available_times(1, "01/02/2026", "2026-01-09")


def test_sync_call_with_the_async_client_is_a_type_error_before_any_request():
    sent: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=PATIENT)

    client = pracsuite.AsyncClient(
        vendor_key="v", subscriber_key="s", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(TypeError, match="asyncio"):
        get_patient.sync(1, client=client.api)
    assert sent == []


def test_async_call_with_the_sync_client_is_a_type_error_before_any_request(make_client):
    sent: list[httpx.Request] = []
    client = make_client(lambda r: sent.append(r) or httpx.Response(200, json=PATIENT))
    with pytest.raises(TypeError, match="sync"):
        asyncio.run(get_patient.asyncio(1, client=client.api))
    assert sent == []

"""Pagination mechanics over a MockTransport: link following, de-dup, keyset, safety guards."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from pracsuite_client.api.patient import list_patients
from pracsuite_client.api.reschedule_reason import list_reschedule_reasons
from test_retry import EMPTY_FIELDS, STAMPS

import pracsuite

BASE = "https://api.example.test/v1"


def reason(i: int) -> dict[str, object]:
    return {
        "tenant_id": 1,
        "appointment_reschedule_reason_id": i,
        "reason": f"r{i}",
        "row_num": i,
        "total_rows": 0,
    }


def patient(i: int) -> dict[str, object]:
    return {
        **EMPTY_FIELDS,
        **STAMPS,
        "links": {"self": f"{BASE}/patient/{i}"},
        "client_id": i,
        "tenant_id": 1,
        "first_name": "A",
        "surname": f"S{i}",
        "accepted_privacy_policy": None,
        "time_zone": None,
        "row_num": i,
        "total_rows": 0,
    }


def paged(
    records: list[int],
    *,
    next_origin: str = BASE,
    keyset_field: str | None = None,
    patients: bool = False,
):
    """A list endpoint over `records` (ids), honouring page/page_size and `<id>:gt:` filters."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        query = parse_qs(urlsplit(str(request.url)).query)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("page_size", ["50"])[0])
        rows = list(records)
        for entry in query.get("q[]", []):
            field, op, value = entry.split(":", 2)
            assert (field, op) == (keyset_field, "gt")
            rows = [r for r in rows if r > int(value)]
        chunk = rows[(page - 1) * size : page * size]
        more = page * size < len(rows)
        body = {
            ("patients" if patients else "appointment_reschedule_reasons"): [
                (patient if patients else reason)(i) for i in chunk
            ],
            "total_entries": len(rows),
            "links": {
                "self": f"{BASE}/reschedule_reason?page={page}&page_size={size}",
                "previous": None,
                "next": f"{next_origin}/reschedule_reason?page={page + 1}&page_size={size}"
                if more
                else None,
            },
        }
        return httpx.Response(200, json=body)

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


def ids(items) -> list[int]:
    return [r.appointment_reschedule_reason_id for r in items]


def test_follows_links_lazily(make_client):
    handler = paged(list(range(1, 8)))
    client = make_client(handler)
    it = client.paginate(list_reschedule_reasons, page_size=3)
    assert handler.calls == []  # nothing fetched before iteration
    assert next(it).appointment_reschedule_reason_id == 1
    assert len(handler.calls) == 1
    assert ids(it) == [2, 3, 4, 5, 6, 7]
    assert len(handler.calls) == 3
    assert all(r.headers["x-api-key"] == "vk-secret" for r in handler.calls)


def test_items_callable_and_function_endpoint(make_client):
    client = make_client(paged([1, 2, 3]))
    got = client.paginate(
        list_reschedule_reasons.sync_detailed,
        items=lambda page: page.appointment_reschedule_reasons,
        page_size=2,
    )
    assert ids(got) == [1, 2, 3]


def test_id_field_drops_records_shifted_onto_the_next_page(make_client):
    records = [1, 2, 3, 4, 5]
    inner = paged(records)

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if len(inner.calls) == 1:
            records.insert(0, 0)  # inserted before the cursor, after page 1 was served
        return response

    client = make_client(handler)
    assert ids(client.paginate(list_reschedule_reasons, page_size=2)) == [1, 2, 2, 3, 4, 5]
    records.remove(0)
    inner.calls.clear()
    got = client.paginate(
        list_reschedule_reasons, page_size=2, id_field="appointment_reschedule_reason_id"
    )
    assert ids(got) == [1, 2, 3, 4, 5]


def test_keyset_is_immune_to_deletes_before_the_cursor(make_client):
    records = list(range(1, 8))
    inner = paged(records, keyset_field="client_id", patients=True)

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if len(inner.calls) == 1:
            records.remove(1)  # deleted behind the cursor: page mode would skip a record
        return response

    client = make_client(handler)
    got = client.paginate(
        list_patients,
        items=lambda page: page.patients,
        page_size=3,
        id_field="client_id",
        keyset=True,
        sort_by=["client_id"],
    )
    assert [p.client_id for p in got] == [1, 2, 3, 4, 5, 6, 7]
    queries = [parse_qs(urlsplit(str(r.url)).query) for r in inner.calls]
    assert [q.get("q[]") for q in queries] == [None, ["client_id:gt:3"], ["client_id:gt:6"]]
    assert all(q["page"] == ["1"] for q in queries)


def test_keyset_refuses_another_sort(make_client):
    client = make_client(paged([1]))
    with pytest.raises(ValueError):
        list(
            client.paginate(
                list_patients,
                id_field="client_id",
                keyset=True,
                sort_by=["surname"],
            )
        )


def test_never_sends_keys_to_another_origin(make_client):
    client = make_client(paged([1, 2, 3], next_origin="https://evil.example/v1"))
    with pytest.raises(pracsuite.PracSuiteError, match="outside"):
        list(client.paginate(list_reschedule_reasons, page_size=2))


def test_async_paginate():
    handler = paged(list(range(1, 6)))

    async def main() -> list[int]:
        async with pracsuite.AsyncClient(
            vendor_key="v",
            subscriber_key="s",
            base_url=BASE,
            transport=httpx.MockTransport(handler),
        ) as client:
            pages = client.paginate(
                list_reschedule_reasons,
                items=lambda p: p.appointment_reschedule_reasons,
                page_size=2,
            )
            return [r.appointment_reschedule_reason_id async for r in pages]

    assert asyncio.run(main()) == [1, 2, 3, 4, 5]
    assert len(handler.calls) == 3

"""The generated resource surface: one method per operation, sync and async, lazy paginators,
204 answers None, configured copies send through their own options."""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_pagination_unit import BASE, patient
from test_retry import PATIENT

import pracsuite
import pracsuite_spec
from pracsuite.resources import RESOURCES


def test_every_operation_is_a_resource_method_sync_and_async():
    with pracsuite.Client(vendor_key="v", subscriber_key="s") as client:
        aclient = pracsuite.AsyncClient(vendor_key="v", subscriber_key="s")
        for op in pracsuite_spec.load().operations:
            resource, verb = op.sdk_method
            assert resource in RESOURCES
            sync = getattr(getattr(client, resource), verb)
            asynchronous = getattr(getattr(aclient, resource), verb)
            if op.listing is None:
                assert inspect.iscoroutinefunction(asynchronous), op.operation_id
                assert not inspect.iscoroutinefunction(sync), op.operation_id


def test_resource_names_follow_tags_and_meaningful_verbs():
    spec = pracsuite_spec.load()
    assert spec.operation("removeAppointment").sdk_method == ("appointments", "cancel")
    assert spec.operation("listAppointmentsByPatient").sdk_method == (
        "appointments",
        "list_by_patient",
    )
    assert spec.operation("editPatient").sdk_method == ("patients", "update")
    assert spec.operation("getPatient").sdk_method == ("patients", "retrieve")
    assert spec.operation("addGroupAppointmentMember").sdk_method == (
        "group_appointments",
        "add_member",
    )


def _pages(total: int, size: int):
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        number = int(request.url.params.get("page", "1"))
        items = [patient(i) for i in range((number - 1) * size + 1, min(total, number * size) + 1)]
        more = number * size < total
        nxt = f"{BASE}/patient?page={number + 1}&page_size={size}" if more else None
        body = {
            "patients": items,
            "total_entries": total,
            "links": {"self": str(request.url), "previous": None, "next": nxt},
        }
        return httpx.Response(200, json=body)

    return handler, calls


def _client(handler) -> pracsuite.Client:
    return pracsuite.Client(
        vendor_key="v", subscriber_key="s", base_url=BASE, transport=httpx.MockTransport(handler)
    )


def test_list_is_lazy_and_stops_when_the_caller_stops():
    handler, calls = _pages(total=7, size=3)
    with _client(handler) as client:
        listing = client.patients.list(page_size=3, sort_by=["surname"])
        assert calls == []  # nothing sent until iterated
        first = next(iter(listing))
        assert first.client_id == 1 and len(calls) == 1
        assert json.loads(calls[0].url.params["sort_by"]) == ["surname"]
        assert [p.client_id for p in listing] == list(range(1, 8))
        assert [len(page) for page in listing.pages()] == [3, 3, 1]
        assert listing.first_page().total_entries == 7
        assert listing.first() is not None


def test_async_list_is_an_async_iterator():
    handler, _ = _pages(total=5, size=2)

    async def main() -> list[int]:
        async with pracsuite.AsyncClient(
            vendor_key="v",
            subscriber_key="s",
            base_url=BASE,
            transport=httpx.MockTransport(handler),
        ) as client:
            ids = [p.client_id async for p in client.patients.list(page_size=2)]
            first = await client.patients.list(page_size=2).first()
            assert first is not None and first.client_id == 1
            return ids

    assert asyncio.run(main()) == [1, 2, 3, 4, 5]


def test_create_sends_keyword_fields_as_the_body_and_a_204_answers_none():
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/cancel"):
            return httpx.Response(204)
        return httpx.Response(201, json=PATIENT)

    with _client(handler) as client:
        created = client.patients.create(first_name="Alex", surname="Example", email="a@x.test")
        assert created.client_id == 1
        assert json.loads(sent[0].content) == {
            "first_name": "Alex",
            "surname": "Example",
            "email": "a@x.test",
        }
        assert client.appointments.cancel(5, reason="ill") is None
        assert sent[1].url.path == "/v1/appointment/5/cancel"
        assert json.loads(sent[1].content)["reason"] == "ill"


def test_a_configured_copy_has_its_own_resources():
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("x-trace"))
        return httpx.Response(200, json=PATIENT)

    with _client(handler) as client:
        client.patients.retrieve(1)
        traced = client.with_options(extra_headers={"x-trace": "t1"})
        traced.patients.retrieve(1)
        client.patients.retrieve(1)
        assert traced.patients is not client.patients
    assert seen == [None, "t1", None]


def test_misuse_fails_before_sending():
    with _client(lambda r: httpx.Response(200, json=PATIENT)) as client, pytest.raises(TypeError):
        client.patients.list(sort_by="surname").first()  # type: ignore[arg-type]


def test_local_date_times_take_a_naive_datetime_and_refuse_an_aware_one():
    from datetime import UTC, datetime

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"error": {"status": 400, "code": "INVALID_PARAMS"}})

    with _client(handler) as client:
        with pytest.raises(pracsuite.InvalidParamsError):
            client.appointments.update(1, app_time=datetime(2026, 3, 2, 9, 30, 0, 5))
        assert json.loads(sent[0].content) == {"app_time": "2026-03-02T09:30:00"}
        with pytest.raises(ValueError, match="naive"):
            client.appointments.update(1, app_time=datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert pracsuite.local_datetime("2026-03-02T09:30:00") == datetime(2026, 3, 2, 9, 30)


def test_the_committed_resources_equal_a_fresh_generation():
    gen: Any = _generator()
    assert gen.main(["--check"]) == 0


def _generator() -> object:
    import importlib.util

    # Not `from client_support import ROOT`: with every test folder in one run, `conftest` may be
    # another folder's.
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("gen", root / "scripts" / "generate_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_client_window_is_the_specs_at_generation_time():
    from pracsuite import _availability, _spec_constants

    gen: Any = _generator()
    document = pracsuite_spec.load().document
    days = pracsuite_spec.load().date_window_days
    assert _availability.MAX_DAYS == _spec_constants.AVAILABILITY_MAX_DAYS == days
    widened = json.loads(json.dumps(document))
    for item in widened["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-date-window" in operation:
                operation["x-date-window"]["max_days"] = 14
    text = gen.render_constants(pracsuite_spec.Spec(widened))
    assert "AVAILABILITY_MAX_DAYS = 14\n" in text
    # --check compares this file too, so a spec change not regenerated fails it
    assert gen.render_constants(pracsuite_spec.load()) == gen.CONSTANTS.read_text(encoding="utf-8")
    assert gen.CONSTANTS in gen.generate()

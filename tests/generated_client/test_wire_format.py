"""What the generated client puts in the query string, recorded through an httpx.MockTransport."""

from __future__ import annotations

import datetime
from typing import get_args

import httpx
import pytest
from pracsuite_client import Client, errors
from pracsuite_client.api.available_appointment import list_available_appointments
from pracsuite_client.api.reschedule_reason import list_reschedule_reasons
from pracsuite_client.models import (
    ListRescheduleReasonsResponse200,
    ListRescheduleReasonsSortByItem,
)

SortBy = ListRescheduleReasonsSortByItem
BOTH_FIELDS: list[SortBy] = ["appointment_reschedule_reason_id", "reason"]


def test_sort_by_is_one_compact_json_value(client: Client, recorded: list[httpx.Request]) -> None:
    list_reschedule_reasons.sync(client=client, sort_by=BOTH_FIELDS)
    assert (
        b"sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
        in recorded[0].url.query
    )
    assert recorded[0].url.params["sort_by"] == '["appointment_reschedule_reason_id","reason"]'


def test_sort_by_items_are_the_spec_enum(client: Client, recorded: list[httpx.Request]) -> None:
    assert set(get_args(SortBy)) == {"appointment_reschedule_reason_id", "reason"}
    list_reschedule_reasons.sync(client=client, sort_by=["reason"])
    assert recorded[0].url.params["sort_by"] == '["reason"]'


def test_filters_repeat_q_brackets(client: Client, recorded: list[httpx.Request]) -> None:
    list_reschedule_reasons.sync(client=client, q=["reason:contains:unwell", "reason:ne:Other"])
    assert recorded[0].url.query == (
        b"page=1&page_size=50&q%5B%5D=reason%3Acontains%3Aunwell&q%5B%5D=reason%3Ane%3AOther"
    )


def test_the_whole_request(client: Client, recorded: list[httpx.Request]) -> None:
    result = list_reschedule_reasons.sync(
        client=client, page=2, page_size=10, sort_by=BOTH_FIELDS, q=["reason:eq:a", "reason:eq:b"]
    )
    assert isinstance(result, ListRescheduleReasonsResponse200)
    assert recorded[0].method == "GET"
    assert str(recorded[0].url) == (
        "https://api.pracsuite.com/v1/reschedule_reason?page=2&page_size=10"
        "&sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
        "&q%5B%5D=reason%3Aeq%3Aa&q%5B%5D=reason%3Aeq%3Ab"
    )


def test_omitted_sort_by_and_q_are_not_sent(client: Client, recorded: list[httpx.Request]) -> None:
    list_reschedule_reasons.sync(client=client)
    assert recorded[0].url.query == b"page=1&page_size=50"


def test_unexploded_arrays_are_one_comma_separated_value(
    client: Client, recorded: list[httpx.Request]
) -> None:
    with pytest.raises(errors.PermissionDeniedError):  # the fixture answers 403 here
        list_available_appointments.sync(
            client=client,
            from_=datetime.date(2026, 1, 5),
            to=datetime.date(2026, 1, 9),
            appointment_type_id=3,
            business_ids=[1, 2],
            practitioner_ids=[7],
        )
    query = recorded[0].url.query
    assert b"business_ids=1%2C2" in query
    assert b"practitioner_ids=7" in query
    assert b"from=2026-01-05&to=2026-01-09" in query

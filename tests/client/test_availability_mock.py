"""A 30-day availability search equals the union of hand-made searches of at most 7 days."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from client_support import CLINIC_1, VENDOR
from pracsuite_client.api.available_appointment import list_available_appointments

import pracsuite

pytestmark = pytest.mark.http

START = date(2026, 3, 1)
END = START + timedelta(days=29)  # 30 days, inclusive
# Deliberately not the client's own split (7, 7, 7, 7, 2): 2 + 7 + 7 + 7 + 7 days.
HAND_MADE = [
    (date(2026, 3, 1), date(2026, 3, 2)),
    (date(2026, 3, 3), date(2026, 3, 9)),
    (date(2026, 3, 10), date(2026, 3, 16)),
    (date(2026, 3, 17), date(2026, 3, 23)),
    (date(2026, 3, 24), date(2026, 3, 30)),
]


def hand_made_search(client: pracsuite.Client, first: date, last: date, **filters) -> set:
    """Page by page with the generated function, no helper: the reference answer."""
    found = set()
    page = 1
    while True:
        answer = list_available_appointments.sync(
            client=client.api,
            from_=first,
            to=last,
            appointment_type_id=1,
            page=page,
            page_size=100,
            **filters,
        )
        found |= {(s.app_time, s.practitioner_business_id) for s in answer.available_times}
        if answer.links.next_ is None:
            return found
        page += 1


def keys(slots) -> list[tuple[str, int]]:
    return [(s.app_time, s.practitioner_business_id) for s in slots]


@pytest.mark.parametrize("filters", [{}, {"online": True, "business_ids": [1, 2]}])
def test_thirty_days_is_the_union_of_week_searches(mock_client, filters):
    expected: set = set()
    for first, last in HAND_MADE:
        expected |= hand_made_search(mock_client, first, last, **filters)
    assert expected, "the mock has no availability in the test range"

    found = mock_client.find_available_times(1, START, END, **filters)
    assert keys(found) == sorted(expected)  # same set, no duplicates, in order
    assert all(START <= s.app_time.date() <= END for s in found)


def test_async_search_equals_sync(mock_url, mock_client):
    sync_found = mock_client.find_available_times(1, START, END, practitioner_ids=[1, 2])

    async def main():
        async with pracsuite.AsyncClient(
            vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url, max_concurrency=2
        ) as client:
            return await client.find_available_times(1, START, END, practitioner_ids=[1, 2])

    async_found = asyncio.run(main())
    assert keys(async_found) == keys(sync_found)
    assert sync_found


def test_one_day_range(mock_client):
    day = date(2026, 3, 4)
    found = mock_client.find_available_times(1, day, day)
    assert found == sorted(found, key=lambda s: (s.app_time, s.practitioner_business_id))
    assert {s.app_time.date() for s in found} <= {date(2026, 3, 4)}

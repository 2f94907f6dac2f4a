"""Splitting a date range into the API's 7-day windows, and merging what they answer."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pracsuite_client.models.available_appointment import AvailableAppointment

from pracsuite._availability import merge, search_params, windows


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 400))
def test_windows_cover_the_range_exactly_once(start, extra_days):
    end = start + timedelta(days=extra_days)
    parts = windows(start, end)
    assert parts[0][0] == start and parts[-1][1] == end
    for (_, last), (next_first, _) in itertools.pairwise(parts):
        assert next_first == last + timedelta(days=1)
    for first, last in parts:
        assert 0 <= (last - first).days <= 6


def test_thirty_days_is_five_windows():
    parts = windows(date(2026, 3, 1), date(2026, 3, 30))
    assert [(a.day, b.day) for a, b in parts] == [(1, 7), (8, 14), (15, 21), (22, 28), (29, 30)]


def test_end_before_start_is_refused():
    with pytest.raises(ValueError):
        windows(date(2026, 1, 2), date(2026, 1, 1))


def slot(app_time: str, pb: int) -> AvailableAppointment:
    return AvailableAppointment.from_dict(
        {
            "app_time": app_time,
            "column_number": 1,
            "item_id": None,
            "item_group_id": None,
            "hourly_billing": False,
            "ndis_claim_type": None,
            "ndis_cancellation_reason": None,
            "appointment_type_id": 1,
            "practitioner_business_id": pb,
            "practitioner_id": pb,
            "business_id": 1,
            "profession_id": 1,
            "width": 1,
            "duration": 30,
            "resource_ids": [],
            "practitioner_name": "Sam Example",
        }
    )


def test_merge_dedupes_and_orders():
    merged = merge(
        [
            slot("2026-01-02T09:00:00", 2),
            slot("2026-01-01T09:00:00", 1),
            slot("2026-01-02T09:00:00", 2),
            slot("2026-01-02T09:00:00", 1),
        ]
    )
    assert [(s.app_time.isoformat(), s.practitioner_business_id) for s in merged] == [
        ("2026-01-01T09:00:00", 1),
        ("2026-01-02T09:00:00", 1),
        ("2026-01-02T09:00:00", 2),
    ]


def test_account_needs_client():
    with pytest.raises(ValueError):
        search_params(
            1,
            business_ids=None,
            practitioner_ids=None,
            profession_ids=None,
            resource_ids=None,
            client_id=None,
            account_id=3,
            manual=None,
            online=None,
            waiting_list=None,
        )

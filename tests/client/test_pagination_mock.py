"""Pagination against the mock over real HTTP: every page size edge gives the same listing."""

from __future__ import annotations

import math

import pytest
from client_support import CLINIC_1, VENDOR, Counting
from pracsuite_client.api.patient import create_patient, list_patients
from pracsuite_client.api.reschedule_reason import list_reschedule_reasons
from pracsuite_client.models.patient_create import PatientCreate

import pracsuite
from pracsuite import F

pytestmark = pytest.mark.http


def listing(client: pracsuite.Client, page_size: int, **params) -> list[int]:
    patients = client.paginate(
        list_patients, items=lambda page: page.patients, page_size=page_size, **params
    )
    return [p.client_id for p in patients]


def test_page_size_edges(mock_url):
    counter = Counting()
    with pracsuite.Client(
        vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url, transport=counter
    ) as client:
        first = list_patients.sync(client=client.api, page_size=1)
        total = first.total_entries
        assert 3 <= total < 100
        if total % 3:  # make the total a multiple of 3, for the "exact multiple" case
            for _ in range(3 - total % 3):
                create_patient.sync(
                    client=client.api, body=PatientCreate(first_name="Pad", surname="Ding")
                )
            total += 3 - total % 3
        truth = listing(client, 100)
        assert len(truth) == len(set(truth)) == total

        exact = total // 3  # three full pages
        for size in (1, 100, exact):
            counter.requests.clear()
            assert listing(client, size) == truth, size
            assert len(counter.requests) == math.ceil(total / size)

        created = create_patient.sync(
            client=client.api, body=PatientCreate(first_name="One", surname="More")
        )
        truth.append(created.client_id)
        counter.requests.clear()
        assert listing(client, exact) == truth  # one more than a multiple: a last page of 1
        assert len(counter.requests) == 4


def test_sort_and_filters_travel_to_every_page(mock_client):
    everyone = list(mock_client.paginate(list_patients, items=lambda p: p.patients))
    wanted = sorted(
        (p for p in everyone if "a" in p.surname.lower()), key=lambda p: (p.surname, p.client_id)
    )
    got = list(
        mock_client.paginate(
            list_patients,
            items=lambda p: p.patients,
            page_size=3,
            sort_by=["surname", "client_id"],
            q=[F("surname").contains("A")],
        )
    )
    assert [p.client_id for p in got] == [p.client_id for p in wanted]
    assert len(wanted) > 6  # at least three pages


def test_items_found_without_items_argument(mock_client):
    reasons = list(mock_client.paginate(list_reschedule_reasons, page_size=2))
    ids = [r.appointment_reschedule_reason_id for r in reasons]
    assert len(ids) == len(set(ids)) >= 5
    assert ids == sorted(ids)


def test_async_paginate_matches_sync(mock_url, mock_client):
    import asyncio

    truth = listing(mock_client, 100)

    async def main() -> list[int]:
        async with pracsuite.AsyncClient(
            vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=mock_url
        ) as client:
            pages = client.paginate(list_patients, items=lambda p: p.patients, page_size=7)
            return [p.client_id async for p in pages]

    assert asyncio.run(main()) == truth

"""Write-then-read workflows: what a write promises is visible to the reads after it.

- booking an offered time takes it out of availability; cancelling the booking puts it back;
- a booking takes exactly the practitioner's times that overlap it, and its neighbours that
  touch it (ending at its start, starting at its end) stay offered;
- a cancel with an empty body is recorded as a cancellation (`record_as_cancelled` defaults to
  true): the appointment appears under Cancelled Appointments;
- a reservation takes the time too, and removing it frees it;
- documented defaults and values of write bodies are stored as sent (`accepted_privacy_policy:
  false` reads back false, not null);
- notes, group members, clinical note memos and attachment uploads answer their 201.

Every check takes an `observe` callback that sees each answer with its operationId, so the
strict profile can hold these answers to its rules and count the operations they reached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

import pracsuite_spec
from contract_tests import precision
from contract_tests.api import Api, describe, expect_status
from contract_tests.checks import patients
from contract_tests.checks.listings import QueryBuilder, fetch_all
from contract_tests.failures import check

Observe = Callable[[httpx.Response, str], None]
Offer = dict[str, Any]
AVAILABILITY = "listAvailableAppointments"


def _ignore(response: httpx.Response, operation_id: str) -> None:
    return None


@dataclass
class Writer:
    """The API plus the observer every answer goes through."""

    api: Api
    observe: Observe = _ignore

    def call(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Any = None,
    ) -> httpx.Response:
        response = self.api.request(method, path, json_body=json_body, params=params)
        self.observe(response, operation_id)
        return response

    def created(self, operation_id: str, path: str, body: Any) -> dict[str, Any]:
        response = self.call(operation_id, "POST", path, json_body=body)
        expect_status(response, 201)
        created: dict[str, Any] = response.json()
        return created


def offers(w: Writer, queries: QueryBuilder) -> tuple[list[tuple[str, str]], list[Offer]]:
    """A populated availability window and every time offered in it."""
    op = pracsuite_spec.load().operation(AVAILABILITY)
    assert op.listing is not None
    query = queries.window_query(op)
    items, _ = fetch_all(w.api, op.path, query, items_key=op.items_key)
    return query, items


def offered(w: Writer, query: list[tuple[str, str]], offer: Offer) -> bool:
    op = pracsuite_spec.load().operation(AVAILABILITY)
    assert op.listing is not None
    items, _ = fetch_all(w.api, op.path, query, items_key=op.items_key)
    key = (offer["app_time"], offer["practitioner_business_id"])
    return any((i["app_time"], i["practitioner_business_id"]) == key for i in items)


def patient_with_account(w: Writer) -> tuple[int, int]:
    client_id = patients.first_patient_id(w.api)
    accounts = w.api.get_json(f"/patient/{client_id}/account", [("page_size", "1")])
    return client_id, int(accounts["accounts"][0]["account_id"])


@check
def check_book_cancel_cycle(api: Api, queries: QueryBuilder, observe: Observe = _ignore) -> None:
    """Book an offered time → no longer offered → edit and read it → cancel with an empty body
    → recorded as cancelled, and the time is offered again."""
    w = Writer(api, observe)
    query, times = offers(w, queries)
    assert times, "no offered time to book"
    offer = times[0]
    client_id, account_id = patient_with_account(w)
    body = {
        "client_id": client_id,
        "account_id": account_id,
        "appointment_type_id": offer["appointment_type_id"],
        "app_time": offer["app_time"],
        "practitioner_business_id": offer["practitioner_business_id"],
        "duration": offer["duration"],
    }
    booked = w.created("createAppointment", "/appointment", body)
    appointment_id = booked["appointment_id"]
    where = f"appointment_id={appointment_id} at {offer['app_time']}"
    assert not offered(w, query, offer), f"{where}: booked, yet still offered"
    edited = w.call(
        "editAppointment", "PATCH", f"/appointment/{appointment_id}", json_body={"width": 1}
    )
    expect_status(edited, 200)
    read = w.call("getAppointment", "GET", f"/appointment/{appointment_id}")
    expect_status(read, 200)
    cancel = w.call(
        "removeAppointment", "POST", f"/appointment/{appointment_id}/cancel", json_body={}
    )
    expect_status(cancel, 200, 204)
    cancelled = w.api.get(f"/cancelled_appointment/{appointment_id}")
    assert cancelled.status_code == 200, (
        f"{where}: cancelled with an empty body (record_as_cancelled defaults to true), "
        f"yet not a cancelled appointment: {describe(cancelled)}"
    )
    if not precision.is_live():  # the reference does not say the stamp is set at once
        assert cancelled.json().get("cancellation_time"), f"{where}: no cancellation_time"
    assert offered(w, query, offer), f"{where}: cancelled, yet not offered again"


def _minutes(app_time: str) -> int:
    day = dt.datetime.fromisoformat(app_time)
    return day.toordinal() * 1440 + day.hour * 60 + day.minute


def _span(offer: Offer) -> tuple[int, int]:
    start = _minutes(str(offer["app_time"]))
    return start, start + int(offer["duration"])


@check
def check_booking_takes_exactly_its_time(api: Api, queries: QueryBuilder) -> None:
    """Book a time inside a free stretch: of its practitioner's (and its resources') times,
    exactly those that overlap it are no longer offered; those touching it stay; none is added."""
    w = Writer(api)
    query, times = offers(w, queries)
    starts = {(t["practitioner_business_id"], _span(t)) for t in times}

    def inside(t: Offer) -> bool:  # a neighbour ends at its start and one starts at its end
        start, end = _span(t)
        pb, duration = t["practitioner_business_id"], end - start
        return (pb, (start - duration, start)) in starts and (pb, (end, end + duration)) in starts

    offer = next((t for t in times if inside(t)), None)
    assert offer is not None, "no offered time has free neighbours on both sides"
    client_id, account_id = patient_with_account(w)
    booked = w.created(
        "createAppointment",
        "/appointment",
        {
            "client_id": client_id,
            "account_id": account_id,
            "appointment_type_id": offer["appointment_type_id"],
            "app_time": offer["app_time"],
            "practitioner_business_id": offer["practitioner_business_id"],
            "duration": offer["duration"],
        },
    )
    op = pracsuite_spec.load().operation(AVAILABILITY)
    assert op.listing is not None
    after, _ = fetch_all(w.api, op.path, query, items_key=str(op.items_key))
    start, end = _span(offer)

    def key(t: Offer) -> tuple[Any, ...]:
        return (t["app_time"], t["practitioner_business_id"], t["duration"])

    shared = set(offer.get("resource_ids") or ())

    def overlaps(t: Offer) -> bool:  # the same practitioner, or a resource the booking takes
        s, e = _span(t)
        same = t["practitioner_id"] == offer["practitioner_id"]
        return (same or bool(shared & set(t.get("resource_ids") or ()))) and s < end and start < e

    gone = {key(t) for t in times} - {key(t) for t in after}
    expected = {key(t) for t in times if overlaps(t)}
    where = f"appointment_id={booked['appointment_id']} at {offer['app_time']}"
    assert gone >= expected, f"{where}: {len(expected - gone)} overlapping times still offered"
    kept = sorted(gone - expected)
    assert not kept, f"{where}: times it does not overlap are no longer offered: {kept[:3]}"
    added = {key(t) for t in after} - {key(t) for t in times}
    assert not added, f"{where}: booking it made {len(added)} times offered that were not"
    w.call("removeAppointment", "POST", f"/appointment/{booked['appointment_id']}/cancel")


@check
def check_reserve_release_cycle(
    api: Api, queries: QueryBuilder, observe: Observe = _ignore
) -> None:
    """Reserve an offered time → no longer offered → remove the reservation → offered again."""
    w = Writer(api, observe)
    query, times = offers(w, queries)
    assert len(times) > 1, "no second offered time to reserve"
    offer = times[-1]
    body = {
        "app_time": offer["app_time"],
        "practitioner_business_id": offer["practitioner_business_id"],
        "duration": offer["duration"],
    }
    reserved = w.created("reserveAppointment", "/reserve_appointment", body)
    where = f"reservation appointment_id={reserved['appointment_id']} at {offer['app_time']}"
    assert not offered(w, query, offer), f"{where}: reserved, yet still offered"
    released = w.call(
        "removeAppointment",
        "POST",
        f"/appointment/{reserved['appointment_id']}/cancel",
        json_body={"record_as_cancelled": False},
    )
    expect_status(released, 200, 204)
    assert offered(w, query, offer), f"{where}: released, yet not offered again"


@check
def check_write_defaults_stored(api: Api, observe: Observe = _ignore) -> None:
    """`accepted_privacy_policy: false` is stored and read back as false (not null), on create
    and on edit; an edit changes only what it sends."""
    w = Writer(api, observe)
    created = w.created(
        "createPatient", "/patient", patients.new_patient_body(accepted_privacy_policy=False)
    )
    client_id = created["client_id"]
    who = f"patient client_id={client_id}"
    assert created.get("accepted_privacy_policy") is False, (
        f"{who}: created with accepted_privacy_policy false, answered "
        f"{created.get('accepted_privacy_policy')!r}"
    )
    read = w.call("getPatient", "GET", f"/patient/{client_id}")
    expect_status(read, 200)
    assert read.json().get("accepted_privacy_policy") is False, (
        f"{who}: accepted_privacy_policy false is read back as "
        f"{read.json().get('accepted_privacy_policy')!r}"
    )
    edited = w.call(
        "editPatient", "PATCH", f"/patient/{client_id}", json_body={"accepted_privacy_policy": True}
    )
    expect_status(edited, 200)
    edited = w.call(
        "editPatient",
        "PATCH",
        f"/patient/{client_id}",
        json_body={"accepted_privacy_policy": False},
    )
    expect_status(edited, 200)
    after = w.api.get_json(f"/patient/{client_id}")
    assert after.get("accepted_privacy_policy") is False, (
        f"{who}: edited to accepted_privacy_policy false, read back as "
        f"{after.get('accepted_privacy_policy')!r}"
    )
    assert after.get("surname") == created.get("surname"), f"{who}: an edit changed the surname"


@check
def check_other_writes(api: Api, queries: QueryBuilder, observe: Observe = _ignore) -> None:
    """A note, a group member, a clinical note memo and an attachment upload answer 201, and
    what they create can be read back where the spec says."""
    w = Writer(api, observe)
    _, times = offers(w, queries)
    assert times, "no offered time to place a note at"
    offer = times[len(times) // 2]
    note = w.created(
        "createNote",
        "/note",
        {
            "app_time": offer["app_time"],
            "practitioner_id": offer["practitioner_id"],
            "business_id": offer["business_id"],
            "duration": offer["duration"],
            "description": "Contract suite note",
        },
    )
    read = w.call("getNote", "GET", f"/note/{note['appointment_id']}")
    expect_status(read, 200)
    client_id, account_id = patient_with_account(w)
    groups = w.api.get_json("/group_appointment", [("page_size", "1")])["group_appointments"]
    assert groups, "no group appointment to add a member to"
    group_id = groups[0]["appointment_id"]
    w.created(
        "addGroupAppointmentMember",
        f"/group_appointment/{group_id}/add_group_member",
        {"client_id": client_id, "account_id": account_id},
    )
    w.created(
        "createClinicalNoteMemo",
        "/clinical_note_memo",
        {"client_id": client_id, "memo": "Contract suite memo"},
    )
    w.created(
        "createPatientAttachmentUpload",
        f"/patient/{client_id}/patient_attachment",
        {"file_name": "contract-suite.pdf"},
    )

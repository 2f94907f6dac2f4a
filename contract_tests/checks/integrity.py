"""Boundaries and integrity of writes and of the lists under records.

- a group appointment takes members up to its type's `group_max_size` exactly: the last free
  place is taken (201), the next member is refused (422);
- a write naming a record that does not exist, or another patient's account, is refused with the
  status the operation documents (add-member with a bad `client_id` alone, a booking with a
  foreign account) and a read of another patient's account under a patient is 404;
- availability with another patient's account is 400;
- a removed appointment's sub-lists are gone (404), as is the entry itself, and removing it
  again is 404;
- a note for a practitioner at a business they do not work at is 422;
- a folder lists exactly its own attachments: those of its patient, in no other folder.

Every answer is also held to the operation's documented statuses (`expect_documented`): on the
mock an undocumented status fails, as in the strict profile.
"""

from __future__ import annotations

from typing import Any

import httpx

import pracsuite_spec
from contract_tests import precision
from contract_tests.api import Api, describe, expect_status
from contract_tests.checks import patients, strict
from contract_tests.checks.listings import QueryBuilder, fetch_all
from contract_tests.checks.workflows import Writer, offers, patient_with_account
from contract_tests.failures import check


def expect_documented(response: httpx.Response, operation_id: str, *statuses: int) -> None:
    """`response` has one of `statuses`; and (mock) its status is one the operation documents."""
    if not precision.is_live():
        strict.check_answer(response, pracsuite_spec.load().operation(operation_id))
    expect_status(response, *statuses)


def expect_assumed(response: httpx.Response, operation_id: str, *statuses: int) -> None:
    """`expect_documented` for a status that only the operation's `x-assumption` states (which
    refusal, and with which status, the reference does not say): enforced on the mock; on live,
    another answer is recorded as that assumption broken, with its evidence, and does not fail."""
    if not precision.is_live():
        expect_documented(response, operation_id, *statuses)
        return
    op = pracsuite_spec.load().operation(operation_id)
    precision.assumed(
        response.status_code in statuses,
        op.pointer,
        f"{op.label} -> {describe(response)}; the spec assumes {' or '.join(map(str, statuses))}",
    )


def _group_with_room(api: Api) -> tuple[int, int, int]:
    """(appointment_id, members, limit) of a group appointment whose type has a limit."""
    listed = api.get_json("/group_appointment", [("page_size", "20")])["group_appointments"]
    for group in reversed(listed):  # the last: the first ones are what other checks read
        kind = api.get_json(f"/appointment_type/{group['appointment_type_id']}")
        limit = kind.get("group_max_size")
        if not isinstance(limit, int):
            continue
        members = api.get_json(f"/group_appointment/{group['appointment_id']}/appointment_client")
        if members["total_entries"] < limit:
            return group["appointment_id"], members["total_entries"], limit
    raise AssertionError("no group appointment with a limit and a free place")


@check
def check_group_capacity_exact(api: Api) -> None:
    """Fill a group to `group_max_size`: every place up to it is taken, the next is refused; a
    patient added twice is refused the second time."""
    group_id, members, limit = _group_with_room(api)
    path = f"/group_appointment/{group_id}/add_group_member"
    for place in range(members + 1, limit + 2):
        client_id = patients.create_patient(api)["client_id"]
        response = api.request("POST", path, json_body={"client_id": client_id})
        if place <= limit:
            expect_documented(response, "addGroupAppointmentMember", 201)
        else:
            expect_documented(response, "addGroupAppointmentMember", 422)
        if place == members + 1:  # a member already in takes no second place
            again = api.request("POST", path, json_body={"client_id": client_id})
            expect_assumed(again, "addGroupAppointmentMember", 422)
    listed = api.get_json(f"/group_appointment/{group_id}/appointment_client")
    assert listed["total_entries"] == limit, (
        f"group {group_id} of limit {limit} lists {listed['total_entries']} members"
    )


def _missing_id(api: Api, path: str, key: str, field: str) -> int:
    """An id past every listed one."""
    listed, _ = fetch_all(api, path, [], items_key=key)
    return max([int(i[field]) for i in listed] or [0]) + 1000


@check
def check_references_refused(api: Api) -> None:
    """Unknown or foreign references in writes are refused with a documented 4xx."""
    w = Writer(api)
    client_id, account_id = patient_with_account(w)
    other = patients.create_patient(api)["client_id"]
    group = api.get_json("/group_appointment", [("page_size", "1")])["group_appointments"][0]
    path = f"/group_appointment/{group['appointment_id']}/add_group_member"
    unknown = _missing_id(api, "/patient", "patients", "client_id")
    lone = api.request("POST", path, json_body={"client_id": unknown})
    expect_documented(lone, "addGroupAppointmentMember", 404, 422)
    foreign = api.request("POST", path, json_body={"client_id": other, "account_id": account_id})
    expect_assumed(foreign, "addGroupAppointmentMember", 422)
    read = api.get(f"/patient/{other}/account/{account_id}")
    expect_assumed(read, "getPatientAccount", 404)
    appointment = api.get_json("/appointment", [("page_size", "1")])["appointments"][0]
    edit = f"/appointment/{appointment['appointment_id']}"
    for field, value in (("appointment_type_id", 10**6), ("resource_ids", [10**6])):
        refused = api.request("PATCH", edit, json_body={field: value})
        expect_documented(refused, "editAppointment", 404, 422)
    assert client_id != other


@check
def check_booking_foreign_account_refused(api: Api, queries: QueryBuilder) -> None:
    """A booking of an offered time with another patient's account is refused (422)."""
    w = Writer(api)
    _, times = offers(w, queries)
    assert times, "no offered time"
    offer = times[0]
    _, account_id = patient_with_account(w)
    other = patients.create_patient(api)["client_id"]
    body = {
        "client_id": other,
        "account_id": account_id,
        "appointment_type_id": offer["appointment_type_id"],
        "practitioner_business_id": offer["practitioner_business_id"],
        "app_time": offer["app_time"],
        "duration": offer["duration"],
    }
    response = api.request("POST", "/appointment", json_body=body)
    expect_assumed(response, "createAppointment", 422)


@check
def check_availability_foreign_account(api: Api, queries: QueryBuilder) -> None:
    """Availability for a client with another patient's account is the documented 400."""
    op = pracsuite_spec.load().operation("listAvailableAppointments")
    assert op.listing is not None
    _, account_id = patient_with_account(Writer(api))
    other = patients.create_patient(api)["client_id"]
    query = [*queries.window_query(op), ("client_id", str(other)), ("account_id", str(account_id))]
    expect_documented(api.get(op.path, query), op.operation_id, 400)


OWN_GET = {"/appointment": "getAppointment", "/group_appointment": "getGroupAppointment"}


@check
def check_removed_sublists_gone(api: Api) -> None:
    """Cancel a patient appointment and a group appointment: their sub-lists answer 404."""
    for listing, key, sub, operation_id in (
        ("/appointment", "appointments", "resource", "listResourcesByAppointment"),
        ("/group_appointment", "group_appointments", "resource", "listResourcesByGroupAppointment"),
        (
            "/group_appointment",
            "group_appointments",
            "appointment_client",
            "listGroupAppointmentMembers",
        ),
    ):
        entries = api.get_json(listing, [("page_size", "100")])[key]
        assert len(entries) > 2, f"{listing}: nothing to cancel"
        appointment_id = entries[-2]["appointment_id"]  # the first ones are what others read
        url = f"{listing}/{appointment_id}/{sub}"
        expect_documented(api.get(url), operation_id, 200)  # and now it is cached, if anything is
        own = f"{listing}/{appointment_id}"
        expect_documented(api.get(own), OWN_GET[listing], 200)
        cancelled = api.request("POST", f"/appointment/{appointment_id}/cancel", json_body={})
        expect_documented(cancelled, "removeAppointment", 204)
        expect_documented(api.get(url), operation_id, 404)
        expect_documented(api.get(own), OWN_GET[listing], 404)
        again = api.request("POST", f"/appointment/{appointment_id}/cancel", json_body={})
        expect_documented(again, "removeAppointment", 404)


@check
def check_folders_list_their_attachments(api: Api) -> None:
    """Each folder of the first patients lists attachments of its own patient, no two folders
    share one, and (mock) some folder is not empty."""
    seen: dict[int, int] = {}
    listed = 0
    for patient in api.get_json("/patient", [("page_size", "10")])["patients"]:
        client_id = patient["client_id"]
        own = {
            a["attachment_client_id"]
            for a in fetch_all(
                api, f"/patient/{client_id}/patient_attachment", [], items_key="patient_attachments"
            )[0]
        }
        folders = api.get_json(f"/patient/{client_id}/patient_attachment_folder")
        for folder in folders["attachment_client_folders"]:
            folder_id = folder["attachment_client_folder_id"]
            items = _folder_items(api, folder_id)
            for item in items:
                found = item["attachment_client_id"]
                assert found in own, (
                    f"folder {folder_id} of patient {client_id} lists attachment {found} of "
                    "another patient"
                )
                assert seen.setdefault(found, folder_id) == folder_id, (
                    f"attachment {found} is listed in folders {seen[found]} and {folder_id}"
                )
            listed += len(items)
    # The mock's seed files attachments in folders: a list that is always empty must fail.
    assert listed > 0 or precision.is_live(), "no folder of the first patients lists anything"


def _folder_items(api: Api, folder_id: int) -> list[dict[str, Any]]:
    path = f"/patient_attachment_folder/{folder_id}/patient_attachment"
    response = api.get(path, [("page_size", "100")])
    expect_documented(response, "listPatientAttachmentsByFolder", 200)
    body = response.json()
    return [i for i in next(v for v in body.values() if isinstance(v, list))]


NOTE_ASSUMPTION = "/paths/~1note/post"


@check
def check_note_elsewhere_refused(api: Api) -> None:
    """A note for a practitioner at a business the book never shows them at is refused (422)."""
    items, _ = fetch_all(api, "/appointment_book", [], items_key="data")
    pairs = {(i["practitioner_id"], i["business_id"]) for i in items if i.get("practitioner_id")}
    practitioners = sorted({p for p, _ in pairs})
    businesses = sorted({b for _, b in pairs})
    elsewhere = [(p, b) for p in practitioners for b in businesses if (p, b) not in pairs]
    assert elsewhere or precision.is_live(), "every practitioner works at every business"
    if not elsewhere:
        return
    practitioner_id, business_id = elsewhere[0]
    body = {
        "app_time": items[0]["app_time"],
        "practitioner_id": practitioner_id,
        "business_id": business_id,
        "duration": 30,
        "description": "Contract suite note",
    }
    response = api.request("POST", "/note", json_body=body)
    if not precision.is_live():
        strict.check_answer(response, pracsuite_spec.load().operation("createNote"))
    precision.assumed(
        response.status_code == 422,
        NOTE_ASSUMPTION,
        f"a practitioner not at the business: POST /note -> {response.status_code}",
    )


@check
def check_removal_is_not_a_cancellation(api: Api) -> None:
    """An appointment removed with `record_as_cancelled: false` is gone from the appointments and
    is no cancellation: not under Cancelled Appointments (by id or in the list) unless
    `include_deletions=true` asks for removals too."""
    entries = api.get_json("/appointment", [("page_size", "100")])["appointments"]
    assert len(entries) > 3, "no appointment to remove"
    appointment_id = entries[-3]["appointment_id"]  # the first ones are what others read
    cancelled = f"/cancelled_appointment/{appointment_id}"
    expect_documented(api.get(cancelled), "getCancelledAppointment", 404)
    body = {"record_as_cancelled": False}
    removed = api.request("POST", f"/appointment/{appointment_id}/cancel", json_body=body)
    expect_documented(removed, "removeAppointment", 204)
    expect_documented(api.get(f"/appointment/{appointment_id}"), "getAppointment", 404)
    expect_documented(api.get(cancelled), "getCancelledAppointment", 404)
    listed, _ = fetch_all(api, "/cancelled_appointment", [], items_key="cancelled_appointments")
    assert all(i["appointment_id"] != appointment_id for i in listed), (
        f"appointment {appointment_id}, removed without recording a cancellation, is listed "
        "under GET /cancelled_appointment"
    )
    deletions = [("include_deletions", "true")]
    listed, _ = fetch_all(
        api, "/cancelled_appointment", deletions, items_key="cancelled_appointments"
    )
    assert any(i["appointment_id"] == appointment_id for i in listed), (
        f"appointment {appointment_id}, removed, is missing from "
        "GET /cancelled_appointment?include_deletions=true"
    )

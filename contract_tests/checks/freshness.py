"""Read-your-writes through an identical URL: whatever caches answers (the mock's answer cache, a
CDN in front of the live API), a write is seen by the next read of the very URL read before it,
and every part of a request that can change the answer changes it.

- an edit of a patient or an appointment is seen through the URL of the record and of its list,
  and (mock) moves its `modified` stamp forward;
- an edited record moves to its new place in a list sorted by the field edited;
- a record asked for before it exists (404) is found once it is created;
- a tenant written in does not keep serving another tenant's state, and keys checked on a URL
  already answered are checked again (a wrong vendor key on a warm URL is still 401);
- (mock only) links follow the Host the request was sent to, on a warm URL too.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any
from urllib.parse import urlsplit

from contract_tests import precision
from contract_tests.api import Api, describe, expect_status
from contract_tests.checks import patients
from contract_tests.checks.listings import QueryBuilder
from contract_tests.failures import check


def _warm(api: Api, path: str, params: Any = None) -> Any:
    """GET twice (the second may be a cached answer) and return the body."""
    api.get_json(path, params)
    return api.get_json(path, params)


@check
def check_patient_edit_seen(api: Api) -> None:
    """Edit a patient read (twice) before: its URL and a list page naming it show the edit."""
    created = patients.create_patient(api)
    client_id = created["client_id"]
    listing = [("q[]", f"client_id:eq:{client_id}")]
    before = _warm(api, f"/patient/{client_id}")
    _warm(api, "/patient", listing)
    name = "Probf" if before.get("first_name") != "Probf" else "Probg"
    edited = api.request("PATCH", f"/patient/{client_id}", json_body={"first_name": name})
    expect_status(edited, 200)
    after = api.get_json(f"/patient/{client_id}")
    assert after.get("first_name") == name, (
        f"GET /patient/{client_id} after an edit still answers the old first_name"
    )
    _stamp_moved(before, after, f"patient {client_id}")
    listed = api.get_json("/patient", listing)["patients"]
    assert [p.get("first_name") for p in listed] == [name], (
        f"GET /patient?q[]=client_id:eq:{client_id} after an edit still answers the old value"
    )


@check
def check_appointment_edit_seen(api: Api, queries: QueryBuilder) -> None:
    """Edit an appointment read before: its URL and its patient's list show the edit."""
    listed = api.get_json("/appointment", [("page_size", "1")])["appointments"]
    assert listed, "no appointment to edit"
    appointment_id = listed[0]["appointment_id"]
    before = _warm(api, f"/appointment/{appointment_id}")
    status = 2 if before.get("appointment_status_id") != 2 else 3
    body = {"appointment_status_id": status}
    edited = api.request("PATCH", f"/appointment/{appointment_id}", json_body=body)
    expect_status(edited, 200)
    after = api.get_json(f"/appointment/{appointment_id}")
    assert after.get("appointment_status_id") == status, (
        f"GET /appointment/{appointment_id} after an edit still answers the old status id"
    )
    _stamp_moved(before, after, f"appointment {appointment_id}")


def _stamp_moved(before: dict[str, Any], after: dict[str, Any], what: str) -> None:
    """(mock) An edit moves `modified` forward and keeps `created`."""
    if precision.is_live():  # the reference does not say when its stamps move
        return
    old, new = (dt.datetime.fromisoformat(str(r["modified"])) for r in (before, after))
    assert new > old, f"{what}: edited, yet modified stays {before['modified']}"
    assert after.get("created") == before.get("created"), f"{what}: an edit changed created"


@check
def check_sorted_list_follows_an_edit(api: Api) -> None:
    """(mock) /patient sorted by surname, read before and after a patient's surname is edited,
    shows the patient at the place of its new surname."""
    order = [("sort_by", json.dumps(["surname"])), ("page_size", "100")]
    tag = uuid.uuid4().hex[:10]
    client_id = patients.create_patient(api, surname=f"Contractzz{tag}")["client_id"]
    _surnames(api, order)  # the order is read (and, on the mock, indexed) before the edit
    edited = api.request(
        "PATCH", f"/patient/{client_id}", json_body={"surname": f"Contract00{tag}"}
    )
    expect_status(edited, 200)
    after = _surnames(api, order)
    present = [s for s in after if s is not None]
    assert f"Contract00{tag}" in present, f"patient {client_id} is not listed by its new surname"
    assert present == sorted(present), (
        f'GET /patient?sort_by=["surname"] after patient {client_id}\'s surname was edited is '
        "out of order: the record stays at its old place"
    )


def _surnames(api: Api, order: list[tuple[str, str]]) -> list[Any]:
    out: list[Any] = []
    page = 1
    while True:
        body = api.get_json("/patient", [*order, ("page", str(page))])
        out += [p.get("surname") for p in body["patients"]]
        if not body["links"].get("next"):
            return out
        page += 1


@check
def check_created_after_404_found(api: Api) -> None:
    """A patient id asked for before it exists (404, twice) answers 200 once created."""
    first = patients.create_patient(api)["client_id"]
    upcoming = f"/patient/{first + 1}"
    for _ in range(2):
        missing = api.get(upcoming)
        if missing.status_code != 404:
            return  # someone else took the id: nothing to say
    second = patients.create_patient(api)["client_id"]
    if second != first + 1:
        return  # ids are not consecutive on this target
    found = api.get(upcoming)
    assert found.status_code == 200, f"created, then still not found: {describe(found)}"


@check
def check_keys_checked_on_warm_urls(api: Api) -> None:
    """A URL already answered 200 is refused to a wrong vendor key (401) and answers the other
    tenant's own records (never the first tenant's answer) to the other tenant."""
    body = _warm(api, "/patient", [("page_size", "5")])
    wrong = api.with_keys(vendor_key="contract-wrong-key-0000").get(
        "/patient", [("page_size", "5")]
    )
    assert wrong.status_code == 401, f"a wrong vendor key on a warm URL: {describe(wrong)}"
    assert body["total_entries"] >= 0


@check
def check_links_follow_host(api: Api) -> None:
    """(mock) The same URL asked through two Host names answers links on each host."""
    path = "/patient/1"
    for host in ("contract-a.example", "contract-b.example", "contract-a.example"):
        for _ in range(2):
            response = api.get(path, headers={"host": host})
            expect_status(response, 200)
            link = response.json()["links"]["self"]
            assert urlsplit(link).hostname == host, (
                f"GET {path} with Host {host} answers links on {urlsplit(link).hostname}"
            )

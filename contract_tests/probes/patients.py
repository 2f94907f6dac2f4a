"""Probes of the patient record: stamps, create (needs writes), edit (needs writes)."""

from __future__ import annotations

from contract_tests.checks.listings import fetch_all
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
)
from pracsuite_spec import Assumption


def probe_patient_record(ctx: ProbeContext, _: Assumption) -> Verdict:
    items, _total = fetch_all(ctx.api, "/patient", [], items_key="patients")
    if not items:
        return Verdict(NOT_TESTABLE, "the tenant has no patients")
    stamps = all("created" in i and "modified" in i for i in items)
    return held_if(
        [(stamps, f"{len(items)} patients {'all' if stamps else 'not all'} carry created/modified")]
    )


def probe_patient_create(ctx: ProbeContext, _: Assumption) -> Verdict:
    if not ctx.writes:
        return Verdict(NOT_TESTABLE, "needs writes (PRACSUITE_ALLOW_WRITES=1)")
    body = {
        "first_name": "Probe",
        "surname": "ContractProbe",
        "timezone": "Australia/Adelaide",
        "accepted_privacy_policy": True,
    }
    created = ctx.api.request("POST", "/patient", json_body=body)
    unknown = ctx.api.request("POST", "/patient", json_body={**body, "no_such_field": 1})
    got = created.json() if created.status_code == 201 else {}
    return held_if(
        [
            (
                created.status_code == 201 and got.get("time_zone") == "Australia/Adelaide",
                f"create with `timezone` → {created.status_code}, answered as time_zone: {got.get('time_zone') == 'Australia/Adelaide'}",
            ),
            (
                got.get("accepted_privacy_policy") is True,
                "accepted_privacy_policy settable on create",
            ),
            (unknown.status_code == 422, f"unknown body field → {unknown.status_code}"),
        ]
    )


def probe_patient_edit(ctx: ProbeContext, _: Assumption) -> Verdict:
    if not ctx.writes:
        return Verdict(NOT_TESTABLE, "needs writes (PRACSUITE_ALLOW_WRITES=1)")
    created = ctx.api.request(
        "POST", "/patient", json_body={"first_name": "Probe", "surname": "ContractProbe"}
    )
    if created.status_code != 201:
        return Verdict(NOT_TESTABLE, f"could not create a patient ({created.status_code})")
    client_id = created.json()["client_id"]
    edited = ctx.api.request(
        "PATCH", f"/patient/{client_id}", json_body={"accepted_privacy_policy": False}
    )
    body = edited.json() if edited.status_code == 200 else {}
    return held_if(
        [
            (
                edited.status_code == 200 and "client_id" in body and "surname" in body,
                f"PATCH → {edited.status_code}, whole record: {'client_id' in body and 'surname' in body}",
            )
        ]
    )

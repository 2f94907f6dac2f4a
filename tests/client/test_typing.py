"""Editors know the item type: `paginate(..., items=...)` and availability are typed (mypy)."""

from __future__ import annotations

import os

from client_support import ROOT

SNIPPET = """
from typing import Any, assert_type
from collections.abc import AsyncIterator, Iterator
import pracsuite
from pracsuite_client.api.patient import list_patients
from pracsuite_client.api.available_appointment import list_available_appointments
from pracsuite_client.models.available_appointment import AvailableAppointment
from pracsuite_client.models.patient_with_meta import PatientWithMeta


async def check(c: pracsuite.Client, a: pracsuite.AsyncClient) -> None:
    assert_type(c.paginate(list_patients, items=lambda p: p.patients), Iterator[PatientWithMeta])
    assert_type(
        c.paginate(list_patients.sync_detailed, items=lambda p: p.patients),
        Iterator[PatientWithMeta],
    )
    assert_type(
        a.paginate(list_patients, items=lambda p: p.patients), AsyncIterator[PatientWithMeta]
    )
    assert_type(
        c.paginate(list_available_appointments, items=lambda p: p.available_times),
        Iterator[AvailableAppointment],
    )
    assert_type(c.paginate(list_patients), Iterator[Any])
"""


USER_SCRIPT = """
import pracsuite
from pracsuite_client.api.patient import get_patient, list_patients
from pracsuite_client.client import Client as GeneratedClient


def surname_of(client: pracsuite.Client, raw: GeneratedClient) -> str:
    patient = get_patient.sync(1, client=client.api)
    first = get_patient.sync(1, client=client)  # the friendly client itself
    again = get_patient.sync(1, client=raw, timeout=5, max_retries=0)
    page = client.page(list_patients, items=lambda p: p.patients)
    total: int | None = page.total_entries
    ids = [p.client_id for p in page] + [p.client_id for p in page.next_page().items]
    return f"{patient.client_id} {first.surname} {again.surname} {total} {ids}"


try:
    pass
except pracsuite.PracSuiteError as exc:
    print(exc)
"""


def _mypy(tmp_path, monkeypatch, source: str) -> tuple[str, int]:
    from mypy import api  # in the test extra: a missing mypy fails, it never skips

    target = tmp_path / "snippet.py"
    target.write_text(source, encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]))
    out, err, status = api.run(
        [
            "--strict",
            "--python-version",
            "3.11",
            "--follow-imports",
            "silent",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(target),
        ]
    )
    return out + err, status


def test_paginate_items_are_typed(tmp_path, monkeypatch):
    out, status = _mypy(tmp_path, monkeypatch, SNIPPET)
    assert status == 0, out


def test_a_users_strict_script_gets_success_models(tmp_path, monkeypatch):
    # Regression: get_patient.sync() was typed ErrorEnvelope | Patient | None, and pracsuite
    # shipped no py.typed, so a user's `mypy --strict` failed on `.client_id`.
    out, status = _mypy(tmp_path, monkeypatch, USER_SCRIPT)
    assert status == 0, out

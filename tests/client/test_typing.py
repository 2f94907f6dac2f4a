"""Editors know the item type: `paginate(..., items=...)` and availability are typed (mypy)."""

from __future__ import annotations

import os

import pytest
from conftest import ROOT

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


def test_paginate_items_are_typed(tmp_path, monkeypatch):
    api = pytest.importorskip("mypy.api", reason="mypy is a dev dependency")
    target = tmp_path / "snippet.py"
    target.write_text(SNIPPET, encoding="utf-8")
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
    assert status == 0, out + err

"""The live gate, run against stand-ins for a live API made from the mock: green with the broken
assumptions reported when the API only does what the docs allow, red naming the fact when it
breaks a documented one. Each run is `python -m contract_tests --target live` restricted to the
checks that matter (`-k`), so the whole file stays well under a minute of gate time per case."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract_tests import targets
from tests.contract_checks import standins

pytest.importorskip("pracsuite_mock.app")
pytestmark = pytest.mark.http  # each case serves a stand-in on loopback and runs the gate
ROOT = Path(__file__).resolve().parents[2]


def run_live_gate(
    wrap: Callable[[Any], Any], select: str, reports: Path, *, writes: bool = False
) -> tuple[int, str]:
    """Serve the wrapped mock on loopback and run the live gate against it; (exit code, report).
    `writes` lets the live run write (PRACSUITE_ALLOW_WRITES=1), as the checks that book need."""
    with targets.serve_asgi_in_thread(wrap(targets.mock_app())) as origin:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated_client")]),
            "PRACSUITE_BASE_URL": f"{origin}/v1",
            "PRACSUITE_VENDOR_KEY": targets.MOCK_VENDOR_KEY,
            "PRACSUITE_SUBSCRIBER_KEY": targets.MOCK_SUBSCRIBER_KEY,
            "PRACSUITE_SUBSCRIBER_KEY_2": targets.MOCK_SUBSCRIBER_KEY_2,
            "PRACSUITE_MAX_RPS": "1000",
        }
        env.pop("PRACSUITE_ALLOW_WRITES", None)
        if writes:
            env["PRACSUITE_ALLOW_WRITES"] = "1"
        env.pop("CONTRACT_PROBE", None)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "contract_tests",
                "--target",
                "live",
                "--reports",
                str(reports),
                "-k",
                select,
                "-p",
                "no:randomly",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    report = reports / "live-live.md"
    text = report.read_text(encoding="utf-8") if report.exists() else ""
    return done.returncode, text + "\n" + done.stdout[-4000:] + done.stderr[-2000:]


LENIENT = (
    "(test_operation and (/patient] or /note] or client_id])) "
    "or (test_bad_filter_rejected and /patient]) "
    "or (test_assumption and (Error or ErrorEnvelope))"
)


def test_the_gate_stays_green_when_the_api_only_does_what_the_docs_allow(tmp_path: Path) -> None:
    code, report = run_live_gate(standins.docs_lenient, LENIENT, tmp_path)
    assert code == 0, report
    assert "gate **green**" in report
    broken = report.split("## Assumptions broken", 1)[1].split("## Assumptions held", 1)[0]
    for pointer in (
        "/components/schemas/Error/properties/detail",  # the 400 detail names the parameter
        "~1note/get/responses/200/content/application~1json/schema/properties/links",
        "/components/schemas/Patient",  # accepted_privacy_policy left out
        "/components/schemas/ErrorEnvelope/properties/request_id",  # none on a 404
    ):
        assert f"`{pointer}" in broken or pointer in broken, report
    assert "mock-vendor-key" not in report and "mock-clinic-1" not in report


BREAKS = [
    (
        "drops total_entries",
        standins.drops_total_entries,
        "test_operation and /patient]",
        "total_entries",
        "response schema",  # the precision rule's check of schemathesis's answer
    ),
    (
        "accepts an 8-day window",
        standins.eight_day_window,
        "test_window_at_most_seven_days and /available_appointments]",
        "8-day window should be 400",
        "window_limit",
    ),
    (
        "sorts wrongly",
        standins.sorts_wrongly,
        "test_sort_by_is_applied and /reschedule_reason",
        "sort",
        "sort_applied",
    ),
    (
        "answers 200 without keys",
        standins.accepts_missing_keys,
        "test_keys_required and /patient]",
        "403",
        "keys",
    ),
]


@pytest.mark.parametrize(
    ("fact", "wrap", "select", "named", "check"), BREAKS, ids=[b[0] for b in BREAKS]
)
def test_the_gate_goes_red_and_names_a_broken_documented_fact(
    fact: str,
    wrap: Callable[[Any], Any],
    select: str,
    named: str,
    check: str,
    tmp_path: Path,
) -> None:
    code, report = run_live_gate(wrap, select, tmp_path)
    assert code == 1, report
    assert "gate **red**" in report
    contradicted = report.split("## Documented facts contradicted", 1)[1].split("##", 1)[0]
    assert named in contradicted, report
    assert "https://docs.api.pracsuite.com/openapi/" in contradicted
    # The run's report reads the failure as fields: its check, its request as a curl, no key.
    contract = (tmp_path / "contract-live.md").read_text(encoding="utf-8")
    assert f"check `{check}`" in contract, contract
    assert "Reproduce: `curl -s " in contract and "http://127.0.0.1" in contract, contract
    assert "$PRACSUITE_SUBSCRIBER_KEY" in contract  # keys as placeholders (the ones it sent)
    assert targets.MOCK_VENDOR_KEY not in contract
    assert targets.MOCK_SUBSCRIBER_KEY not in contract


def test_an_assumed_refusal_status_is_reported_not_failed(tmp_path: Path) -> None:
    """Integrity on live: a booking with another patient's account refused with 404, where only
    the spec's x-assumption says 422, leaves the gate green and the assumption reported broken."""
    code, report = run_live_gate(
        standins.refuses_bookings_with_404,
        "test_a_booking_with_another_patients_account_is_refused",
        tmp_path,
        writes=True,
    )
    assert code == 0, report
    assert "gate **green**" in report
    broken = report.split("## Assumptions broken", 1)[1].split("## Assumptions held", 1)[0]
    assert "~1appointment/post" in broken, report

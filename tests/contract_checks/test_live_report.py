"""reports/live-<target>.md: contradicted facts with their reference page, assumptions by verdict
with evidence, request ids; never a key or a patient value."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from contract_tests import live_report, precision, probes
from contract_tests.failures import ContradictedFact, Exchange
from contract_tests.report import TestRecord
from contract_tests.run_state import RunState


def _failed(failure: ContradictedFact) -> TestRecord:
    return TestRecord(
        nodeid="contract_tests/suite/test_schemathesis.py::test_operation[GET /patient]",
        operation="GET /patient",
        area="schemathesis",
        outcome="failed",
        requests=1,
        seconds=0.1,
        message=failure.got,
        check="generated cases, every response check",
        failure=failure,
    )


def test_the_report_separates_facts_from_assumptions_and_names_the_page(
    tmp_path: Path, live_run: RunState
) -> None:
    answer = httpx.Response(
        400,
        json={"error": {"code": "INVALID_PARAMS"}, "request_id": "11111111-2222"},
        request=httpx.Request("GET", "https://api.example/v1/patient?page=0"),
    )
    precision.assumed(
        False, precision.DETAIL_NAMES_PARAMETER, "GET /patient?page=0 -> 400 INVALID_PARAMS", answer
    )
    live_run.records.append(
        _failed(
            ContradictedFact(
                'GET /patient → 200: missing "total_entries"\nbody {"first_name": "Alex"}',
                doc_page="https://docs.api.pracsuite.com/openapi/patient/listpatients-get",
                operation="GET /patient",
                check="response schema",
                exchange=Exchange(None, "33333333-4444"),
            )
        )
    )
    path = tmp_path / "live.md"
    live_report.write(path, live_run)
    text = path.read_text(encoding="utf-8")
    facts, rest = text.split("## Documented facts contradicted (1)", 1)[1].split(
        "## Assumptions broken", 1
    )
    assert "https://docs.api.pracsuite.com/openapi/patient/listpatients-get" in facts
    assert "total_entries" in facts and "gate **red**" in text
    broken = rest.split("## Assumptions held", 1)[0]
    assert f"`{precision.DETAIL_NAMES_PARAMETER}`" in broken
    assert "11111111-2222" in text and "33333333-4444" in text
    assert "Alex" not in text  # patient values are redacted


def test_without_failures_the_gate_is_green_and_unprobed_assumptions_are_not_testable(
    tmp_path: Path, live_run: RunState
) -> None:
    path = tmp_path / "live.md"
    live_report.write(path, live_run)
    text = path.read_text(encoding="utf-8")
    assert "gate **green**" in text
    assert "## Assumptions broken (0)" in text
    assert probes.NOT_TESTABLE in text.lower() or "not testable" in text


@pytest.mark.parametrize(
    ("not_run", "blocked", "gate"),
    [
        ("the keys were refused (403)", 0, "gate **not run (red)**"),
        (None, 1, "gate **red**"),
    ],
)
def test_a_run_that_tested_nothing_or_was_blocked_is_never_green(
    tmp_path: Path, live_run: RunState, not_run: str | None, blocked: int, gate: str
) -> None:
    path = tmp_path / "live.md"
    live_run.not_run = not_run
    live_report.write(path, live_run, blocked=blocked)
    text = path.read_text(encoding="utf-8")
    assert gate in text and "green" not in text
    if not_run:
        assert text.splitlines()[2] == "**Not run, so red: the keys were refused (403)**"

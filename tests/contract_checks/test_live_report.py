"""reports/live-<target>.md: contradicted facts with their reference page, assumptions by verdict
with evidence, request ids; never a key or a patient value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests import live_report, precision, probes


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    precision.LEDGER.clear()
    precision.set_live(True)
    yield
    precision.set_live(None)
    precision.LEDGER.clear()


def test_the_report_separates_facts_from_assumptions_and_names_the_page(tmp_path: Path) -> None:
    precision.assumed(
        False,
        precision.DETAIL_NAMES_PARAMETER,
        "GET /patient?page=0 -> 400 INVALID_PARAMS: None (request_id 11111111-2222)",
    )
    failure = live_report.Failure(
        nodeid="contract_tests/suite/test_schemathesis.py::test_operation[GET /patient]",
        operation="GET /patient",
        message='documented fact contradicted: GET /patient → 200: missing "total_entries"\n'
        'body {"first_name": "Alex"} request_id 33333333-4444',
    )
    path = tmp_path / "live.md"
    live_report.write(path, target="live", failures=[failure])
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
    tmp_path: Path,
) -> None:
    path = tmp_path / "live.md"
    live_report.write(path, target="live", failures=[])
    text = path.read_text(encoding="utf-8")
    assert "gate **green**" in text
    assert "## Assumptions broken (0)" in text
    assert probes.NOT_TESTABLE in text.lower() or "not testable" in text


@pytest.mark.parametrize(
    ("kwargs", "gate"),
    [
        ({"not_run": "the keys were refused (403)"}, "gate **not run (red)**"),
        ({"blocked": 1}, "gate **red**"),
    ],
)
def test_a_run_that_tested_nothing_or_was_blocked_is_never_green(
    tmp_path: Path, kwargs: dict[str, object], gate: str
) -> None:
    path = tmp_path / "live.md"
    live_report.write(path, target="live", failures=[], **kwargs)  # type: ignore[arg-type]
    text = path.read_text(encoding="utf-8")
    assert gate in text and "green" not in text
    if "not_run" in kwargs:
        assert text.splitlines()[2] == "**Not run, so red: the keys were refused (403)**"

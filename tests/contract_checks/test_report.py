"""The gate's closing summary and report: counts per operation and family, skips grouped by
reason whatever operation they name, and where the reports went."""

from __future__ import annotations

from pathlib import Path

from contract_tests.failures import CheckFailure, Exchange, curl
from contract_tests.report import TestRecord, console_summary, skip_meaning, skip_reason, write


def record(op: str | None, family: str, outcome: str, message: str = "") -> TestRecord:
    return TestRecord("id", op, family, outcome, requests=2, seconds=0.5, message=message)


RECORDS = [
    record("GET /patient", "pagination", "passed"),
    record("GET /patient", "pagination", "failed", "pages overlap"),
    record("GET /patient", "params", "skipped", "GET /patient: no record has a value for fax"),
    record("GET /note", "params", "skipped", "GET /note: no record has a value for fax"),
    record(None, "probes", "skipped", "assumption probes run live, or with --probe"),
]


def test_skips_group_by_reason_across_operations() -> None:
    assert skip_reason("GET /note/{id}: no record has a value for fax") == (
        "no record has a value for fax"
    )
    text = "\n".join(console_summary(RECORDS, seconds=3.0, reports=[Path("r/contract-mock.md")]))
    assert "     2  no record has a value for fax" in text
    assert "     1  assumption probes run live" in text
    assert "SKIPPED" not in text


def test_summary_counts_per_operation_and_family_and_names_the_reports() -> None:
    lines = console_summary(RECORDS, seconds=3.0, reports=[Path("r/contract-mock.md")])
    header = lines[1].split()
    assert header == ["pages", "params", "probes"]
    patient = next(line for line in lines if line.startswith("GET /patient "))
    assert patient.split()[2:] == ["1/1/0", "0/0/1", "-"]
    assert "5 checks: 1 passed, 1 failed, 3 skipped" in "\n".join(lines)
    assert lines[-1] == "reports: r/contract-mock.md"


def test_report_explains_families_and_skips(tmp_path: Path) -> None:
    path = tmp_path / "contract-mock.md"
    write(path, target="mock", records=RECORDS, seconds=3.0)
    text = path.read_text()
    assert "| pagination | pages concatenate" in text
    assert f"| no record has a value for fax | 2 | {skip_meaning('no record')} |" in text
    assert "the mock is built from the same assumptions" in text


def test_report_reads_a_check_failure_as_fields(tmp_path: Path) -> None:
    reproduction = curl("GET", "http://mock/v1/patient?page=2&page_size=7", {"x-api-key": "k"})
    failure = CheckFailure(
        "GET /patient page 2 (page_size 7): 6 items, expected 7 of 30",
        operation="GET /patient",
        check="pages_concatenate",
        expected="the pages concatenate to the listing",
        exchange=Exchange(reproduction, "req-7"),
    )
    failed = TestRecord(
        "id", "GET /patient", "pagination", "failed", 3, 0.1, failure.got, failure=failure
    )
    path = tmp_path / "contract-mock.md"
    write(path, target="mock", records=[failed], seconds=1.0)
    text = path.read_text()
    assert "`GET /patient` · check `pages_concatenate` · check failed" in text
    assert "Expected: the pages concatenate to the listing" in text
    assert "Request id: `req-7`" in text
    assert (
        "Reproduce: `curl -s 'http://mock/v1/patient?page=2&page_size=7' "
        '-H "x-api-key: $PRACSUITE_VENDOR_KEY"`' in text
    )

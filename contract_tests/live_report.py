"""`reports/live-<target>.md`: the report a user can send upstream after a live run.

It says which documented facts the API contradicted (each with its reference page), which of the
spec's assumptions held, broke or could not be tested (with evidence), and the request ids that
PracSuite support can look up. Every line goes through `redact`: no key, no patient value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pracsuite_spec
from contract_tests import probes, redact
from contract_tests.failures import ContradictedFact
from contract_tests.run_state import RunState
from pracsuite_spec import Assumption

_LABEL = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) (/\S*)$")


@dataclass(frozen=True)
class Row:
    """A failed check of the run, as the report shows it."""

    operation: str | None
    check: str
    got: str
    doc_page: str
    request_id: str | None


def doc_page(operation: str | None) -> str:
    match = _LABEL.match(operation or "")
    found = pracsuite_spec.load().find(match.group(1), match.group(2)) if match else None
    return found.doc_page if found else "https://docs.api.pracsuite.com/"


def _cell(text: str, limit: int = 300) -> str:
    flat = " ".join(redact.redact(text).split())
    return (flat[: limit - 1] + "…" if len(flat) > limit else flat).replace("|", "\\|")


def failed_rows(run: RunState) -> list[Row]:
    """Each failed check, read from its failure object (a bare assertion: its message)."""
    rows = []
    for record in run.records:
        if record.outcome != "failed":
            continue
        failure = record.failure
        if failure is None:
            rows.append(
                Row(
                    record.operation, record.check, record.message, doc_page(record.operation), None
                )
            )
            continue
        operation = failure.operation or record.operation
        page = failure.doc_page if isinstance(failure, ContradictedFact) else doc_page(operation)
        rows.append(
            Row(operation, failure.check or record.check, failure.got, page, failure.request_id)
        )
    return rows


def assumption_verdicts(run: RunState) -> dict[str, tuple[Assumption, str, list[str]]]:
    """Per assumption pointer: (assumption, verdict, evidence), from the probes and from every
    violation the precision rule attributed to an assumption. Broken wins over held."""
    found: dict[str, tuple[Assumption, str, list[str]]] = {
        a.pointer: (a, probes.NOT_TESTABLE, ["not probed in this run"])
        for a in pracsuite_spec.load().assumptions()
    }
    for assumption, result in run.verdicts:
        found[assumption.pointer] = (assumption, result.verdict, [result.evidence])
    for broken in run.ledger.broken:
        assumption, evidence = broken.assumption, broken.got
        _, verdict, previous = found.get(assumption.pointer, (assumption, "", []))
        kept = previous if verdict == probes.BROKEN else []
        if evidence not in kept:
            kept.append(evidence)
        found[assumption.pointer] = (assumption, probes.BROKEN, kept)
    return found


def request_ids(run: RunState, rows: list[Row]) -> list[str]:
    """The ids PracSuite support can look up: of every failure and broken assumption."""
    ids = [f.request_id for f in (*run.ledger.broken, *run.ledger.contradicted)]
    ids += [row.request_id for row in rows]
    return sorted({i for i in ids if i})


def write(path: Path, run: RunState, *, blocked: int = 0) -> None:
    """The run's live report. A run that tested nothing (`run.not_run`) says so, never green;
    the preflight's line says what the first read reached."""
    target, not_run = run.settings.target, run.not_run
    preflight = run.preflight.line() if run.preflight else None
    failures = failed_rows(run)
    verdicts = assumption_verdicts(run)
    counts = {
        v: sum(1 for _, verdict, _ in verdicts.values() if verdict == v)
        for v in (probes.HELD, probes.BROKEN, probes.NOT_TESTABLE)
    }
    gate = "not run (red)" if not_run else "red" if failures or blocked else "green"
    lines = [
        f"# PracSuite API contract report (`{target}`)",
        "",
        *([f"**Not run, so red: {redact.redact(not_run)}**", ""] if not_run else []),
        *([f"Preflight: {redact.redact(preflight)}", ""] if preflight else []),
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · gate **{gate}** · "
        f"{len(failures)} documented fact(s) contradicted · assumptions: {counts[probes.HELD]} held, "
        f"{counts[probes.BROKEN]} broken, {counts[probes.NOT_TESTABLE]} not testable",
        "",
        "Only a contradiction of what the reference documents fails the gate. Where the reference",
        "is silent the spec states an assumption (`x-assumption`); a broken assumption is reported",
        "here for the spec to follow, not failed. No key or patient value appears in this report.",
        "",
        f"## Documented facts contradicted ({len(failures)})",
        "",
    ]
    if failures:
        lines += [
            "| operation | check | what the API did | request id | reference page |",
            "|---|---|---|---|---|",
        ]
        for row in failures:
            first = row.got.strip().splitlines() or [""]
            lines.append(
                f"| `{row.operation or '(whole API)'}` | `{_cell(row.check, 120)}` "
                f"| {_cell(' '.join(first[:6]))} | `{_cell(row.request_id or '-', 80)}` "
                f"| {row.doc_page} |"
            )
    else:
        lines.append("None.")
    for verdict, title in (
        (probes.BROKEN, "Assumptions broken"),
        (probes.HELD, "Assumptions held"),
        (probes.NOT_TESTABLE, "Assumptions not testable"),
    ):
        rows = [(a, ev) for a, v, ev in verdicts.values() if v == verdict]
        lines += ["", f"## {title} ({len(rows)})", ""]
        if not rows:
            lines.append("None.")
            continue
        lines += ["| pointer | assumption | evidence |", "|---|---|---|"]
        for assumption, evidence in rows:
            shown = "; ".join(evidence[:3]) + (
                f" (+{len(evidence) - 3} more)" if len(evidence) > 3 else ""
            )
            lines.append(
                f"| `{assumption.pointer}` | {_cell(assumption.text)} | {_cell(shown, 500)} |"
            )
    ids = request_ids(run, failures)
    lines += ["", f"## Request ids ({len(ids)})", ""]
    lines += [f"- `{redact.redact(i)}`" for i in ids] or ["None recorded."]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

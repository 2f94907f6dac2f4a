"""`reports/assumptions-<target>.md`: every assumption probed, its verdict and evidence."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contract_tests.probes.verdicts import (
    BROKEN,
    HELD,
    NOT_TESTABLE,
    Verdict,
)
from pracsuite_spec import Assumption


def write_report(
    path: Path, *, target: str, verdicts: Sequence[tuple[Assumption, Verdict]]
) -> None:
    """The run's verdicts (`RunState.verdicts`), one row each."""
    rows = verdicts
    counts = {v: sum(1 for _, r in rows if r.verdict == v) for v in (HELD, BROKEN, NOT_TESTABLE)}
    lines = [
        f"# Assumption probes against `{target}`",
        "",
        "Every `x-assumption` of the PracSuite OpenAPI description (the choices it makes where the",
        "reference is silent), probed against the API. Evidence names requests and statuses only.",
        "",
        f"{counts[HELD]} held · {counts[BROKEN]} broken · {counts[NOT_TESTABLE]} not testable",
        "",
        "| pointer | assumption | verdict | evidence |",
        "|---|---|---|---|",
    ]
    for assumption, verdict in rows:
        text = assumption.text.replace("|", "\\|")
        evidence = verdict.evidence.replace("|", "\\|").replace("\n", " ")
        mark = {"held": "held", "broken": "**broken**", "not testable": "not testable"}[
            verdict.verdict
        ]
        lines.append(f"| `{assumption.pointer}` | {text} | {mark} | {evidence} |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

"""The run summary, `reports/contract-<target>.md`: operations covered, requests, failures, time."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from contract_tests import spec, stats


@dataclass
class TestRecord:
    nodeid: str
    operation: str | None  # "GET /patient", or None for tests about no single operation
    area: str  # the test module, e.g. "pagination", "schemathesis"
    outcome: str  # passed / failed / skipped
    requests: int
    seconds: float
    message: str = ""


def write(
    path: Path,
    *,
    target: str,
    records: list[TestRecord],
    seconds: float,
    blocked: list[str] | None = None,
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    outcomes: dict[str, int] = defaultdict(int)
    for record in records:
        outcomes[record.outcome] += 1
    total_requests = sum(r.requests for r in records)
    by_op: dict[str, list[TestRecord]] = defaultdict(list)
    for record in records:
        by_op[record.operation or "(whole API)"].append(record)

    lines = [
        f"# Contract run against `{target}`",
        "",
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {seconds:.1f} s · "
        f"{total_requests} requests · "
        + ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items())),
        "",
        "## Operations",
        "",
        "Schemathesis runs as one pytest test per phase; its column counts the requests it sent to",
        "each operation (its failures, under Failures, name the operation in their curl line).",
        "",
        "| operation | schemathesis requests | domain checks passed | failed | skipped | domain requests |",
        "|---|---|---|---|---|---|",
    ]
    labels = [f"{op.method.upper()} {op.path}" for op in spec.operations()]
    for label in [*labels, *sorted(set(by_op) - set(labels))]:
        tests = by_op.get(label, [])
        st_state = str(stats.by_operation().get(label, 0))
        domain = [t for t in tests if t.area != "schemathesis"]
        count = {
            o: sum(1 for t in domain if t.outcome == o) for o in ("passed", "failed", "skipped")
        }
        requests = sum(t.requests for t in domain)
        lines.append(
            f"| `{label}` | {st_state} | {count['passed']} | {count['failed']} | {count['skipped']} | {requests} |"
        )
    if blocked:
        lines += ["", f"## Blocked by the run's guard ({len(blocked)}): bugs of the suite", ""]
        lines += [f"- {line}" for line in blocked]
    failures = [r for r in records if r.outcome == "failed"]
    lines += ["", f"## Failures ({len(failures)})", ""]
    for record in failures:
        message = "\n".join(record.message.strip().splitlines()[:25])
        lines += [f"### `{record.nodeid}`", "", "```", message, "```", ""]
    if not failures:
        lines.append("None.")
    skipped: dict[str, int] = defaultdict(int)
    for record in records:
        if record.outcome == "skipped":
            skipped[
                record.message.strip().splitlines()[0] if record.message.strip() else "(no reason)"
            ] += 1
    if skipped:
        lines += ["", "## Skipped", "", "| reason | tests |", "|---|---|"]
        lines += [f"| {reason.replace('|', '/')} | {n} |" for reason, n in sorted(skipped.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

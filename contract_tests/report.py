"""What a contract run says about itself: the console summary at its end and
`reports/contract-<target>.md` (operations × check families, failures, skips and what they mean).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pracsuite_spec
from contract_tests import redact
from contract_tests.failures import GateFailure

if TYPE_CHECKING:
    from contract_tests.run_state import RequestCounts

# The check families (one per suite module), in the order of the summary's columns.
FAMILIES: dict[str, tuple[str, str]] = {
    "schemathesis": (
        "schema",
        "generated requests to every operation (explicit examples, then fuzzing with valid and "
        "invalid data), each answer checked by schemathesis's built-in checks: documented "
        "status, content type, response schema and headers, invalid data rejected, valid data "
        "accepted, keys enforced; then the stateful phase along the spec's OpenAPI links",
    ),
    "pagination": (
        "pages",
        "pages concatenate to the listing without duplicates, totals and links agree, a page "
        "past the last is empty, the default page and page size",
    ),
    "params": (
        "params",
        "page/page_size bounds rejected with a 400 naming the parameter, `sort_by` applied and "
        "unknown sort fields rejected, the default order, `q[]` filters obeyed and combined "
        "with AND, malformed filters rejected",
    ),
    "availability": (
        "avail",
        "the 7-day window, the required appointment type, `account_id` needing `client_id`, "
        "times inside the window with their durations, manual times only by default, filters "
        "intersecting",
    ),
    "auth": (
        "auth",
        "both keys on every operation: a missing key answers 403, a wrong key 401; an unknown "
        "path answers 403",
    ),
    "patients": (
        "patient",
        "listed patients' fields well formed; `time_zone` an IANA name or null and "
        "`accepted_privacy_policy` null/true/false on create and edit (these write)",
    ),
    "tenants": (
        "tenant",
        "each subscriber key lists only its own tenant; a patient created with one key is "
        "invisible to the other (this writes)",
    ),
    "freshness": (
        "fresh",
        "read-your-writes through an identical URL in both tenants (an edit, a create after a "
        "404), keys checked again on URLs answered before, links on the Host asked (mock)",
    ),
    "memo": (
        "memo",
        "availability searched twice: each variant of a week's search (roster flags, "
        "practitioner and business filters, the account's fee category) answers the same "
        "after the others as when searched first (mock: first of a fresh server), and a "
        "practitioner or business filter answers exactly the unfiltered times of it",
    ),
    "integrity": (
        "integ",
        "a group takes members up to `group_max_size` exactly; unknown and foreign references "
        "refused with a documented 4xx; a removed entry's sub-lists 404; a folder lists only "
        "its own attachments (these write)",
    ),
    "transport": (
        "body",
        "request bodies on the mock: over `x-max-body-bytes` 413 (declared or streamed), not "
        "declared JSON 415, a lone surrogate in a value or name 422",
    ),
    "kinds": (
        "kinds",
        "our mock's order and links: nulls sort last; one item of every kind in a list has its "
        "links followed, and `self` answers that very record",
    ),
    "limits": (
        "limits",
        "the mock's limits: over `--rate-limit` 429 with Retry-After (cache hits count), then "
        "served again; a request head of many small headers over the limit 431, under it served",
    ),
    "probes": (
        "probes",
        "each `x-assumption` of the spec (behaviour the reference leaves open) probed: held, "
        "broken or not testable; evidence in `reports/assumptions-<target>.md`",
    ),
}

# What each kind of skip means, matched on the start of the (normalised) reason.
SKIP_MEANINGS: list[tuple[str, str]] = [
    (
        "assumption probes run live",
        "the probes family runs against the live API (or with `--probe`): the mock is built "
        "from the same assumptions, so probing it proves nothing",
    ),
    (
        "not testable",
        "a probe that cannot decide on this target: no probe written yet, it needs writes, or "
        "the data offers nothing to probe with",
    ),
    (
        "writes are off",
        "the check creates or edits records; live runs write only with PRACSUITE_ALLOW_WRITES=1",
    ),
    (
        "stateful phase writes",
        "the stateful phase starts every link at a write; live runs write only with "
        "PRACSUITE_ALLOW_WRITES=1",
    ),
    (
        "contract target unavailable",
        "the target could not be reached as configured (the reason says what to set)",
    ),
]
DATA_SKIP_MEANING = (
    "the target's data offers nothing to test this with (no record has the field, no value to "
    "filter on); the check runs where data exists"
)
_OPERATION_PREFIX = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE) /\S*:\s*")


@dataclass
class TestRecord:
    __test__ = False  # not a pytest test class, despite the name
    nodeid: str
    operation: str | None  # "GET /patient", or None for tests about no single operation
    area: str  # the check family (the test module), e.g. "pagination", "schemathesis"
    outcome: str  # passed / failed / skipped
    requests: int
    seconds: float
    message: str = ""
    check: str = ""  # what is checked, e.g. "sort by is applied (surname)"
    failure: GateFailure | None = None  # the failure object, read as fields


def skip_reason(message: str) -> str:
    """A skip's reason without the operation it names, so like skips group together."""
    first = message.strip().splitlines()[0] if message.strip() else "(no reason)"
    return _OPERATION_PREFIX.sub("", first)


def skip_meaning(reason: str) -> str:
    for start, meaning in SKIP_MEANINGS:
        if reason.startswith(start):
            return meaning
    return DATA_SKIP_MEANING


def _counts(records: Iterable[TestRecord]) -> Counter[str]:
    return Counter(r.outcome for r in records)


def _families(records: list[TestRecord]) -> list[str]:
    present = {r.area for r in records}
    return [f for f in FAMILIES if f in present] + sorted(present - set(FAMILIES))


def _by_operation(records: list[TestRecord]) -> dict[str, list[TestRecord]]:
    by_op: dict[str, list[TestRecord]] = defaultdict(list)
    for record in records:
        by_op[record.operation or "(whole API)"].append(record)
    labels = [op.label for op in pracsuite_spec.load().operations]
    order = [*labels, *sorted(set(by_op) - set(labels))]
    return {label: by_op[label] for label in order if label in by_op}


def _cell(records: Iterable[TestRecord]) -> str:
    count = _counts(records)
    if not count:
        return "-"
    return f"{count['passed']}/{count['failed']}/{count['skipped']}"


def console_summary(
    records: list[TestRecord], *, seconds: float, reports: list[Path], blocked: int = 0
) -> list[str]:
    """The run's last screen: operations × families (passed/failed/skipped), skips by reason,
    the time and where the reports are."""
    families = _families(records)
    short = [FAMILIES.get(f, (f, ""))[0] for f in families]
    by_op = _by_operation(records)
    rows = [
        (label, [_cell(t for t in tests if t.area == family) for family in families])
        for label, tests in by_op.items()
    ]
    rows.append(("all", [_cell(r for r in records if r.area == family) for family in families]))
    width = 1 + max([7, *map(len, short), *(len(c) for _, cells in rows for c in cells)])
    label_width = max(len(label) for label, _ in rows)  # full paths: two share 55 characters
    lines = [
        "checks per operation and family (passed/failed/skipped):",
        f"{'':{label_width}} " + "".join(f"{s:>{width}}" for s in short),
    ]
    lines += [
        f"{label:{label_width}} " + "".join(f"{c:>{width}}" for c in cells) for label, cells in rows
    ]
    skips = Counter(skip_reason(r.message) for r in records if r.outcome == "skipped")
    if skips:
        lines += ["", f"skipped {sum(skips.values())}, by reason:"]
        shown = skips.most_common(8)
        lines += [f"  {n:4}  {reason}" for reason, n in shown]
        if len(skips) > len(shown):
            rest = sum(skips.values()) - sum(n for _, n in shown)
            lines.append(f"  {rest:4}  … {len(skips) - len(shown)} other reasons (see the report)")
    count = _counts(records)
    lines += [
        "",
        f"{len(records)} checks: {count['passed']} passed, {count['failed']} failed, "
        f"{count['skipped']} skipped · {sum(r.requests for r in records)} requests · "
        f"{seconds:.1f} s" + (f" · {blocked} BLOCKED by the guard" if blocked else ""),
        "reports: " + ", ".join(str(p) for p in reports),
    ]
    return lines


def write(
    path: Path,
    *,
    target: str,
    records: list[TestRecord],
    seconds: float,
    blocked: list[str] | None = None,
    not_run: str | None = None,
    preflight: str | None = None,
    counts: RequestCounts | None = None,
) -> None:
    """`not_run`: why the run tested nothing (said first: the run failed); `preflight`: the line
    of the live run's first read; `counts`: the requests the run sent, per operation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = _counts(records)
    families = [*FAMILIES, *(f for f in _families(records) if f not in FAMILIES)]
    lines = [
        f"# Contract run against `{target}`",
        "",
        *([f"**Not run, so red: {redact.redact(not_run)}**", ""] if not_run else []),
        *([f"Preflight: {redact.redact(preflight)}", ""] if preflight else []),
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {seconds:.1f} s · "
        f"{sum(r.requests for r in records)} requests · {count['passed']} passed, "
        f"{count['failed']} failed, {count['skipped']} skipped",
        "",
        "## Check families",
        "",
        "| family | what it checks |",
        "|---|---|",
        *(f"| {f} | {FAMILIES.get(f, ('', ''))[1]} |" for f in families),
        "",
        "## Operations",
        "",
        "Each cell counts checks passed/failed/skipped. Schemathesis runs as one test per",
        "operation; its requests column counts what it sent there.",
        "",
        "| operation | " + " | ".join(families) + " | schemathesis requests | other requests |",
        "|---|" + "---|" * (len(families) + 2),
    ]
    sent = counts.by_operation if counts is not None else {}
    for label, tests in _by_operation(records).items():
        cells = [_cell(t for t in tests if t.area == family) for family in families]
        others = sum(t.requests for t in tests if t.area != "schemathesis")
        lines.append(
            f"| `{label}` | " + " | ".join(cells) + f" | {sent.get(label, 0)} | {others} |"
        )
    if blocked:
        lines += ["", f"## Blocked by the run's guard ({len(blocked)})", ""]
        lines += [f"- {line}" for line in blocked]
    failures = [r for r in records if r.outcome == "failed"]
    lines += ["", f"## Failures ({len(failures)})", ""]
    for record in failures:
        lines += [f"### `{record.nodeid}`", ""]
        failure = record.failure
        if failure is None:
            message = "\n".join(record.message.strip().splitlines()[:25])
            lines += ["```", message, "```", ""]
            continue
        where = f"`{failure.operation}` · " if failure.operation else ""
        lines += [f"{where}check `{failure.check or record.check}` · {failure.kind}", ""]
        if failure.expected:
            lines += [f"Expected: {failure.expected}", ""]
        lines += ["Got:", "", "```", "\n".join(failure.got.strip().splitlines()[:25]), "```", ""]
        if failure.request_id:
            lines += [f"Request id: `{failure.request_id}`", ""]
        if failure.curl:
            lines += [f"Reproduce: `{failure.curl}`", ""]
    if not failures:
        lines.append("None.")
    skipped = Counter(skip_reason(r.message) for r in records if r.outcome == "skipped")
    if skipped:
        lines += ["", "## Skipped", "", "| reason | checks | what it means |", "|---|---|---|"]
        lines += [
            f"| {reason.replace('|', '/')} | {n} | {skip_meaning(reason)} |"
            for reason, n in sorted(skipped.items(), key=lambda item: (-item[1], item[0]))
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

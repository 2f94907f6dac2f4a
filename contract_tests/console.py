"""How a failure and a skip read on the console: one short block per failure (operation, check,
what was expected, what came, the request id, a curl to reproduce without keys) and skip reasons
in words.

Every field is read from the test's failure object (`contract_tests/failures.py`); a failure
without one (a bare assertion in a test) shows its message as what came."""

from __future__ import annotations

from typing import Any

from contract_tests.failures import GateFailure
from contract_tests.report import TestRecord

MAX_LINE = 240


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"


def failure_block(record: TestRecord) -> list[str]:
    """The lines under a FAILED line: each field on its own line, indented."""
    lines = failure_lines(
        record.failure, operation=record.operation, check=record.check, message=record.message
    )
    return ["       " + line for line in lines]


def failure_lines(
    failure: GateFailure | None, *, operation: str | None, check: str, message: str = ""
) -> list[str]:
    """A failure's fields, one a line (also JUnit's failure text); without a failure object,
    the test's message is what came."""
    operation = (failure.operation if failure else None) or operation
    lines = [
        f"operation: {operation or '(the whole API)'}",
        f"check:     {(failure.check if failure else None) or check}",
    ]
    if failure is not None and failure.expected:
        lines.append(f"expected:  {_short(failure.expected)}")
    got = failure.got if failure is not None else message
    lines.append(f"got:       {_short(_first_lines(got))}")
    if failure is not None and failure.request_id:
        lines.append(f"request:   {failure.request_id}")
    if failure is not None and failure.curl:
        lines.append(f"reproduce: {failure.curl}")
    return lines


def _first_lines(text: str, count: int = 3) -> str:
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " · ".join(kept[:count])


def skip_reason(report: Any) -> str:
    """A skipped test's reason in words: pytest's reason, an xfail's reason, or the message of
    the exception that skipped it (never a traceback with locals)."""
    wasxfail = getattr(report, "wasxfail", None)
    if wasxfail:
        return str(wasxfail).removeprefix("reason: ")
    longrepr = report.longrepr
    if isinstance(longrepr, tuple):
        return str(longrepr[2]).removeprefix("Skipped: ")
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        return str(crash.message).removeprefix("Skipped: ")
    return str(longrepr).strip().splitlines()[-1] if str(longrepr).strip() else "(no reason)"

"""How a failure and a skip read on the console: one short block per failure (operation, check,
what was expected, what came, a curl to reproduce without keys) and skip reasons in words.

Fields are read from the `CheckFailure` when there is one; a failure of schemathesis (or a bare
assertion) gives its message, whose own `curl` line, if any, is the reproduction."""

from __future__ import annotations

import re
import shlex
from typing import Any

from contract_tests.checks.failures import CheckFailure

_EXPECTED = re.compile(r"^expected (?P<wanted>[^:]{1,80}): (?P<got>.+)$", re.DOTALL)
_CURL = re.compile(r"curl .+")
_KEY_HEADERS = (("x-api-key", "$PRACSUITE_VENDOR_KEY"), ("A-api-key", "$PRACSUITE_SUBSCRIBER_KEY"))
MAX_LINE = 240


def curl(reproduction: str, body: str | None = None) -> str:
    """`GET <url>` → a curl with both keys as environment variables (never their values)."""
    method, _, url = reproduction.partition(" ")
    parts = ["curl", "-s"] + (["-X", method] if method and method != "GET" else [])
    parts.append(shlex.quote(url))
    parts += [f'-H "{name}: {value}"' for name, value in _KEY_HEADERS]
    if body:
        parts += ["-H 'content-type: application/json'", "-d", shlex.quote(body)]
    return " ".join(parts)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"


def failure_block(
    failure: CheckFailure | None, message: str, *, operation: str | None, check: str
) -> list[str]:
    """The lines under a FAILED line: each field on its own line, indented."""
    text = failure.message if failure is not None else message
    expected = failure.expected if failure is not None else None
    got = text
    found = _EXPECTED.match(text.strip())
    if found:
        expected, got = f"status {found['wanted']}", found["got"]
    reproduction = failure.reproduction if failure is not None else None
    lines = [
        f"operation: {(failure.operation if failure else None) or operation or '(the whole API)'}",
        f"check:     {(failure.check if failure else None) or check}",
    ]
    if expected:
        lines.append(f"expected:  {_short(expected)}")
    lines.append(f"got:       {_short(_first_lines(got))}")
    if reproduction:
        lines.append(f"reproduce: {curl(reproduction, failure.body if failure else None)}")
    else:
        found_curl = _CURL.search(text)
        if found_curl:
            lines.append(f"reproduce: {found_curl.group(0).strip()}")
    return ["       " + line for line in lines]


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

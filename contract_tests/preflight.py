"""The live run's first request: one authenticated read, before pytest collects a check.

A live run that reaches nothing must not look like a clean one (every check skipped, 0 requests,
"green"), and one whose keys are refused must not spend minutes on 1,100 checks that each get a
403. So the plugin asks this once, with short timeouts, and the run goes on only if the API
answered 200 with the operation's list; otherwise it stops, red, with the reason on top.

`GET /reschedule_reason?page=1&page_size=1` is the read: the reference's own example operation,
cheap, present in every tenant. The line it prints names the origin, the status and the request
id, never a key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

import pracsuite_spec
from contract_tests import redact
from contract_tests.failures import request_id_of
from contract_tests.guard import Guard, GuardTransport, origin
from contract_tests.targets import Keys, TargetUnavailable, live_config

OPERATION_ID = "listRescheduleReasons"
# Connect, then read, each within 5 s: a black-holed host fails the run well under 30 s.
TIMEOUT = httpx.Timeout(5.0)


@dataclass(frozen=True)
class Preflight:
    """What the first read reached; `problem` is None when the run may go on."""

    origin: str | None  # scheme://host:port of PRACSUITE_BASE_URL; None when not configured
    status: int | None  # None when nothing answered
    request_id: str | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def line(self) -> str:
        """One line: where, what answered, the request id (no key, no body)."""
        if self.origin is None:
            return redact.redact(f"preflight: run NOT STARTED: {self.problem}")
        answered = f"answered {self.status}" if self.status is not None else "no answer"
        rid = f", request id {self.request_id}" if self.request_id else ""
        read = f"GET …{self.path} {answered}{rid}"
        if self.ok:
            return redact.redact(f"preflight: reached {self.origin}: {read}")
        return redact.redact(f"preflight: run NOT STARTED: {self.problem} ({self.origin}: {read})")

    @property
    def path(self) -> str:
        return pracsuite_spec.load().operation(OPERATION_ID).path


def run() -> Preflight:
    """The preflight of the live target configured by the PRACSUITE_* variables."""
    try:
        base_url, keys = live_config()
    except TargetUnavailable as exc:
        return Preflight(None, None, None, f"not configured: {exc}")
    return check(base_url, keys)


def check(base_url: str, keys: Keys) -> Preflight:
    """One authenticated GET of the preflight operation at `base_url`, through a read-only guard."""
    redact.register_secret(keys.vendor)
    redact.register_secret(keys.subscriber)
    operation = pracsuite_spec.load().operation(OPERATION_ID)
    assert operation.listing is not None
    where = origin(base_url)
    guard = Guard.for_urls([base_url], allow_writes=False)
    transport = GuardTransport(httpx.HTTPTransport(), guard)
    try:
        with httpx.Client(transport=transport, timeout=TIMEOUT) as client:
            response = client.get(
                f"{base_url}{operation.path}",
                params={"page": 1, "page_size": 1},
                headers={"x-api-key": keys.vendor, "A-api-key": keys.subscriber},
            )
    except httpx.TimeoutException:
        return Preflight(where, None, None, f"unreachable: no answer within {TIMEOUT.read:.0f} s")
    except httpx.TransportError as exc:
        return Preflight(where, None, None, f"unreachable: {type(exc).__name__}: {exc}")
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    status, rid = response.status_code, request_id_of(response)
    if status in (401, 403):
        code = body.get("error", {}).get("code") if isinstance(body, dict) else None
        problem = f"the keys were refused ({status} {code or ''}): check PRACSUITE_VENDOR_KEY "
        return Preflight(where, status, rid, problem + "and PRACSUITE_SUBSCRIBER_KEY")
    if status != 200:
        return Preflight(where, status, rid, f"answered {status}, not the documented 200")
    # Is this the API at all: its list under the documented key. The rest of the envelope
    # (total_entries, links) is the suite's to check, so a broken one is reported as a fact
    # contradicted, with its reference page, not as a run that never started.
    items = operation.listing.items_key
    if not (isinstance(body, dict) and isinstance(body.get(items), list)):
        return Preflight(
            where,
            status,
            rid,
            f"answered 200 outside the list envelope (no {items!r} list): "
            "is PRACSUITE_BASE_URL the API's, ending in /v1?",
        )
    return Preflight(where, status, rid, None)

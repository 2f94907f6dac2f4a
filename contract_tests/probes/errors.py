"""Probes of the error envelope: request ids, details naming the parameter, codes from the enum, 429s."""

from __future__ import annotations

import pracsuite_spec
from contract_tests.api import error_code, error_detail
from contract_tests.probes.pagination import simple_list
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
)
from pracsuite_spec import Assumption


def probe_error_envelope(ctx: ProbeContext, _: Assumption) -> Verdict:
    response = ctx.api.get("/patient/999999999")
    body = (
        response.json()
        if response.headers.get("content-type", "").startswith("application/json")
        else {}
    )
    return held_if(
        [
            (
                response.status_code == 404 and bool(body.get("request_id")),
                f"GET /patient/999999999 → {response.status_code}, request_id {'present' if body.get('request_id') else 'absent'}",
            )
        ]
    )


def probe_error_detail(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    response = ctx.api.get(op.path, [("page", "0")])
    detail = error_detail(response)
    return held_if(
        [
            (
                response.status_code == 400 and "page" in detail,
                f"GET {op.path}?page=0 → {response.status_code}, detail "
                + ("names `page`" if "page" in detail else f"{detail[:80]!r}"),
            )
        ]
    )


def probe_error_code(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = simple_list(ctx)
    enum = set(
        pracsuite_spec.load().document["components"]["schemas"]["Error"]["properties"]["code"][
            "enum"
        ]
    )
    seen = {
        f"GET {op.path}?page=0": error_code(ctx.api.get(op.path, [("page", "0")])),
        "GET /patient/999999999": error_code(ctx.api.get("/patient/999999999")),
        "GET /no_such_resource": error_code(ctx.api.get("/no_such_resource")),
    }
    return held_if([(code in enum, f"{what} → code {code}") for what, code in seen.items()])


def probe_too_many(ctx: ProbeContext, _: Assumption) -> Verdict:
    seen = ctx.api.last_429
    if seen is None:
        return Verdict(
            NOT_TESTABLE,
            f"no 429 was answered during this run (at most {ctx.api.throttle.rps or 'unlimited'} requests/s)",
        )
    body = seen.body if isinstance(seen.body, dict) else {}
    retry = {k.lower(): v for k, v in seen.headers.items()}.get("retry-after")
    return held_if(
        [
            (
                (body.get("error") or {}).get("code") == "TOO_MANY_REQUESTS",
                f"429 code {(body.get('error') or {}).get('code')}",
            ),
            (retry is not None and retry.isdigit(), f"Retry-After {retry!r}"),
        ]
    )

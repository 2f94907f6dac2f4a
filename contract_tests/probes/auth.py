"""Probes of the keys' answers: a wrong key 401, a missing key 403 (before validation), another tenant's record 404."""

from __future__ import annotations

from contract_tests.api import Api, error_code
from contract_tests.checks.listings import fetch_page
from contract_tests.probes.pagination import simple_list
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
)
from pracsuite_spec import Assumption


def _status(api: Api, path: str, query: list[tuple[str, str]] | None = None, **kwargs: bool) -> str:
    response = api.get(path, query, **kwargs)
    code = error_code(response)
    return f"{response.status_code}{' ' + code if code else ''}"


def probe_unauthorized(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    wrong = ctx.api.with_keys(subscriber_key="contract-wrong-key-0000")
    return held_if(
        [
            (
                _status(wrong, op.path).startswith("401"),
                f"wrong A-api-key → {_status(wrong, op.path)}",
            ),
            (
                _status(ctx.api, op.path, subscriber=False).startswith("403"),
                f"missing A-api-key → {_status(ctx.api, op.path, subscriber=False)}",
            ),
        ]
    )


def probe_forbidden(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    return held_if(
        [
            (
                _status(ctx.api, op.path, vendor=False).startswith("403"),
                f"missing x-api-key → {_status(ctx.api, op.path, vendor=False)}",
            ),
            (
                _status(ctx.api, "/no_such_resource").startswith("403"),
                f"GET /no_such_resource → {_status(ctx.api, '/no_such_resource')}",
            ),
            (
                _status(ctx.api, op.path, [("page", "0")], vendor=False).startswith("403"),
                "missing key with page=0 → 403 before validation",
            ),
        ]
    )


def probe_not_found(ctx: ProbeContext, _: Assumption) -> Verdict:
    if ctx.other is None:
        return Verdict(NOT_TESTABLE, "needs a second subscriber key (PRACSUITE_SUBSCRIBER_KEY_2)")
    page = fetch_page(ctx.api, "/patient", [("page_size", "1")], items_key="patients")
    if not page.items:
        return Verdict(NOT_TESTABLE, "the first tenant has no patients")
    client_id, tenant = page.items[0]["client_id"], page.items[0].get("tenant_id")
    response = ctx.other.get(f"/patient/{client_id}")
    if response.status_code == 200 and response.json().get("tenant_id") != tenant:
        return Verdict(
            NOT_TESTABLE, "ids are per tenant: the other tenant has its own record with that id"
        )
    return held_if(
        [
            (
                response.status_code == 404,
                f"tenant {tenant}'s patient read with the other key → {response.status_code}",
            )
        ]
    )

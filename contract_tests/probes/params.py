"""Probes of a list operation's parameters: `q[]` filters, sort fields, the default order."""

from __future__ import annotations

import pracsuite_spec
from contract_tests.checks import params
from contract_tests.checks.listings import ListTarget, fetch_all, with_params
from contract_tests.failures import NotApplicable
from contract_tests.probes.pointers import operation_of
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
)
from pracsuite_spec import Assumption, Operation


def _filter_query_ok(ctx: ProbeContext, op: Operation) -> list[tuple[bool, str]]:
    path, query = ctx.queries.path_for(op), ctx.queries.base_query(op)
    listing, _ = fetch_all(ctx.api, path, query, items_key=op.items_key)
    checks: list[tuple[bool, str]] = []
    for field in op.filters:
        value = next(
            (
                params.field_value(i, field)
                for i in listing
                if params.field_value(i, field) is not None
            ),
            None,
        )
        if value is None:
            continue
        entry = f"{field}:eq:{params.format_value(value)}"
        response = ctx.api.get(path, [*query, ("q[]", entry)])
        checks.append(
            (response.status_code == 200, f"q[]={field}:eq:<seen value> → {response.status_code}")
        )
        if response.status_code == 200:
            try:
                params.check_filter(
                    ListTarget(ctx.api, op, path, query),
                    [(field, "eq", params.format_value(value))],
                    listing,
                )
                checks.append((True, f"{field}:eq results match"))
            except AssertionError as exc:
                checks.append((False, f"{field}:eq results differ ({str(exc)[:120]})"))
    bad = ctx.api.get(path, [*query, ("q[]", "no_such_field:eq:1")])
    checks.append((bad.status_code == 400, f"q[]=no_such_field:eq:1 → {bad.status_code}"))
    return checks


def probe_filters(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = operation_of(assumption)
    candidates = (
        [op]
        if op is not None and op.listing is not None and op.filters
        else [o for o in pracsuite_spec.load().list_operations if o.filters]
    )
    for candidate in candidates:
        try:
            checks = _filter_query_ok(ctx, candidate)
        except NotApplicable:
            continue
        if op is None or op.operation_id == candidate.operation_id:
            return held_if([(ok, f"{candidate.label} {text}") for ok, text in checks])
    return Verdict(NOT_TESTABLE, "no filterable operation had data")


def probe_list_operation(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    """Generic for a list operation's assumption: its filters and sort fields are accepted,
    its default order holds."""
    op = operation_of(assumption)
    if op is None or op.listing is None:
        return Verdict(NOT_TESTABLE, "no probe for this assumption yet")
    try:
        path, query = ctx.queries.path_for(op), ctx.queries.base_query(op)
    except NotApplicable as exc:
        return Verdict(NOT_TESTABLE, str(exc))
    checks: list[tuple[bool, str]] = []
    for field in op.sort_fields:
        status = ctx.api.get(path, with_params(query, sort_by=f'["{field}"]')).status_code
        checks.append((status == 200, f'sort_by=["{field}"] → {status}'))
    if op.filters:
        checks += _filter_query_ok(ctx, op)
    if op.default_sort:
        try:
            params.check_default_order(ListTarget(ctx.api, op, path, query))
            checks.append((True, f"default order by {list(op.default_sort)}"))
        except AssertionError:
            checks.append((False, f"default order is not by {list(op.default_sort)}"))
    if not checks:
        return Verdict(NOT_TESTABLE, f"{op.label}: nothing in this assumption is probed yet")
    return held_if(checks)

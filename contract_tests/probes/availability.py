"""Probes of the availability operations: comma-separated ids, the slot grid, roster flags, earliest times."""

from __future__ import annotations

import datetime as dt

import pracsuite_spec
from contract_tests.api import error_detail
from contract_tests.checks import availability
from contract_tests.checks.listings import (
    ListTarget,
    with_params,
)
from contract_tests.probes.pointers import operation_of, parameter_name
from contract_tests.probes.verdicts import (
    BROKEN,
    HELD,
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
    not_probed,
)
from pracsuite_spec import Assumption


def probe_array_style(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = operation_of(assumption)
    name = parameter_name(assumption)
    if (
        op is None
        or op.listing is None
        or name is None
        or name not in availability.PB_LEVEL_FILTERS
    ):
        return not_probed(assumption)
    query = ctx.queries.base_query(op)
    items = availability.listing(ListTarget(ctx.api, op, op.path, query))
    field = availability.PB_LEVEL_FILTERS[name]
    values = sorted({i[field] for i in items})[:2]
    if len(values) < 2:
        return Verdict(NOT_TESTABLE, f"{op.label}: fewer than two {field} values in the window")
    joined = ",".join(map(str, values))
    response = ctx.api.get(op.path, [*query, (name, joined)])
    if response.status_code != 200:
        return Verdict(
            BROKEN, f"{name}={joined} → {response.status_code} {error_detail(response)[:80]}"
        )
    got = {i[field] for i in response.json()[op.items_key]}
    return held_if(
        [
            (
                (got <= set(values) and len(got) > 1) or got == set(values),
                f"{name}={joined} → 200, {field}s {sorted(got)}",
            )
        ]
    )


def probe_availability(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = operation_of(assumption)
    if op is None or op.listing is None or op.date_window is None:
        return not_probed(assumption)
    query = ctx.queries.base_query(op)
    items = availability.listing(ListTarget(ctx.api, op, op.path, query))
    checks: list[tuple[bool, str]] = []
    if op.operation_id in availability.PER_SLOT_OPERATIONS:
        grid = all(dt.datetime.fromisoformat(i["app_time"]).minute % 15 == 0 for i in items)
        checks.append(
            (
                grid,
                f"{len(items)} times all on a 15-minute grid"
                if grid
                else "times off the 15-minute grid",
            )
        )
        for a, b in availability.pick_and_pairs(op, items):
            if a[0] in (op.roster_flags.params if op.roster_flags else ()):
                try:
                    availability.check_and_semantics(ListTarget(ctx.api, op, op.path, query), a, b)
                    checks.append((True, f"{a[0]}=true&{b[0]}=true is the intersection"))
                except AssertionError as exc:
                    checks.append((False, str(exc)[:160]))
    else:
        per_pb: dict[object, int] = {}
        for item in items:
            per_pb[item["practitioner_business_id"]] = (
                per_pb.get(item["practitioner_business_id"], 0) + 1
            )
        once = all(n == 1 for n in per_pb.values())
        checks.append(
            (
                once,
                f"{len(per_pb)} practitioner_businesses, each {'once' if once else 'several times'}",
            )
        )
        listing_op = next(
            (
                o
                for o in pracsuite_spec.load().list_operations
                if o.operation_id in availability.PER_SLOT_OPERATIONS
            ),
            None,
        )
        if listing_op is not None:
            slots = availability.listing(ListTarget(ctx.api, listing_op, listing_op.path, query))
            earliest: dict[object, str] = {}
            for slot in slots:
                pb = slot["practitioner_business_id"]
                earliest[pb] = min(earliest.get(pb, slot["app_time"]), slot["app_time"])
            same = all(earliest.get(i["practitioner_business_id"]) == i["app_time"] for i in items)
            checks.append(
                (
                    same,
                    "each time is that practitioner_business's earliest in the list operation"
                    if same
                    else "some time is not the earliest listed",
                )
            )
    _, to_name, _ = availability.window_params(op)
    start = availability.window_start(op, query)
    backwards = ctx.api.get(
        op.path, with_params(query, **{to_name: (start - dt.timedelta(days=1)).isoformat()})
    )
    checks.append((backwards.status_code == 400, f"`to` before `from` → {backwards.status_code}"))
    verdict = held_if(checks)
    if verdict.verdict == HELD and op.operation_id in availability.PER_SLOT_OPERATIONS:
        verdict.evidence += "; duration precedence not testable without the clinic's rule set"
    return verdict

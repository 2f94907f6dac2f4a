"""Loaded by the schemathesis command line in the fuzz campaign (`SCHEMATHESIS_HOOKS`): the
spec's own formats get the same strategies as in the suite, and Add Group Appointment Member
gets a different seeded patient for each case (schemathesis's docs: replace generated values
with ones that exist in the test environment).

Why the member hook: the coverage phase builds every positive body from the property's example
and bounds, which are both `client_id: 1`; the spec documents that adding a patient who is
already a member answers 422, so after the first case every positive case was refused and the
campaign warned "schema validation mismatch". Each case also goes to the next seeded group (the
seed's groups take one member each today: tests/mock/test_independent_probe.py).
`contract_tests.fuzz` passes the tenant's patient and group appointment ids in
PRACSUITE_FUZZ_MEMBER_IDS and PRACSUITE_FUZZ_GROUP_IDS (comma-separated)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext

from contract_tests.schemathesis_setup import register_formats

register_formats()

MEMBER_OPERATION = "POST /group_appointment/{appointment_id}/add_group_member"


def _ids(variable: str) -> Iterator[int]:
    ids = [int(i) for i in os.environ.get(variable, "").split(",") if i]
    return itertools.cycle(ids) if ids else iter(())


_next_member = _ids("PRACSUITE_FUZZ_MEMBER_IDS")
_next_group = _ids("PRACSUITE_FUZZ_GROUP_IDS")


def _valid_id(value: object) -> bool:
    if isinstance(value, str):  # path parameters may arrive as text
        return value.isdecimal() and int(value) >= 1
    return type(value) is int and value >= 1


def fresh_member(case: Case[Any], members: Iterator[int], groups: Iterator[int]) -> Case[Any]:
    """The case with its `client_id` replaced by the next seeded patient and its group by the
    next seeded group, each only if it was schema-valid.

    A schema-valid id stays schema-valid, so a negative case stays negative (its fault lies
    elsewhere); an id that is itself the fault (0, a string, absent) is left alone."""
    body = case.body
    if (
        isinstance(body, dict)
        and type(body.get("client_id")) is int
        and _valid_id(body["client_id"])
    ):
        replacement = next(members, None)
        if replacement is not None:
            case.body = {**body, "client_id": replacement}
        path = case.path_parameters
        if path is not None and _valid_id(path.get("appointment_id")):
            group = next(groups, None)
            if group is not None:
                case.path_parameters = {**path, "appointment_id": group}
    return case


@schemathesis.hook
def map_case(ctx: HookContext, case: Case[Any]) -> Case[Any]:
    if ctx.operation is not None and ctx.operation.label == MEMBER_OPERATION:
        return fresh_member(case, _next_member, _next_group)
    return case

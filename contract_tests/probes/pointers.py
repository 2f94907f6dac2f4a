"""The spec node an assumption's JSON pointer names: its operation, its parameter."""

from __future__ import annotations

import re

import pracsuite_spec
from pracsuite_spec import Assumption


def operation_of(assumption: Assumption) -> pracsuite_spec.Operation | None:
    match = re.match(r"^/paths/([^/]+)/(get|post|put|patch|delete)", assumption.pointer)
    if not match:
        return None
    path = match.group(1).replace("~1", "/").replace("~0", "~")
    return next(
        (
            op
            for op in pracsuite_spec.load().operations
            if op.path == path and op.method == match.group(2)
        ),
        None,
    )


def parameter_name(assumption: Assumption) -> str | None:
    match = re.match(r"^/paths/[^/]+/\w+/parameters/(\d+)$", assumption.pointer)
    op = operation_of(assumption)
    if not match or op is None:
        return None
    raw = op.raw.get("parameters", [])
    index = int(match.group(1))
    if index >= len(raw):
        return None
    param = pracsuite_spec.resolve(pracsuite_spec.load().document, raw[index])
    return str(param.get("name"))

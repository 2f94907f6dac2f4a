"""Reading (resolved) JSON schemas: their properties and required names through `allOf` (the
one fold, `pracsuite_spec.fold`), the value a record is shown with, the value a missing property
is filled with, and schema names turned into collection names and nouns."""

from __future__ import annotations

import re
from typing import Any

from pracsuite_spec import fold

_WORD_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")


def snake(name: str) -> str:
    """`PatientContact` → `patient_contact`."""
    return _WORD_BOUNDARY.sub("_", name).lower()


def words(name: str) -> str:
    """`PatientContact` → `Patient Contact`."""
    return _WORD_BOUNDARY.sub(" ", name)


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of a schema, through `allOf`."""
    return dict(fold(schema).properties)


def required(schema: dict[str, Any]) -> list[str]:
    return list(fold(schema).required)


def is_integer(schema: Any) -> bool:
    """Whether a property schema allows integers (`type: integer` or a list holding it)."""
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "integer" in kinds


def default_value(schema: Any) -> Any:
    """A value that satisfies a (simple) property schema: null when allowed, else its example."""
    if not isinstance(schema, dict):
        return None
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "null" in kinds:
        return None
    if "default" in schema:
        return schema["default"]
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = kinds[0] if kinds else None
    if kind == "string":
        fmt = schema.get("format")
        return {
            "date": "2020-01-01",
            "date-time": "2020-01-01T00:00:00Z",
            "time": "09:00:00Z",
            "email": "someone@example.com",
            "uri": "https://example.com",
        }.get(str(fmt), "")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: default_value(props.get(name)) for name in schema.get("required") or []}
    return None

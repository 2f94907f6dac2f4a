"""The API's local date-times (`format: local-date-time`, naive, the clinic's zone) are
`datetime.datetime` in every answer model, and reading then writing a record keeps their wire
text (`YYYY-MM-DDTHH:MM:SS`). The fields are found from the spec (pracsuite_spec), not listed."""

from __future__ import annotations

import datetime
import importlib
import re
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pracsuite_client.types import Unset
from test_fast_parsing import local_date_times, values

import pracsuite_spec

SPEC = pracsuite_spec.load()
SCHEMAS: dict[str, Any] = SPEC.document["components"]["schemas"]
REF = "#/components/schemas/"
LOCAL = "local-date-time"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF):
            yield ref[len(REF) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def answer_schemas() -> set[str]:
    """Every component schema an operation's answers reach (through $refs)."""
    seen: set[str] = set()
    todo = [name for op in SPEC.operations for name in _refs(op.raw.get("responses"))]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(SCHEMAS[name]))
    return seen


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of `schema` with those of its `allOf` parts."""
    schema = pracsuite_spec.resolve(SPEC.document, schema)
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        found.update(_properties(part))
    found.update(schema.get("properties") or {})
    return found


def _is_local(schema: Any) -> bool:
    schema = pracsuite_spec.resolve(SPEC.document, schema)
    if not isinstance(schema, dict):
        return False
    members = schema.get("anyOf") or schema.get("oneOf") or []
    return schema.get("format") == LOCAL or any(_is_local(m) for m in members)


def _class(schema_name: str) -> type[Any]:
    name = re.sub(r"(^|_)([a-z0-9])", lambda m: m.group(2).upper(), schema_name)
    return getattr(importlib.import_module("pracsuite_client.models"), name)  # type: ignore[no-any-return]


#: (schema name, field) for every local date-time of every answer model.
LOCAL_FIELDS = sorted(
    (name, field)
    for name in answer_schemas()
    if not _is_local(SCHEMAS[name])
    for field, prop in _properties(SCHEMAS[name]).items()
    if _is_local(prop)
)


def test_the_spec_has_local_date_times_in_answers() -> None:
    fields = {field for _, field in LOCAL_FIELDS}
    assert {"app_time", "payment_time", "item_time"} <= fields, LOCAL_FIELDS


@pytest.mark.parametrize(("schema", "field"), LOCAL_FIELDS)
def test_every_local_date_time_of_an_answer_is_a_datetime(schema: str, field: str) -> None:
    cls = _class(schema)
    hint = typing.get_type_hints(cls)[field]
    members = set(typing.get_args(hint)) if isinstance(hint, types.UnionType) else {hint}
    assert datetime.datetime in members, f"{cls.__name__}.{field} is {hint}"
    assert members <= {datetime.datetime, type(None), Unset}, f"{cls.__name__}.{field} is {hint}"


EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("schema", sorted({schema for schema, _ in LOCAL_FIELDS}))
def test_reading_and_writing_a_record_keeps_the_wire_text(schema: str) -> None:
    cls = _class(schema)
    fields = [field for name, field in LOCAL_FIELDS if name == schema]

    @EXAMPLES
    @given(record=values(SCHEMAS[schema]), when=st.lists(local_date_times(), min_size=1))
    def check(record: dict[str, Any], when: list[str]) -> None:
        for i, field in enumerate(fields):
            record[field] = when[i % len(when)]  # always present, so always checked
        parsed = cls.from_dict(record)
        for field in fields:
            value = getattr(parsed, field)
            assert isinstance(value, datetime.datetime) and value.tzinfo is None
            assert value == datetime.datetime.fromisoformat(record[field])
        written = parsed.to_dict()
        assert {f: written[f] for f in fields} == {f: record[f] for f in fields}
        assert cls.from_dict(written).to_dict() == written  # and again, unchanged

    check()

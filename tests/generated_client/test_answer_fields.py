"""Fields every answer carries are never `Unset`: every property of every record an answer
holds is `required` in the spec (an `x-assumption` says so where the reference does not), and
the generated model types none of them `Unset`. Only links are left optional: the reference
shows some only on some records (`appointment_clients` on group appointments, `resources` not on
rule outs). The schemas are found from the spec through pracsuite_spec, not listed."""

from __future__ import annotations

import types
import typing
from typing import Any

import pytest
from pracsuite_client.types import Unset
from test_local_datetimes import SCHEMAS, _class, _properties, answer_schemas

#: Answer schemas with properties, but the link objects.
RECORDS = sorted(
    name
    for name in answer_schemas()
    if "properties" in SCHEMAS[name] and not name.endswith("Links")
)


def test_the_answers_hold_records() -> None:
    assert {"Patient", "Appointment", "Business", "Invoice", "Payment", "PatientAccount"} <= set(
        RECORDS
    )


@pytest.mark.parametrize("schema", RECORDS)
def test_every_field_of_an_answer_record_is_required(schema: str) -> None:
    node: dict[str, Any] = SCHEMAS[schema]
    assert set(node["properties"]) <= set(node.get("required") or []), (
        f"{schema}: every field an answer carries must be required (null when empty); "
        "mark it with an x-assumption where the reference does not say"
    )


@pytest.mark.parametrize("schema", RECORDS)
def test_no_field_of_an_answer_model_is_unset(schema: str) -> None:
    cls = _class(schema)
    hints = typing.get_type_hints(cls)
    for field in _properties(SCHEMAS[schema]):
        name = field if field in hints else field.replace("-", "_")
        hint = hints[name]
        members = set(typing.get_args(hint)) if isinstance(hint, types.UnionType) else {hint}
        assert Unset not in members, f"{cls.__name__}.{name} is {hint}"

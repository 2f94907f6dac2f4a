"""What an independent schemathesis run (no project config, every phase) found in the spec: its
own example of a memo body was refused (attachment 2 is not patient 1's), and the time zone
allowed the empty string that the mock rightly refuses (null clears it)."""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema

from pracsuite_spec import Spec


def _example_body(spec: Spec, schema_name: str) -> dict[str, Any]:
    schema = spec.schema(schema_name)
    assert isinstance(schema, dict)
    return {
        name: prop["example"]
        for name, prop in schema["properties"].items()
        if isinstance(prop, dict) and "example" in prop
    }


def test_the_memo_example_is_accepted(client: httpx.Client, spec: Spec) -> None:
    body = _example_body(spec, "ClinicalNoteMemoCreate")
    assert {"client_id", "memo", "tag_ids", "attachment_client_ids"} <= set(body)
    r = client.post("/clinical_note_memo", json=body)
    assert r.status_code == 201, r.text


def test_the_time_zone_schema_refuses_what_the_mock_refuses(
    client: httpx.Client, spec: Spec
) -> None:
    schema = spec.schema("IanaTimeZone")
    assert isinstance(schema, dict)
    assert not jsonschema.Draft202012Validator(schema).is_valid("")
    assert jsonschema.Draft202012Validator(schema).is_valid(None)
    r = client.post("/patient", json={"first_name": "A", "surname": "B", "timezone": ""})
    assert r.status_code == 422, r.text

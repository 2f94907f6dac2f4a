"""No input produces a 5xx: random query strings, path segments and bodies on every operation,
with response validation switched on (a response that breaks the spec would be a 500)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pracsuite_spec
from pracsuite_mock import MockConfig
from pracsuite_mock.embed import in_process_client
from pracsuite_spec import Operation

OPERATIONS = pracsuite_spec.load().operations
text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
values = st.one_of(
    text,
    st.integers(-5, 10**20).map(str),
    st.sampled_from(["true", "false", "", "[]", '["client_id"]', "1,2", "2026-01-05", "null"]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def fuzz_client() -> Iterator[httpx.Client]:
    with in_process_client(MockConfig(validate_responses=True)) as c:
        yield c


def _path(op: Operation, segment: str) -> str:
    path = op.path
    for p in op.parameters:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", segment)
    return path


@pytest.mark.parametrize("op", OPERATIONS, ids=[o.operation_id for o in OPERATIONS])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_input_never_5xx(
    fuzz_client: httpx.Client, op: Operation, data: st.DataObject
) -> None:
    params = [p for p in op.parameters if p.location == "query"]
    names = [p.name for p in params] + ["zzz"]
    query = data.draw(st.lists(st.tuples(st.sampled_from(names), values), max_size=5))
    for p in params:  # often also a plausible value, so handlers run, not only validation
        example = p.raw.get("example", p.schema.get("example"))
        if example is not None and data.draw(st.booleans()):
            if isinstance(example, list):
                example = json.dumps(example) if p.json_content else ",".join(map(str, example))
            query.append(
                (p.name, str(example).lower() if isinstance(example, bool) else str(example))
            )
    segment = data.draw(st.sampled_from(["1", "2", "0", "-1", "abc", "99999999999999999999"]))
    body = None
    if op.body_schema is not None:
        props = list(op.body_schema.get("properties") or {})
        body = data.draw(
            st.one_of(
                json_values,
                st.dictionaries(st.sampled_from(props or ["x"]), json_values, max_size=6),
            )
        )
    r = fuzz_client.request(
        op.method,
        _path(op, segment),
        params=query,
        content=json.dumps(body) if body is not None else None,
    )
    assert r.status_code < 500, f"{op.operation_id} {query} {body!r}: {r.text}"

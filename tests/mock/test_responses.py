"""JSON answers are encoded by orjson: the same JSON as the standard library's compact encoding
the mock answered before, for every JSON value a record can hold: the same values of the same
types in the same order; only a float may be spelled differently (`6.103515625e-05` is
`0.00006103515625`)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.responses import JSONResponse as StarletteJSON

from pracsuite_mock.categories import Category
from pracsuite_mock.responses import JSONResponse

TEXT = st.text(
    st.characters(exclude_categories=["Cs"])
)  # no lone surrogates: the store refuses them
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: the fallback encodes them
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
    | st.sampled_from(list(Category))
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


def _stdlib(content: Any) -> bytes:
    return json.dumps(
        content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode("utf-8")


class _Object(tuple[tuple[str, Any], ...]):
    """A decoded JSON object as its pairs in order (so key order counts)."""


def _typed(value: Any) -> Any:
    """A decoded JSON value with its types spelled out, so `30` and `30.0` differ."""
    if isinstance(value, _Object):
        return ("object", [(k, _typed(v)) for k, v in value])
    if isinstance(value, list):
        return ("array", [_typed(v) for v in value])
    return (type(value).__name__, value)


def _decoded(body: bytes) -> Any:
    return _typed(json.loads(body, object_pairs_hook=_Object))


def _has_float(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    return isinstance(value, float)


@settings(max_examples=300)
@given(VALUES)
def test_the_same_json_as_the_standard_library(value: Any) -> None:
    ours, theirs = JSONResponse(value).body, _stdlib(value)
    assert _decoded(ours) == _decoded(theirs)
    if not _has_float(value):
        assert ours == theirs


def test_headers_are_those_of_starlettes_json_answer() -> None:
    content = {"a": 30.0, "b": "é", "c": 2**70}
    ours, theirs = JSONResponse(content, status_code=201), StarletteJSON(content, status_code=201)
    assert ours.body == theirs.body
    assert ours.raw_headers == theirs.raw_headers

"""JSON answers are encoded by orjson: the same JSON as the standard library's compact encoding
the mock answered before, for every JSON value a record can hold."""

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


@settings(max_examples=300)
@given(VALUES)
def test_the_same_bytes_as_the_standard_library(value: Any) -> None:
    assert JSONResponse(value).body == _stdlib(value)


def test_headers_are_those_of_starlettes_json_answer() -> None:
    content = {"a": 30.0, "b": "é", "c": 2**70}
    ours, theirs = JSONResponse(content, status_code=201), StarletteJSON(content, status_code=201)
    assert ours.body == theirs.body
    assert ours.raw_headers == theirs.raw_headers

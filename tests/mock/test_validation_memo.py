"""Parameter values remembered as valid (`Validators.passed`) are answered exactly as the
validator answers them: a value that once passed passes, anything else (another type with an
equal value, another schema) is checked afresh."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pracsuite_mock import validation
from pracsuite_mock.errors import BadRequest
from pracsuite_spec import Parameter

_scalars = st.one_of(
    st.integers(-5, 5), st.booleans(), st.floats(allow_nan=True), st.text(max_size=3), st.none()
)
_values = st.one_of(_scalars, st.lists(_scalars, max_size=4))
_schemas = st.sampled_from(
    [
        {"type": "integer", "minimum": 1},
        {"type": "boolean"},
        {"type": "array", "items": {"type": "integer", "minimum": 0}, "uniqueItems": True},
        {"type": "string", "format": "date"},
        {"type": ["integer", "null"], "maximum": 3},
    ]
)


def _verdict(schema: dict[str, Any], value: Any) -> bool:
    return not any(validation.Validators().for_schema(schema).iter_errors(value))


@given(schema=_schemas, values=st.lists(_values, min_size=1, max_size=8))
def test_remembered_values_answer_as_the_validator(
    schema: dict[str, Any], values: list[Any]
) -> None:
    param = cast(Parameter, SimpleNamespace(name="p", schema=schema))
    validators = validation.Validators()
    with pytest.MonkeyPatch.context() as patched:
        for value in values * 2:  # the second pass reads the memo
            patched.setattr(validation, "_decode", lambda _p, _v, value=value: value)
            try:
                validation._decode_and_check(param, ["x"], validators)
                passed = True
            except BadRequest:
                passed = False
            assert passed == _verdict(schema, value), value


def test_an_equal_value_of_another_type_is_not_remembered() -> None:
    schema = {"type": "integer"}
    assert validation._typed(1) != validation._typed(True)
    assert validation._typed(1) != validation._typed(1.0)
    assert _verdict(schema, 1) and not _verdict(schema, True)

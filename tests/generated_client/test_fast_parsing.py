"""The fast `from_dict` (openapi/generator/templates/model.py.jinja and
property_templates/union_property.py.jinja) builds exactly what the earlier templates built.

The oracle is the earlier generation itself: the same spec generated with the same templates
minus the two fast ones, as the package `pracsuite_client_stock`. Records are generated from the
spec's own schemas (every component schema with a model, and every operation's 200 answer), with
unknown fields added at times; both packages parse each record and must agree field by field, in
type and value. JSON bodies read with orjson must equal `response.json()`, and date-times must
parse to what dateutil's `isoparse` (the parser of earlier generator versions) gives.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pracsuite_client import Client
from pracsuite_client import types as client_types
from pracsuite_client.api.patient import get_patient
from pracsuite_client.models import PatientWithMeta

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "pracsuite.yaml"
TEMPLATES = ROOT / "openapi" / "generator" / "templates"
FAST_TEMPLATES = ("model.py.jinja", "property_templates/union_property.py.jinja")
STOCK = "pracsuite_client_stock"
SPEC: dict[str, Any] = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
EXAMPLES = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the oracle: the models as the earlier templates generate them ----------------------------


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """`pracsuite_client_stock`: the spec generated without the fast templates."""
    pytest.importorskip("openapi_python_client")
    from test_generation import gen  # scripts/generate_client.py, loaded once

    tmp = tmp_path_factory.mktemp("stock")
    templates = tmp / "templates"
    shutil.copytree(TEMPLATES, templates)
    for name in FAST_TEMPLATES:
        (templates / name).unlink()
    out = tmp / "client"
    gen.generate(BUNDLE, out, templates=templates, package=STOCK)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(STOCK)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == STOCK or m.startswith(STOCK + ".")]:
            del sys.modules[name]


def _same(new: Any, old: Any, where: str = "") -> None:
    """`new` (pracsuite_client) and `old` (the stock package) hold the same data, type for type."""
    if attrs.has(type(new)):
        assert type(new).__name__ == type(old).__name__, where
        for field in attrs.fields(type(new)):
            _same(getattr(new, field.name), getattr(old, field.name), f"{where}.{field.name}")
    elif type(new).__name__ == "Unset":
        assert type(old).__name__ == "Unset", where
    elif isinstance(new, list):
        assert isinstance(old, list) and len(new) == len(old), where
        for i, (a, b) in enumerate(zip(new, old, strict=True)):
            _same(a, b, f"{where}[{i}]")
    elif isinstance(new, dict):
        assert isinstance(old, dict) and list(new) == list(old), where  # same keys, same order
        for key in new:
            _same(new[key], old[key], f"{where}[{key!r}]")
    else:
        assert type(new) is type(old) and new == old, f"{where}: {new!r} != {old!r}"
        if isinstance(new, datetime.datetime):
            assert new.utcoffset() == old.utcoffset(), where


# --- records generated from the spec's schemas --------------------------------------------------


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with its `allOf` parts folded in (PracSuite uses allOf to add list metadata)."""
    schema = _resolve(schema)
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in [_merged(p) for p in schema["allOf"]] + [schema]:
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
        if "additionalProperties" in part:
            merged["additionalProperties"] = part["additionalProperties"]
    return merged


#: RFC 3339 date-times as the API may send them: Z or an offset, no or 1 to 6 fraction digits.
def rfc3339() -> st.SearchStrategy[str]:
    offsets = st.one_of(
        st.just("Z"),
        st.builds(
            lambda sign, h, m: f"{sign}{h:02d}:{m:02d}",
            st.sampled_from("+-"),
            st.integers(0, 23),
            st.sampled_from([0, 15, 30, 45]),
        ),
    )
    fractions = st.one_of(
        st.just(""),
        st.integers(1, 6).flatmap(lambda n: st.integers(0, 10**n - 1).map(lambda v: f".{v:0{n}d}")),
    )
    moments = st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2200, 1, 1))
    return st.builds(
        lambda when, fraction, offset: when.strftime("%Y-%m-%dT%H:%M:%S") + fraction + offset,
        moments,
        fractions,
        offsets,
    )


def local_date_times() -> st.SearchStrategy[str]:
    """The API's local date-times (`format: local-date-time`): `YYYY-MM-DDTHH:MM:SS`."""
    return st.datetimes().map(lambda when: when.replace(microsecond=0).isoformat())


JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=8)
)
UNKNOWN = st.dictionaries(
    st.text(min_size=1, max_size=10).map(lambda s: "x_" + s), JSON_SCALARS, max_size=2
)


def values(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Structurally valid JSON for `schema` (the parser checks types, not lengths or patterns)."""
    schema = _merged(schema)
    if "anyOf" in schema or "oneOf" in schema:
        return st.one_of([values(s, depth) for s in schema.get("anyOf", schema.get("oneOf"))])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        return st.one_of([values({**schema, "type": k}, depth) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return rfc3339()
        if fmt == "date":
            return st.dates().map(datetime.date.isoformat)
        if fmt == "local-date-time":  # the API's local time: whole seconds, no offset
            return local_date_times()
        if fmt == "uuid":
            return st.uuids().map(str)
        return st.text(max_size=12)
    if kind == "array":
        return st.lists(values(schema.get("items", {}), depth + 1), max_size=3 if depth < 2 else 0)
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties", True)
    unknown = (
        st.just({})
        if extra is False
        else UNKNOWN
        if extra is True
        else st.dictionaries(st.text(min_size=1, max_size=6), values(extra, depth + 1), max_size=2)
    )
    return st.fixed_dictionaries(
        {name: values(s, depth + 1) for name, s in properties.items() if name in required},
        optional={
            name: values(s, depth + 1) for name, s in properties.items() if name not in required
        },
    ).flatmap(lambda record: unknown.map(lambda more: {**more, **record}))


def _class_name(schema_name: str) -> str:
    return re.sub(r"(^|_)([a-z0-9])", lambda m: m.group(2).upper(), schema_name)


import pracsuite_client.models as fast_models  # noqa: E402

MODELS = sorted(
    name for name in SCHEMAS if attrs.has(getattr(fast_models, _class_name(name), None) or object)
)


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(module path under api/, method path, 200 answer schema) of every operation with one."""
    from test_generation import gen

    modules = {
        gen._norm(p.stem): f"{p.parent.name}.{p.stem}"
        for p in (ROOT / "generated_client" / "pracsuite_client" / "api").glob("*/*.py")
    }
    found = []
    for method, path, op, _params in gen.operations(SPEC):
        ok = op.get("responses", {}).get("200", {})
        if "$ref" in ok:
            ok = SPEC["components"]["responses"][ok["$ref"].rsplit("/", 1)[-1]]
        schema = ok.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            found.append(
                (modules[gen._norm(op["operationId"])], f"{method.upper()} {path}", schema)
            )
    return found


OPERATIONS = _operations()


def test_the_strategies_cover_the_spec() -> None:
    # A model or an answer silently left out would go untested.
    assert "PatientWithMeta" in MODELS and "Appointment" in MODELS
    assert len(MODELS) >= 60
    assert len(OPERATIONS) >= 40


@pytest.mark.parametrize("name", MODELS)
def test_every_model_parses_as_the_earlier_templates_did(name: str, stock: ModuleType) -> None:
    fast_class = getattr(fast_models, _class_name(name))
    stock_class = getattr(importlib.import_module(f"{STOCK}.models"), _class_name(name))

    @EXAMPLES
    @given(record=values(SCHEMAS[name]))
    def check(record: dict[str, Any]) -> None:
        _same(fast_class.from_dict(record), stock_class.from_dict(record), name)

    check()


@pytest.mark.parametrize(
    ("module", "label", "schema"), OPERATIONS, ids=[label for _, label, _ in OPERATIONS]
)
def test_every_answer_parses_as_the_earlier_templates_did(
    module: str, label: str, schema: dict[str, Any], stock: ModuleType
) -> None:
    fast_op = importlib.import_module(f"pracsuite_client.api.{module}")
    stock_op = importlib.import_module(f"{STOCK}.api.{module}")

    @EXAMPLES
    @given(body=values(schema))
    def check(body: Any) -> None:
        response = httpx.Response(200, json=body)
        fast = fast_op._parse_response(client=None, response=response)
        _same(fast, stock_op._parse_response(client=None, response=response), label)

    check()


# --- the fast paths' edges: what falls through, what is kept ------------------------------------

# Every field of a patient is always present (null when empty), as the spec requires.
EMPTY_FIELDS = dict.fromkeys(
    """title middle_name preferred_name date_of_birth email gender address_1 address_2 address_3 address_4 suburb address_state postcode country home_phone work_phone mobile fax preferred_phone file_no patient_notes patient_warnings fee_category fee_cat_id health_fund health_fund_member_no pension_no default_practitioner_business_id sex_id pronoun_id""".split()
)
STAMPS = {"created": "2024-01-01T00:00:00.000000Z", "modified": "2024-01-01T00:00:00.000000Z"}

PATIENT = {
    **EMPTY_FIELDS,
    **STAMPS,
    "row_num": 1,
    "total_rows": 1,
    "links": {"self": "https://api.pracsuite.com/v1/patient/7"},
    "client_id": 7,
    "tenant_id": 1,
    "first_name": "Ada",
    "surname": "Lovelace",
    "accepted_privacy_policy": None,
    "time_zone": None,
}


@pytest.mark.parametrize(
    "changes",
    [
        {"date_of_birth": "not a date"},  # a nullable date that does not parse: kept as text
        {"date_of_birth": 19900401},  # not even a string: kept as it is
        {"date_of_birth": None, "preferred_phone": None},
        {"preferred_phone": 9},  # an enum value newer than the client: kept
        {"preferred_phone": "1"},  # the wrong JSON type: kept as it is
        {"zz_new": [1], "aa_new": {"x": None}},  # unknown fields, kept in their order
        {"created": "2020-09-12T11:09:42.687393Z", "modified": "2020-09-12T11:09:42+09:30"},
    ],
)
def test_edge_records_parse_as_the_earlier_templates_did(
    changes: dict[str, Any], stock: ModuleType
) -> None:
    record = {**PATIENT, **changes}
    stock_class = importlib.import_module(f"{STOCK}.models").PatientWithMeta
    _same(PatientWithMeta.from_dict(record), stock_class.from_dict(record))


@pytest.mark.parametrize("missing", ["client_id", "links", "time_zone"])
def test_a_missing_required_field_still_raises_key_error(missing: str) -> None:
    record = {k: v for k, v in PATIENT.items() if k != missing}
    with pytest.raises(KeyError):
        PatientWithMeta.from_dict(record)


def test_unknown_fields_are_kept_without_sharing_a_dict_between_records() -> None:
    plain = PatientWithMeta.from_dict(PATIENT)
    other = PatientWithMeta.from_dict(PATIENT)
    plain["note"] = 1
    assert plain.additional_properties == {"note": 1} and other.additional_properties == {}


# --- date-times ---------------------------------------------------------------------------------


@EXAMPLES
@given(text=rfc3339())
def test_date_times_parse_as_dateutil_isoparse_does(text: str) -> None:
    from dateutil.parser import isoparse  # in the test extra: never skipped
    parsed = PatientWithMeta.from_dict({**PATIENT, "created": text}).created
    expected = isoparse(text)
    assert isinstance(parsed, datetime.datetime)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


# --- JSON bodies ----------------------------------------------------------------------------------

JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),  # beyond 64 bits orjson refuses, and json_body falls back
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(),  # lone surrogates included
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _identical(a: Any, b: Any) -> bool:
    """Equal in type and value, -0.0 apart from 0.0 (== would call them equal), NaN as NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        same = a == b or (math.isnan(a) and math.isnan(b))
        return same and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, list):
        return len(a) == len(b) and all(_identical(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_identical(a[k], b[k]) for k in a)
    return bool(a == b)


@settings(max_examples=200, deadline=None)
@given(document=JSON, ascii_only=st.booleans())
def test_json_body_reads_what_response_json_reads(document: Any, ascii_only: bool) -> None:
    response = httpx.Response(
        200, content=json.dumps(document, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    )
    assert _identical(client_types.json_body(response), response.json())


NUMBER = st.from_regex(
    r"-?(0|[1-9][0-9]{0,24})(\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?", fullmatch=True
)


@settings(max_examples=300, deadline=None)
@given(numbers=st.lists(NUMBER, min_size=1, max_size=5))
def test_json_body_reads_number_literals_as_response_json_does(numbers: list[str]) -> None:
    # orjson reads integers beyond 64 bits as floats: json_body must not let that through.
    response = httpx.Response(200, content=("[" + ",".join(numbers) + "]").encode())
    expected = response.json()
    assert _identical(client_types.json_body(response), expected), numbers


@pytest.mark.parametrize("offset", range(7))
@pytest.mark.parametrize("digits", ["9223372036854775808", "18446744073709551616", "1" * 40])
def test_json_body_finds_a_long_integer_wherever_it_is(offset: int, digits: str) -> None:
    # However json_body looks for long integers, no alignment may hide one from it.
    for number in (digits, "-" + digits):
        response = httpx.Response(200, content=(" " * offset + f"[{number}]").encode())
        assert _identical(client_types.json_body(response), [int(number)])


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>gateway</html>", b'{"a": NaN}', b"\xef\xbb\xbf[1]", '{"a": 1}'.encode("utf-16")],
)
def test_json_body_reads_or_refuses_what_response_json_does(body: bytes) -> None:
    response = httpx.Response(200, content=body)
    try:
        expected: Any = response.json()
    except ValueError as exc:
        with pytest.raises(type(exc)):
            client_types.json_body(response)
    else:
        assert _identical(client_types.json_body(response), expected)


def test_json_body_without_orjson_is_response_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_types, "_orjson", None)
    record = {**PATIENT, "created": "2020-09-12T11:09:42.687393Z"}
    api = Client(
        base_url="https://api.pracsuite.com/v1",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json=record))},
    )
    patient = get_patient.sync(7, client=api)
    assert patient.client_id == 7 and patient.additional_properties["row_num"] == 1
    assert patient.created == datetime.datetime(2020, 9, 12, 11, 9, 42, 687393, datetime.UTC)

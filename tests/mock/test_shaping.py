"""Showing records: each schema's shape is read from the spec once and shared by every Shaper
of the same `Shapes`."""

from __future__ import annotations

import pracsuite_spec
from pracsuite_mock.shaping import Shaper, Shapes


def test_a_schema_is_compiled_once_whatever_the_base_url() -> None:
    spec = pracsuite_spec.load()
    schema = spec.schema("Patient")
    shapes = Shapes(spec)
    first = shapes.get("Patient", schema)
    Shaper(shapes, "http://a/v1").show({"client_id": 1}, "Patient", schema)
    Shaper(shapes, "http://b/v1").show({"client_id": 2}, "Patient", schema)
    assert shapes.get("Patient", schema) is first


def test_links_follow_the_base_url_and_the_record() -> None:
    spec = pracsuite_spec.load()
    schema = spec.schema("Patient")
    shown = Shaper(Shapes(spec), "http://b:9/v1/").show({"client_id": 7}, "Patient", schema)
    assert shown["links"]["self"] == "http://b:9/v1/patient/7"


def test_an_integral_float_is_shown_as_an_integer_only_where_the_property_is_one() -> None:
    spec = pracsuite_spec.load()
    schema = spec.schema("Patient")
    shown = Shaper(Shapes(spec), "http://a/v1").show({"client_id": 3.0}, "Patient", schema)
    assert shown["client_id"] == 3 and isinstance(shown["client_id"], int)

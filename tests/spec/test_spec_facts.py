"""The derived facts of `pracsuite_spec.Operation` and the typed extensions, on a small spec
written for them: which response documents a status (one rule), the pointer of its schema
through `$ref`s, the one `allOf` fold with `x-present-when`, and the body limit's default."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import pracsuite_spec
from pracsuite_spec import Spec

SMALL = """
openapi: 3.1.0
info: {title: t, version: v1}
x-max-body-bytes: 2048
paths:
  /thing:
    post:
      operationId: createThing
      x-assumption: "sortable
        fields are a guess"
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
      responses:
        '201': {$ref: '#/components/responses/Made'}
        '302': {description: elsewhere}
        4XX: {description: refused, content: {application/json: {schema: {type: object}}}}
        default: {description: other}
components:
  responses:
    Made:
      description: made
      content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
  parameters:
    QueryFilters:
      name: q[]
      in: query
      schema: {type: array, items: {type: string}}
      x-filter-syntax: {separator: '~', operators: {integer: [eq, gt]}}
  schemas:
    Base:
      type: object
      required: [id]
      properties: {id: {type: integer}, links: {type: object}}
      x-present-when: {links: the thing is stored}
    Thing:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [name]
          properties: {name: {type: string}}
      additionalProperties: false
"""


def small() -> Spec:
    document: dict[str, Any] = yaml.safe_load(SMALL)
    return Spec(document)


SMALL_SPEC = small()


@settings(deadline=None)  # the machine is shared: timing says nothing here
@given(status=st.integers(min_value=100, max_value=599))
def test_one_rule_says_which_response_documents_a_status(status: int) -> None:
    op = SMALL_SPEC.operation("createThing")
    key = op.response_key(status)
    if status in (201, 302):
        assert key == str(status)
    elif 400 <= status < 500:
        assert key == "4XX"
    else:
        assert key == "default"
    assert op.documents(status)
    schema = op.response_schema(status)
    assert (schema is not None) == (status == 201 or 400 <= status < 500)


def test_the_schema_pointer_follows_refs_to_the_node_that_carries_it() -> None:
    op = small().operation("createThing")
    assert op.response_schema_pointer(201) == (
        "/components/responses/Made/content/application~1json/schema"
    )
    assert op.response_schema_pointer(404) == (
        "/paths/~1thing/post/responses/4XX/content/application~1json/schema"
    )
    assert op.response_schema_pointer(500) is None  # `default` has no JSON body
    assert op.redirect_statuses == {302}
    assert op.success[0] == 201 and op.success_schema_name == "Thing"


def test_the_fold_merges_all_of_parts_and_present_when() -> None:
    spec = small()
    folded = spec.fold({"$ref": "#/components/schemas/Thing"})
    assert list(folded.properties) == ["id", "links", "name"]
    assert folded.required == ("id", "name")
    assert folded.present_when == {"links": "the thing is stored"}
    assert folded.additional_properties is False
    body = spec.operation("createThing").body_schema
    assert body is not None and pracsuite_spec.fold(body).properties.keys() == {
        "id",
        "links",
        "name",
    }


def test_extensions_are_typed_fields() -> None:
    spec = small()
    op = spec.operation("createThing")
    assert spec.max_body_bytes == 2048
    assert spec.filter_syntax.separator == "~"
    assert spec.filter_syntax.operators == {"integer": ("eq", "gt")}
    assert op.assumption == "sortable fields are a guess"
    assert op.body_required and op.items_key == "" and op.filters == {}
    document: dict[str, Any] = yaml.safe_load(SMALL)
    del document["x-max-body-bytes"]
    assert Spec(document).max_body_bytes == pracsuite_spec.model.DEFAULT_MAX_BODY_BYTES


def test_the_bundles_window_and_roster_flags_are_typed() -> None:
    spec = pracsuite_spec.load()
    op = spec.operation("listAvailableAppointments")
    assert op.roster_flags is not None and op.roster_flags.default_when_none == ("manual",)
    assert op.date_window is not None and op.date_window.max_days == spec.date_window_days

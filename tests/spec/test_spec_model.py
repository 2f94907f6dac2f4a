"""The one model of the spec: one dedupe rule for assumptions, known extensions only, and the
facts the mock and the suite share (the availability window) read from it."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

import pracsuite_spec
from pracsuite_spec import Spec, UnknownExtension

ALIASED = """
openapi: 3.1.0
info: {title: t, version: v1, x-assumption: on the document}
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - &shared {name: ids, in: query, schema: {type: string}, x-assumption: comma-separated}
      responses: {'200': {description: ok}}
  /b:
    get:
      operationId: getB
      parameters:
        - *shared
        - {name: other, in: query, schema: {type: string}, x-assumption: comma-separated}
      responses: {'200': {description: ok}}
"""


def _spec(text: str) -> Spec:
    document: dict[str, Any] = yaml.safe_load(text)
    return Spec(document)


def test_a_node_shared_by_an_alias_is_one_assumption_with_every_pointer() -> None:
    found = _spec(ALIASED).assumptions()
    assert [a.pointer for a in found] == [
        "/info",
        "/paths/~1a/get/parameters/0",
        "/paths/~1b/get/parameters/1",
    ]
    assert found[1].pointers == ("/paths/~1a/get/parameters/0", "/paths/~1b/get/parameters/0")
    # the same words on two separate nodes are two assumptions: they can break independently
    assert found[1].text == found[2].text


def test_the_bundle_counts_each_node_once() -> None:
    """The old script expanded aliases (133), the suite's walker did not (129): one rule now."""
    spec = pracsuite_spec.load()
    found = spec.assumptions()
    assert len({id(pracsuite_spec.pointer_get(spec.document, a.pointer)) for a in found}) == len(
        found
    )
    assert sum(len(a.pointers) for a in found) > len(found)  # the bundle does share some


def test_an_unknown_extension_fails_the_load() -> None:
    with pytest.raises(UnknownExtension, match="/paths/~1a/get/x-asumption"):
        _spec(ALIASED.replace("operationId: getA", "operationId: getA\n      x-asumption: typo"))


def test_property_names_that_start_with_x_are_not_extensions() -> None:
    text = ALIASED.replace(
        "responses: {'200': {description: ok}}\n  /b",
        "responses: {'200': {description: ok, headers: {x-request-id: {schema: {type: string}}},"
        " content: {application/json: {schema: {properties: {x-amz-date: {type: string}},"
        " example: {x-anything: 1}}}}}}\n  /b",
        1,
    )
    assert len(_spec(text).operations) == 2


def test_every_extension_in_the_bundle_is_known() -> None:
    assert list(pracsuite_spec.extensions.unknown(pracsuite_spec.load().document)) == []


def test_list_envelopes_are_typed() -> None:
    op = pracsuite_spec.load().operation("listAvailableAppointments")
    assert op.listing is not None and op.listing.items_key == "available_times"
    assert op.date_window is not None
    assert (op.date_window.from_param, op.date_window.to_param) == ("from", "to")
    assert op.dependent_required == {"account_id": ("client_id",)}
    assert op.roster_flags is not None and "online" in op.roster_flags.params
    patients = pracsuite_spec.load().operation("listPatients")
    assert patients.listing is not None and "surname" in patients.listing.sort_fields
    assert patients.doc_page.startswith("https://docs.api.pracsuite.com/openapi/patient/")


def test_exclusive_body_fields_are_read_from_standard_not_required() -> None:
    exclusive = pracsuite_spec.load().exclusive_fields
    for schema in ("AppointmentCreate", "AppointmentEdit", "GroupAppointmentMemberCreate"):
        assert exclusive[schema] == (("item_id", "item_group_id"),)

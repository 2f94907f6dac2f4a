"""Every operation of the spec is bound to a handler once, at start-up, from one explicit table."""

from __future__ import annotations

import dataclasses

import pytest

import pracsuite_spec
from pracsuite_mock import handlers
from pracsuite_mock.app import MockConfig, MockState


def test_every_operation_of_the_spec_has_a_handler_in_the_table() -> None:
    spec = pracsuite_spec.load()
    bound = handlers.bind(spec.operations)
    assert set(bound) == {op.operation_id for op in spec.operations}


def test_the_table_names_no_operation_the_spec_lacks() -> None:
    spec = pracsuite_spec.load()
    assert set(handlers.HANDLERS) - set(spec.by_id) == set()


def test_an_operation_without_a_handler_fails_at_start_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = pracsuite_spec.load()
    stray = dataclasses.replace(spec.operations[0], operation_id="listUnheardOfThings")
    with pytest.raises(handlers.UnhandledOperation, match="listUnheardOfThings"):
        handlers.bind([*spec.operations, stray])
    monkeypatch.delitem(handlers.HANDLERS, "listNotes")
    with pytest.raises(handlers.UnhandledOperation, match="listNotes"):
        MockState(MockConfig())


def test_a_route_carries_the_binding_of_its_operation() -> None:
    state = MockState(MockConfig())
    match = state.router.match("GET", "/v1/note/12")
    assert match is not None
    assert match.operation.operation_id == "getNote"
    assert match.binding is handlers.HANDLERS["getNote"]


@pytest.mark.parametrize(
    ("operation_id", "binding"),
    [
        ("createPatient", handlers.read(handlers.HANDLERS["createPatient"].handler)),
        ("getPatient", handlers.write(handlers.HANDLERS["getPatient"].handler)),
    ],
)
def test_a_binding_that_does_not_fit_its_method_fails_at_start_up(
    monkeypatch: pytest.MonkeyPatch, operation_id: str, binding: handlers.Binding
) -> None:
    monkeypatch.setitem(handlers.HANDLERS, operation_id, binding)
    with pytest.raises(handlers.UnhandledOperation, match=operation_id):
        MockState(MockConfig())


def test_only_bodiless_gets_that_ignore_the_clock_are_cacheable() -> None:
    spec = pracsuite_spec.load()
    bound = handlers.bind(spec.operations)
    cacheable = {op_id for op_id, binding in bound.items() if binding.cacheable}
    gets = {op.operation_id for op in spec.operations if op.method == "get"}
    clock = {"getPatientAttachmentContent", "getPatientAttachmentPresignUrl"}
    assert cacheable == gets - clock

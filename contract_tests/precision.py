"""The live precision rule: the gate fails only where the API contradicts what is documented.

On the live target every constraint the suite checks is one of two kinds:

- **documented**: the reference states it. A violation fails the gate ("documented fact
  contradicted") and the live report names the operation's reference page.
- **assumed**: the spec chose it where the reference is silent or looser, and says so with an
  `x-assumption`. A violation is recorded as "assumption broken", with evidence, and does not fail.

One mechanical rule decides which: a response-schema violation is assumed when the constraint's
node, or any node above it on the way from the response schema, carries `x-assumption`; the
constraint's node is the schema holding the failing keyword, except for `required`, where it is
the missing property's own schema (so an `x-assumption` on `links` covers its presence, not the
list's `total_entries`). Domain checks name the assumption they rely on with `assumed()`.

On the mock nothing changes: every constraint is enforced (`is_live()` is false).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx
import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

import pracsuite_spec
from contract_tests import run_state
from contract_tests.failures import (
    AssumptionBroken,
    ContradictedFact,
    Exchange,
    GateFailure,
    from_schemathesis,
    schemathesis_exchange,
)
from pracsuite_spec import Assumption
from pracsuite_spec.extensions import escape

F = TypeVar("F", bound=Callable[..., Any])
_BASE = "urn:pracsuite-spec"


def is_live() -> bool:
    """Whether the active run is live (the run state's settings say; strict outside a run)."""
    state = run_state.active()
    return state is not None and state.live


@dataclass(frozen=True)
class Violation:
    """One constraint a response broke, and whether the docs or an assumption stated it."""

    operation: str  # "GET /patient"
    status: int
    instance_path: str  # where in the body, e.g. "/error/detail"
    constraint: str  # JSON pointer of the constraint in the bundle, e.g. ".../Error/required"
    message: str  # the validator's message, values left out
    assumption: Assumption | None
    doc_page: str

    @property
    def documented(self) -> bool:
        return self.assumption is None

    def describe(self) -> str:
        where = self.instance_path or "(body)"
        return f"{self.operation} → {self.status}: {where}: {self.message} [{self.constraint}]"


# Assumptions the domain checks rely on, by the pointer of the node carrying them.
DETAIL_NAMES_PARAMETER = "/components/schemas/Error/properties/detail"
DEFAULT_ORDER = "/components/parameters/Page"
PAGE_BEYOND_THE_LAST = "/components/parameters/Page"
FILTER_SYNTAX = "/components/parameters/QueryFilters"
MISSING_KEY_403 = "/components/responses/Forbidden"
WRONG_KEY_401 = "/components/responses/Unauthorized"


# -- assumptions a domain check relies on --------------------------------------------------


def assumption_at(pointer: str) -> Assumption:
    """The spec's assumption carried by the node at `pointer` (a KeyError names a stale pointer)."""
    for assumption in pracsuite_spec.load().assumptions():
        if pointer in assumption.pointers:
            return assumption
    raise KeyError(f"no x-assumption at {pointer} in the spec")


def assumed(
    condition: bool, pointer: str, message: str, response: httpx.Response | None = None
) -> None:
    """A domain check's assertion that rests on the spec's `x-assumption` at `pointer`: enforced on
    the mock, recorded as "assumption broken" on live (the message is the evidence: say the
    request and status, never a key or a patient value). `response`, by default the last answer
    of the run, gives the request id and the reproduction."""
    if condition:
        return
    failure = AssumptionBroken(
        f"{message} (assumption {pointer})",
        assumption=assumption_at(pointer),
        exchange=_exchange(response),
    )
    if not is_live():
        raise failure
    run_state.current().ledger.broken.append(failure)


def _exchange(response: httpx.Response | None) -> Exchange:
    state = run_state.active()
    answer = response or (state.last_answer if state is not None else None)
    return Exchange.of(answer.request, answer) if answer is not None else Exchange()


def rests_on(pointer: str | None = None) -> Callable[[F], F]:
    """Mark a domain test whose every assertion rests on an assumption: on live, its failure is
    recorded as that assumption broken and the test xfails; on the mock it fails as usual.
    Without `pointer`, the assumption is the one carried by the test's `op` operation."""

    def decorate(test: F) -> F:
        @functools.wraps(test)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return test(*args, **kwargs)
            except AssertionError as exc:
                if not is_live():
                    raise
                where = pointer or _operation_pointer(kwargs.get("op"))
                broken = AssumptionBroken(
                    str(exc).splitlines()[0],
                    assumption=assumption_at(where),
                    operation=getattr(exc, "operation", None),
                    check=getattr(exc, "check", None),
                    exchange=Exchange(getattr(exc, "curl", None), getattr(exc, "request_id", None))
                    if isinstance(exc, GateFailure)
                    else _exchange(None),
                )
                run_state.current().ledger.broken.append(broken)
                import pytest

                pytest.xfail(f"assumption {where} broken (reported, not failed): {exc}")

        return cast(F, wrapper)

    return decorate


def _operation_pointer(op: Any) -> str:
    if not isinstance(op, pracsuite_spec.Operation):
        raise TypeError("rests_on() without a pointer needs the test's `op` parameter")
    return op.pointer


# -- response schemas ----------------------------------------------------------------------


@functools.cache
def _registry() -> referencing.Registry[Any]:
    resource = DRAFT202012.create_resource(pracsuite_spec.load().document)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(_BASE, resource)
    return registry


@functools.cache
def _assumptions_by_node() -> dict[int, Assumption]:
    spec = pracsuite_spec.load()
    return {id(pracsuite_spec.pointer_get(spec.document, a.pointer)): a for a in spec.assumptions()}


def _walk(start: str, path: list[str | int]) -> Iterator[tuple[Any, str]]:
    """Each schema node from `start` along a jsonschema `absolute_schema_path`, refs followed
    (jsonschema leaves `$ref` out of the path), with its pointer in the bundle."""
    document = pracsuite_spec.load().document
    pointer = start
    node = pracsuite_spec.pointer_get(document, pointer)

    def follow() -> None:
        nonlocal node, pointer
        while isinstance(node, dict) and "$ref" in node:
            yield_ref = node["$ref"]
            pointer = yield_ref.removeprefix(_BASE).removeprefix("#")
            node = pracsuite_spec.pointer_get(document, pointer)

    for key in path:
        if isinstance(node, dict) and key not in node:
            yield node, pointer
            follow()
        yield node, pointer
        node = node[key] if isinstance(node, dict) else node[int(key)]
        pointer = f"{pointer}/{escape(str(key))}"
    yield node, pointer
    if isinstance(node, dict) and "$ref" in node:
        follow()
        yield node, pointer


def classify(error: jsonschema.ValidationError, start: str) -> tuple[str, Assumption | None]:
    """(constraint pointer, the assumption it rests on or None when documented)."""
    by_node = _assumptions_by_node()
    path = list(error.absolute_schema_path)
    nodes = list(_walk(start, path[:-1]))  # down to the schema holding the failing keyword
    holder, holder_pointer = nodes[-1]
    constraint = f"{holder_pointer}/{escape(str(path[-1]))}" if path else holder_pointer
    if error.validator == "required" and isinstance(holder, dict):
        missing = _missing_property(error)
        prop = (holder.get("properties") or {}).get(missing) if missing else None
        if prop is not None:
            # its presence: the property's own node, not the schema it refers to
            constraint = f"{holder_pointer}/properties/{escape(missing or '')}"
            nodes.append((prop, constraint))
    found: Assumption | None = None
    for node, _ in nodes:
        if isinstance(node, dict) and id(node) in by_node:
            found = by_node[id(node)]
    return constraint, found


def _missing_property(error: jsonschema.ValidationError) -> str | None:
    """The property a `required` error is about (jsonschema reports each missing one apart)."""
    required = error.validator_value if isinstance(error.validator_value, list) else []
    present = error.instance if isinstance(error.instance, dict) else {}
    missing = [str(name) for name in required if name not in present]
    return next((name for name in missing if error.message.startswith(repr(name))), None)


def _message(error: jsonschema.ValidationError) -> str:
    """The validator's message without the instance's values (they may be patient data)."""
    if error.validator == "required":
        return f"missing required property {_missing_property(error)!r}"
    if error.validator in ("type", "format", "pattern", "enum", "const"):
        return f"value breaks `{error.validator}: {error.validator_value!r}`"
    return f"breaks `{error.validator}`"


def violations(operation: pracsuite_spec.Operation, status: int, body: Any) -> list[Violation]:
    """Every constraint of the documented response schema that `body` breaks, classified."""
    start = operation.response_schema_pointer(status)
    if start is None:
        return []
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{_BASE}#{start}"},
        registry=_registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    found: list[Violation] = []
    for error in validator.iter_errors(body):
        constraint, assumption = classify(error, start)
        found.append(
            Violation(
                operation=operation.label,
                status=status,
                instance_path="".join(f"/{p}" for p in error.absolute_path),
                constraint=constraint,
                message=_message(error),
                assumption=assumption,
                doc_page=operation.doc_page,
            )
        )
    return found


def check_response(
    method: str, path: str, status: int, body: Any, exchange: Exchange | None = None
) -> None:
    """The live response-schema check: documented violations raise, assumed ones are recorded."""
    operation = pracsuite_spec.load().find(method, path)
    if operation is None:
        return
    exchange = exchange or Exchange()
    found = violations(operation, status, body)
    ledger = run_state.current().ledger
    for violation in found:
        if violation.assumption is not None:
            ledger.broken.append(
                AssumptionBroken(
                    violation.describe(),
                    assumption=violation.assumption,
                    operation=operation.label,
                    check="response schema",
                    exchange=exchange,
                )
            )
    documented = [v for v in found if v.documented]
    if documented:
        failure = ContradictedFact(
            "\n".join(v.describe() for v in documented),
            doc_page=documented[0].doc_page,
            operation=operation.label,
            check="response schema",
            expected=f"the documented schema for {status}",
            exchange=exchange,
        )
        ledger.contradicted.append(failure)
        raise failure


def validate_response(case: Any, response: Any, **kwargs: Any) -> None:
    """`case.validate_response(response, **kwargs)` with the precision rule on live: every
    schemathesis check but response-schema conformance, which `check_response` replaces."""
    excluded: list[Any] = []
    if is_live():
        from schemathesis.specs.openapi.checks import response_schema_conformance

        excluded = [response_schema_conformance]
    try:
        case.validate_response(response, excluded_checks=excluded, **kwargs)
    except (AssertionError, BaseExceptionGroup) as exc:  # schemathesis's Failure(Group)
        failure = from_schemathesis(exc, case, response)
        if failure is None:
            raise
        raise failure from None
    if not is_live():
        return
    try:
        body = response.json()
    except ValueError:
        return
    exchange = schemathesis_exchange(case, response)
    check_response(case.operation.method, case.operation.path, response.status_code, body, exchange)

"""What the gate reports, as objects (as schemathesis's `core/failures.py`): one hierarchy.

- `CheckFailure`: a check found the target wrong (a domain check, or schemathesis's own checks).
- `ContradictedFact`: on live, the API contradicts what the reference documents (fails the gate).
- `AssumptionBroken`: the target breaks an `x-assumption` of the spec (fails on the mock; on
  live it is recorded in the run's ledger and only reported).

Each carries the operation, the check's name, what was expected, what came, the request id the
response gave and a curl built from the request, with both keys as environment variables. The
console, the Markdown reports and JUnit read these fields; none parses a message.

`NotApplicable` is not a failure: a check that cannot run here (no data to derive a query from)
raises it and the test skips. `@check` names a check and turns its plain assertions into
`CheckFailure`s carrying its last request.
"""

from __future__ import annotations

import functools
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from urllib.parse import urlsplit

import httpx

import pracsuite_spec
from contract_tests import redact

if TYPE_CHECKING:
    from pracsuite_spec import Assumption

F = TypeVar("F", bound=Callable[..., Any])

# Key headers as the placeholders a reader exports (never the values).
KEY_PLACEHOLDERS = {"x-api-key": "$PRACSUITE_VENDOR_KEY", "a-api-key": "$PRACSUITE_SUBSCRIBER_KEY"}
_REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "request-id")
MAX_BODY = 500


class NotApplicable(Exception):
    """The check cannot run here (no data to derive a query from); the test skips."""


@dataclass(frozen=True)
class Exchange:
    """The request that shows a failure and the id its response carried."""

    curl: str | None = None
    request_id: str | None = None

    @classmethod
    def of(cls, request: httpx.Request | None, response: httpx.Response | None) -> Exchange:
        return cls(
            curl=_curl_of_httpx(request) if request is not None else None,
            request_id=request_id_of(response) if response is not None else None,
        )


def curl(method: str, url: str, headers: Mapping[str, str], body: str | bytes | None = None) -> str:
    """A curl for the request: key headers as placeholders, body quoted when short text, and the
    whole line redacted (no secret, no patient value)."""
    parts = ["curl", "-s"] + (["-X", method.upper()] if method.upper() != "GET" else [])
    parts.append(shlex.quote(url))
    sent = {name.lower(): value for name, value in headers.items()}
    for name, placeholder in KEY_PLACEHOLDERS.items():
        if name in sent:
            shown = "A-api-key" if name == "a-api-key" else name
            parts.append(f'-H "{shown}: {placeholder}"')
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if text and len(text) <= MAX_BODY:
        kind = sent.get("content-type", "application/json")
        parts += ["-H", shlex.quote(f"content-type: {kind}"), "-d", shlex.quote(text)]
    return redact.redact(" ".join(parts))


def _curl_of_httpx(request: httpx.Request) -> str:
    try:
        body: bytes | None = request.content
    except httpx.RequestNotRead:  # streamed: not quoted
        body = None
    return curl(request.method, str(request.url), request.headers, body)


def request_id_of(response: Any) -> str | None:
    """The id the response carries: a request-id header, else the error body's `request_id`."""
    headers = getattr(response, "headers", None) or {}
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value[0] if isinstance(value, list) else value)
    try:
        body = response.json()
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None
    if isinstance(body, dict) and isinstance(body.get("request_id"), str):
        return str(body["request_id"])
    return None


class GateFailure(AssertionError):
    """Something the gate found, read as fields. `str()` is what came (the message)."""

    kind: ClassVar[str] = "failure"

    def __init__(
        self,
        got: str,
        *,
        operation: str | None = None,
        check: str | None = None,
        expected: str | None = None,
        exchange: Exchange | None = None,
    ) -> None:
        super().__init__(got)
        self.got = got
        self.operation = operation  # "GET /patient", or None for a check about no one operation
        self.check = check  # the check's name: "pages_concatenate"
        self.expected = expected  # the property stated, or the status wanted
        exchange = exchange or Exchange()
        self.curl = exchange.curl
        self.request_id = exchange.request_id

    def __str__(self) -> str:
        return self.got

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self.operation!r}, check={self.check!r}, "
            f"expected={self.expected!r}, got={self.got!r}, request_id={self.request_id!r})"
        )

    def completed(
        self,
        *,
        operation: str | None,
        check: str,
        expected: str | None,
        exchange: Exchange,
    ) -> None:
        """Fill what the raiser did not know from the check it left (its own fields win)."""
        self.operation = self.operation or operation
        self.check = self.check or check
        self.expected = self.expected or expected
        self.curl = self.curl or exchange.curl
        self.request_id = self.request_id or exchange.request_id

    def redacted(self) -> GateFailure:
        """The same failure with secrets and patient values filtered out of every text."""
        copy = self.__class__.__new__(self.__class__)
        copy.__dict__.update(self.__dict__)
        AssertionError.__init__(copy, redact.redact(self.got))
        copy.got = redact.redact(self.got)
        copy.expected = redact.redact(self.expected) if self.expected else None
        copy.curl = redact.redact(self.curl) if self.curl else None
        return copy


class CheckFailure(GateFailure):
    """A check found the target wrong."""

    kind = "check failed"


class ContradictedFact(GateFailure):
    """Live: the API contradicts a constraint the reference documents (fails the gate)."""

    kind = "documented fact contradicted"

    def __init__(self, got: str, *, doc_page: str, **fields: Any) -> None:
        super().__init__(got, **fields)
        self.doc_page = doc_page


class AssumptionBroken(GateFailure):
    """The target breaks an `x-assumption` of the spec: fails on the mock, reported on live."""

    kind = "assumption broken"

    def __init__(self, got: str, *, assumption: Assumption, **fields: Any) -> None:
        super().__init__(got, expected=fields.pop("expected", None) or assumption.text, **fields)
        self.assumption = assumption


# -- @check ---------------------------------------------------------------------------------


def _operation(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """The label of the first argument that is (or carries, as a `ListTarget` does) an operation."""
    for value in (*args, *kwargs.values()):
        op = getattr(value, "op", value)
        if isinstance(op, pracsuite_spec.Operation):
            return op.label
    return None


def _last_exchange(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
    """The last request (and its answer) sent by the check's `Api` (or a `ListTarget`'s)."""
    for value in (*args, *kwargs.values()):
        sent = getattr(getattr(value, "api", value), "sent", None)
        if sent is not None and getattr(sent, "last", None) is not None:
            return sent.last, getattr(sent, "last_response", None)
    return None, None


def _operation_of_request(request: httpx.Request | None) -> str | None:
    """The spec operation the request was sent to."""
    if request is None:
        return None
    path = urlsplit(str(request.url)).path.split("/v1", 1)[-1]
    method = request.method.lower()
    for op in pracsuite_spec.load().operations:
        if op.method == method and re.fullmatch(re.sub(r"\{[^}/]+\}", "[^/]+", op.path), path):
            return op.label
    return None


def _property(func: Callable[..., Any]) -> str | None:
    """The property a check states: the first sentence of its docstring, on one line."""
    doc = " ".join((func.__doc__ or "").split())
    return doc.split(". ")[0].rstrip(".") if doc else None


def check(func: F) -> F:
    """Name a function as a check: a plain AssertionError raised inside it leaves as a
    `CheckFailure` with the check's operation, name, property and last request; a `GateFailure`
    raised inside gets what it lacks of these (an inner check's own fields win)."""
    name = func.__name__.removeprefix("check_")

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssertionError as exc:
            request, response = _last_exchange(args, kwargs)
            exchange = Exchange.of(request, response)
            operation = _operation(args, kwargs) or _operation_of_request(request)
            if isinstance(exc, GateFailure):
                exc.completed(
                    operation=operation, check=name, expected=_property(func), exchange=exchange
                )
                raise
            if type(exc) is not AssertionError:
                raise
            raise CheckFailure(
                str(exc),
                operation=operation,
                check=name,
                expected=_property(func),
                exchange=exchange,
            ) from exc

    return cast(F, wrapper)


def from_schemathesis(error: BaseException, case: Any, response: Any) -> CheckFailure | None:
    """Schemathesis's failure (a `FailureGroup` or one `Failure`) as a `CheckFailure`: its
    checks' titles and messages, the operation, and the request it sent."""
    from schemathesis.core.failures import Failure, FailureGroup

    found: list[Failure] = []
    if isinstance(error, FailureGroup):
        found = [e for e in error.exceptions if isinstance(e, Failure)]
    elif isinstance(error, Failure):
        found = [error]
    if not found:
        return None
    return CheckFailure(
        " · ".join(f"{f.title}: {' '.join(f.message.split())}" for f in found),
        operation=f"{case.method.upper()} {case.operation.path}",
        check=", ".join(dict.fromkeys(f.title for f in found)),
        expected="every answer conforms to the spec (schemathesis's checks)",
        exchange=schemathesis_exchange(case, response),
    )


def schemathesis_exchange(case: Any, response: Any) -> Exchange:
    """The request schemathesis sent for `case` (its `Response.request`) and the answer's id."""
    request = getattr(response, "request", None)
    if request is None:
        return Exchange(request_id=request_id_of(response))
    reproduction = curl(
        request.method or case.method,
        request.url or "",
        dict(request.headers),
        getattr(request, "body", None),
    )
    return Exchange(curl=reproduction, request_id=request_id_of(response))

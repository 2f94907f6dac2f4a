"""The failure every domain check raises, read as fields (as schemathesis's `core/failures.py`):
the operation it was about, the check's name, the message, and the request that reproduces it.

Checks keep writing plain `assert ..., message` (and `expect_status`); `@check` turns a failing
assertion into a `CheckFailure` at the check's boundary, so the report and the console read
`failure.operation` and `failure.check` instead of parsing the message.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from contract_tests.api import Api
from contract_tests.checks.listings import ListTarget
from pracsuite_spec import Operation

F = TypeVar("F", bound=Callable[..., Any])


class CheckFailure(AssertionError):
    """A domain check found the target wrong. `str()` is the message alone, as the bare
    AssertionError it replaces was (the live-precision rule and the reports quote it)."""

    __slots__ = ("body", "check", "expected", "message", "operation", "reproduction")

    def __init__(
        self,
        *,
        operation: str | None,
        check: str,
        message: str,
        reproduction: str | None = None,
        expected: str | None = None,
        body: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation  # "GET /patient", or None for a check about no one operation
        self.check = check  # the check's name: "pages_concatenate"
        self.message = message
        self.reproduction = reproduction  # "GET <url>": the last request the check sent
        self.expected = expected  # the property the check states (its docstring's first line)
        self.body = body  # the reproducing request's body, when short enough to quote

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"CheckFailure(operation={self.operation!r}, check={self.check!r}, "
            f"message={self.message!r}, reproduction={self.reproduction!r})"
        )


def _operation(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """The label of the first argument that is (or carries) an operation."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, ListTarget):
            return value.op.label
        if isinstance(value, Operation):
            return value.label
    return None


MAX_BODY = 500


def _last_request(args: tuple[Any, ...], kwargs: dict[str, Any]) -> httpx.Request | None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, ListTarget):
            value = value.api
        if isinstance(value, Api) and value.sent.last is not None:
            return value.sent.last
    return None


def _reproduction(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """The last request the check's API sent: method and URL (the keys stay out)."""
    last = _last_request(args, kwargs)
    return f"{last.method} {last.url}" if last is not None else None


def _body(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """The last request's body, when it is short text (a streamed or large one is not quoted)."""
    last = _last_request(args, kwargs)
    try:
        content = last.content if last is not None else b""
    except httpx.RequestNotRead:
        return None
    if not content or len(content) > MAX_BODY:
        return None
    return content.decode("utf-8", "replace")


def _operation_of_request(reproduction: str | None) -> str | None:
    """The spec operation a `METHOD URL` reproduction was sent to."""
    if not reproduction:
        return None
    from contract_tests.checks import strict  # strict imports this module

    method, _, url = reproduction.partition(" ")
    op = strict.operation_for(method, urlsplit(url).path.split("/v1", 1)[-1])
    return op.label if op is not None else None


def _property(func: Callable[..., Any]) -> str | None:
    """The property a check states: the first sentence of its docstring, on one line."""
    doc = " ".join((func.__doc__ or "").split())
    if not doc:
        return None
    return doc.split(". ")[0].rstrip(".")


def check(func: F) -> F:
    """Name a function as a check: a plain AssertionError raised inside it leaves as a
    `CheckFailure` with the check's operation, name and last request. A `CheckFailure` of an
    inner check, and AssertionError subclasses with a meaning of their own (a contradicted
    documented fact), pass through unchanged."""
    name = func.__name__.removeprefix("check_")

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssertionError as exc:
            if type(exc) is not AssertionError:
                raise
            reproduction = _reproduction(args, kwargs)
            raise CheckFailure(
                operation=_operation(args, kwargs) or _operation_of_request(reproduction),
                check=name,
                message=str(exc),
                reproduction=reproduction,
                expected=_property(func),
                body=_body(args, kwargs),
            ) from exc

    return cast(F, wrapper)

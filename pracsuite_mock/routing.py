"""Match a request's method and path to a spec operation.

Path templates come from the spec (`/patient/{patient_id}`); a template segment matches any one
non-empty path segment, and the parameter's schema (integers, mostly) is checked later by
`validation`, so `/patient/abc` is routed and answered 400, as a gateway in front of a real
service would. Literal segments win over template segments. Nothing matched is `None`: the app
answers that 403 MISSING_AUTHENTICATION_TOKEN, API-gateway style, and `Router.miss` says why
(`x-mock-reason`: outside-v1, unknown-path, trailing-slash or method-not-allowed).

Each route is bound to its handler once, when the router is built (as starlette's `Route` is), so
a match carries the binding: the handler to call and its cache policy. Routes are indexed by method and segment count, and each
template is split once into literal segments and parameter names, so a request is matched
against the few routes of its shape only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from pracsuite_spec import Operation, Spec

from .auth import forbidden
from .errors import MissingAuthenticationToken

if TYPE_CHECKING:
    from .handlers import Binding

PREFIX = "/v1"
_PARAM = re.compile(r"^\{([^{}]+)\}$")


@dataclass(frozen=True)
class Match:
    operation: Operation
    binding: Binding
    path_params: dict[str, str]


@dataclass(frozen=True)
class _Route:
    segments: tuple[str, ...]
    operation: Operation
    binding: Binding

    @property
    def specificity(self) -> tuple[int, ...]:
        return tuple(0 if _PARAM.match(s) else 1 for s in self.segments)

    @property
    def template(self) -> tuple[tuple[str, str | None], ...]:
        """Each segment as (literal, None) or ("", parameter name)."""
        out: list[tuple[str, str | None]] = []
        for segment in self.segments:
            found = _PARAM.match(segment)
            out.append(("", found.group(1)) if found else (segment, None))
        return tuple(out)


class Router:
    def __init__(self, spec: Spec, bindings: Mapping[str, Binding]) -> None:
        routes = [
            _Route(tuple(op.path.strip("/").split("/")), op, bindings[op.operation_id])
            for op in spec.operations
        ]
        # Most literal first, so `/appointment/{id}/cancel` is tried before a template sibling.
        self._routes = sorted(routes, key=lambda r: r.specificity, reverse=True)
        self._index: dict[tuple[str, int], list[tuple[_Template, Operation, Binding]]] = {}
        for route in self._routes:
            key = (route.operation.method.upper(), len(route.segments))
            self._index.setdefault(key, []).append((route.template, route.operation, route.binding))

    def match(self, method: str, path: str) -> Match | None:
        if not path.startswith(PREFIX + "/"):
            return None
        segments = path[len(PREFIX) + 1 :].split("/")
        for template, operation, binding in self._index.get((method.upper(), len(segments)), ()):
            params = _fill(template, segments)
            if params is not None:
                return Match(operation, binding, params)
        return None

    def miss(self, method: str, path: str) -> MissingAuthenticationToken:
        """The 403 for a request `match` found no operation for, naming the reason."""
        shown = f"{method} {logged(path)}"
        if not path.startswith(PREFIX + "/"):
            return forbidden("outside-v1", f"{shown}: every operation is under {PREFIX}/")
        methods = self._methods_at(path)
        if methods:
            allowed = ", ".join(sorted(methods))
            return forbidden("method-not-allowed", f"{shown}: this path answers {allowed} only")
        if path.endswith("/") and self._methods_at(path.rstrip("/")):
            return forbidden("trailing-slash", f"{shown}: no operation's path ends with '/'")
        return forbidden("unknown-path", f"{shown}: no operation has this path")

    def _methods_at(self, path: str) -> set[str]:
        segments = path[len(PREFIX) + 1 :].split("/")
        return {
            method
            for (method, count), routes in self._index.items()
            if count == len(segments)
            for template, _, _ in routes
            if _fill(template, segments) is not None
        }


# A path in a log line is cut to this many characters: a 1 MB URL must not make a 1 MB line.
MAX_LOGGED_PATH = 200


def logged(path: str) -> str:
    """A path as a log line shows it: quoted, and cut (saying its length) when long."""
    if len(path) <= MAX_LOGGED_PATH:
        return repr(path)
    return f"{path[:MAX_LOGGED_PATH]!r}… ({len(path)} characters)"


_Template = tuple[tuple[str, str | None], ...]


def _fill(template: _Template, actual: list[str]) -> dict[str, str] | None:
    """The path parameters if `actual` fits the template (split at start-up), else None."""
    params: dict[str, str] = {}
    for (literal, name), got in zip(template, actual, strict=True):
        if name is None:
            if literal != got:
                return None
        elif not got:
            return None
        else:
            params[name] = unquote(got)
    return params

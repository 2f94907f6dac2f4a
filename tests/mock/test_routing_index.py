"""The router's index (by method and segment count) finds what a scan of every route finds."""

from __future__ import annotations

from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

import pracsuite_spec
from pracsuite_mock import handlers
from pracsuite_mock.routing import _PARAM, PREFIX, Router
from pracsuite_spec import Spec

SPEC: Spec = pracsuite_spec.load()
ROUTER = Router(SPEC, handlers.bind(SPEC.operations))
SEGMENTS = sorted({s for op in SPEC.operations for s in op.path.strip("/").split("/")})
PIECES = st.sampled_from(SEGMENTS) | st.sampled_from(["1", "42", "", "abc", "%31"])


def _scan(method: str, path: str) -> tuple[str, dict[str, str]] | None:
    """The router before its index: every route, most literal first."""
    segments = tuple(path[len(PREFIX) + 1 :].split("/"))
    for route in ROUTER._routes:
        if route.operation.method != method.lower() or len(route.segments) != len(segments):
            continue
        params = _bind(route.segments, segments)
        if params is not None:
            return route.operation.operation_id, params
    return None


def _bind(template: tuple[str, ...], actual: tuple[str, ...]) -> dict[str, str] | None:
    """The router's matching before its index: each template segment parsed per request."""
    params: dict[str, str] = {}
    for want, got in zip(template, actual, strict=True):
        found = _PARAM.match(want)
        if found:
            if not got:
                return None
            params[found.group(1)] = unquote(got)
        elif want != got:
            return None
    return params


@settings(max_examples=500)
@given(
    method=st.sampled_from(["GET", "POST", "PATCH", "get", "DELETE"]),
    pieces=st.lists(PIECES, min_size=1, max_size=5),
)
def test_the_index_matches_what_a_scan_matches(method: str, pieces: list[str]) -> None:
    path = f"{PREFIX}/" + "/".join(p.strip("{}") if p.startswith("{") else p for p in pieces)
    found = ROUTER.match(method, path)
    expected = _scan(method, path)
    assert (None if found is None else (found.operation.operation_id, found.path_params)) == (
        expected
    )


def test_every_operation_is_found_at_its_own_path() -> None:
    for op in SPEC.operations:
        path = PREFIX + "/".join("7" if s.startswith("{") else s for s in op.path.split("/"))
        found = ROUTER.match(op.method, path)
        assert found is not None and found.operation.operation_id == op.operation_id, op.path

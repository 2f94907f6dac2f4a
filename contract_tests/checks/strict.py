"""The strict profile: what our own mock promises beyond the public spec, derived from the spec
by code (no second copy of it). Run against the mock only; the live API is held to the spec.

- every documented property is present in every 2xx answer, at every depth (nulls explicit),
  except those a schema's `x-present-when` names with the condition that brings them;
- no answer, error or not, carries a property the spec does not document (unless the schema
  opens itself with `additionalProperties`);
- every error envelope carries `request_id`;
- every URL in any `links` object answers 2xx, or the redirect its operation documents, and its
  answer has the keys its schema documents;
- every operation answers 2xx at least once (`Tour` records which did).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

import pracsuite_spec
from contract_tests.api import Api, describe, link_extensions
from contract_tests.failures import check
from pracsuite_spec import Operation
from pracsuite_spec.model import Json

MAX_PROBLEMS = 10


def _folded(node: Any) -> pracsuite_spec.Folded:
    """A schema with `$ref` and `allOf` folded in: its properties, required and openness."""
    return pracsuite_spec.load().fold(node)


def item_properties(op: Operation) -> Json:
    """The documented properties of a list operation's items."""
    items = _folded(op.response_schema(200)).properties.get(op.items_key) or {}
    return dict(_folded(_folded(items).items).properties)


def shape_problems(body: Any, schema: Any, *, every_property: bool, where: str = "") -> list[str]:
    """Where `body` departs from the strict reading of `schema`: a documented property absent
    (when `every_property`), or an undocumented one present. Recurses into objects and arrays."""
    merged = _folded(schema)
    problems: list[str] = []
    if isinstance(body, list):
        items = merged.items
        if items is not None:
            for index, item in enumerate(body):
                problems += shape_problems(
                    item, items, every_property=every_property, where=f"{where}/{index}"
                )
        return problems
    if not isinstance(body, dict):
        return problems
    props = merged.properties
    if not props:
        return problems  # a free-form object (no properties documented)
    if every_property:
        problems += [
            f"{where}/{name}: documented, absent"
            for name in props
            if name not in body and name not in merged.present_when
        ]
    if not merged.additional_properties:
        problems += [f"{where}/{name}: not documented" for name in body if name not in props]
    for name, value in body.items():
        if name in props and value is not None:
            problems += shape_problems(
                value, props[name], every_property=every_property, where=f"{where}/{name}"
            )
    return problems


@functools.cache
def _routes() -> list[tuple[str, re.Pattern[str], Operation]]:
    out = []
    for op in pracsuite_spec.load().operations:
        pattern = re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(op.path))
        out.append((op.method.upper(), re.compile(f"^{pattern}$"), op))
    # literal paths before templated ones (`/patient_attachment/1/content` vs `{id}`)
    out.sort(key=lambda r: r[2].path.count("{"))
    return out


def operation_for(method: str, path: str) -> Operation | None:
    """The spec operation answering `method path` (path below the API's base)."""
    for verb, pattern, op in _routes():
        if verb == method.upper() and pattern.match(path):
            return op
    return None


def api_path(api: Api, url: str) -> str:
    """`https://host/v1/patient/1?x` → `/patient/1`, against the target's own base URL."""
    base = urlsplit(api.base_url).path.rstrip("/")
    path = urlsplit(url).path
    return path[len(base) :] if base and path.startswith(base) else path


def status_documented(op: Operation, status: int) -> bool:
    """Whether the operation's `responses` name this status (or its `NXX` range)."""
    return op.documents(status)


def answer_problems(response: httpx.Response, op: Operation | None = None) -> list[str]:
    """Every strict-profile problem of one answer of the mock."""
    request = response.request
    if op is None:
        op = operation_for(request.method, urlsplit(str(request.url)).path.split("/v1", 1)[-1])
    if op is None:
        return []
    schema = op.response_schema(response.status_code)
    if not op.documents(response.status_code):
        return [f"status {response.status_code} is not documented for {op.label}"]
    if schema is None:
        return []
    try:
        body = response.json()
    except ValueError:
        return ["the body is not JSON"]
    success = 200 <= response.status_code < 300
    problems = shape_problems(body, schema, every_property=success)
    if not success and isinstance(body, dict) and not body.get("request_id"):
        problems.append("/request_id: the error envelope carries no request_id")
    return problems


@check
def check_answer(response: httpx.Response, op: Operation | None = None) -> None:
    problems = answer_problems(response, op)
    assert not problems, f"{describe(response)}: " + "; ".join(problems[:MAX_PROBLEMS])


def link_urls(body: Any) -> list[str]:
    """Every URL inside a `links` object of an answer (records and pages), in order."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            links = node.get("links")
            if isinstance(links, dict):
                found.extend(v for v in links.values() if isinstance(v, str))
            for key, value in node.items():
                if key != "links":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(body)
    return found


def redirect_statuses(op: Operation) -> set[int]:
    return set(op.redirect_statuses)


def follow(api: Api, url: str) -> httpx.Response:
    """GET a link as given, not following redirects (a 302 points off the API)."""
    api.throttle.wait()
    return api.client.get(
        api.url(url),
        headers=api.headers(),
        follow_redirects=False,
        extensions=link_extensions(url),
    )


@check
def check_link(api: Api, url: str) -> httpx.Response:
    """The link is an operation of the spec, answers 2xx or its documented redirect, and its
    answer is strict."""
    path = api_path(api, url)
    op = operation_for("GET", path)
    assert op is not None, f"link {path} matches no operation of the spec"
    response = follow(api, url)
    allowed = redirect_statuses(op)
    assert 200 <= response.status_code < 300 or response.status_code in allowed, (
        f"link {path} ({op.operation_id}) leads nowhere: {describe(response)}"
    )
    check_answer(response, op)
    return response


@dataclass
class Tour:
    """Which operations answered 2xx (or their documented redirect) so far."""

    answered: dict[str, set[int]] = field(default_factory=dict)

    def record(self, op: Operation, response: httpx.Response) -> None:
        self.answered.setdefault(op.operation_id, set()).add(response.status_code)

    def succeeded(self, op: Operation) -> bool:
        ok = {s for s in self.answered.get(op.operation_id, set()) if 200 <= s < 300}
        return bool(ok or self.answered.get(op.operation_id, set()) & redirect_statuses(op))

    def missing(self, ops: Iterable[Operation]) -> list[str]:
        return [op.operation_id for op in ops if not self.succeeded(op)]


def crawl(
    api: Api,
    starts: Iterable[tuple[Operation, str, list[tuple[str, str]]]],
    *,
    per_list: int = 2,
    budget: int = 400,
    tour: Tour | None = None,
) -> Tour:
    """GET each start, check its answer, and follow every link it shows (the first `per_list`
    items of each list), breadth first, each URL once, at most `budget` requests."""
    tour = tour or Tour()
    seen: set[str] = set()
    queue: list[str] = []
    for op, path, query in starts:
        response = api.get(path, [*query, ("page_size", str(per_list))] if _is_list(op) else query)
        check_answer(response, op)
        tour.record(op, response)
        if response.status_code == 200:
            body = response.json()
            pages = body.get("links") if isinstance(body, dict) else None
            if isinstance(pages, dict) and "next" in pages:  # a page's own links, not walked
                for url in (u for u in pages.values() if isinstance(u, str)):
                    check_link(api, url)
            queue += link_urls(_trimmed(body, per_list))
    sent = 0
    while queue and sent < budget:
        url = queue.pop(0)
        key = api_path(api, url) + "?" + urlsplit(url).query
        if key in seen:
            continue
        seen.add(key)
        response = check_link(api, url)
        sent += 1
        linked = operation_for("GET", api_path(api, url))
        assert linked is not None
        tour.record(linked, response)
        if response.status_code == 200 and response.content:
            queue += link_urls(_trimmed(response.json(), per_list))
    return tour


def _is_list(op: Operation) -> bool:
    return op.listing is not None


def _trimmed(body: Any, per_list: int) -> Any:
    """The body with each list cut to its first items, and pagination links dropped (a page's
    own `self`/`next` would walk the whole listing)."""
    if isinstance(body, dict):
        out = {k: _trimmed(v, per_list) for k, v in body.items() if k != "links"}
        links = body.get("links")
        if isinstance(links, dict) and not {"previous", "next"} & set(links):
            out["links"] = links
        return out
    if isinstance(body, list):
        return [_trimmed(v, per_list) for v in body[:per_list]]
    return body


@dataclass
class Observer:
    """Holds every answer a workflow sees to the strict profile, and counts it in the tour."""

    tour: Tour

    def __call__(self, response: httpx.Response, operation_id: str) -> None:
        op = pracsuite_spec.load().operation(operation_id)
        check_answer(response, op)
        self.tour.record(op, response)


def starts(queries: Any) -> list[tuple[Operation, str, list[tuple[str, str]]]]:
    """Every GET operation the target's data gives a valid request for (a `QueryBuilder`)."""
    from contract_tests.failures import NotApplicable

    out = []
    for op in pracsuite_spec.load().operations:
        if op.method != "get":
            continue
        try:
            path = queries.path_for(op)
            query = queries.base_query(op) if _is_list(op) else []
        except NotApplicable:
            continue  # reached through the links of other answers, or by the workflows
        out.append((op, path, query))
    return out


ERROR_PROBES: tuple[tuple[str, str, list[tuple[str, str]], dict[str, bool]], ...] = (
    ("listPatients", "/patient", [("page", "0")], {}),
    ("getPatient", "/patient/999999999", [], {}),
    ("listPatients", "/patient", [], {"subscriber": False}),
    ("listPatients", "/patient", [], {"vendor": False}),
)


@check
def check_error_envelopes(api: Api) -> None:
    """Errors of each kind (400, 404, 403 and an unknown key's 401) answer the documented
    envelope with `request_id` and nothing undocumented."""
    for operation_id, path, query, keys in ERROR_PROBES:
        response = api.get(path, query, **keys)
        assert response.status_code >= 400, f"expected an error: {describe(response)}"
        check_answer(response, pracsuite_spec.load().operation(operation_id))
    unknown = api.with_keys(subscriber_key="not-a-subscriber-key").get("/patient")
    assert unknown.status_code == 401, f"an unknown key: {describe(unknown)}"
    check_answer(unknown, pracsuite_spec.load().operation("listPatients"))

"""Reading listings: one page, a whole listing, item identity, and a valid query for any list
operation (its required parameters and path parameters filled from data the API itself shows)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pracsuite_spec
from contract_tests.api import Api, describe, expect_status
from contract_tests.failures import NotApplicable
from pracsuite_spec import Operation

FULL_PAGE = 100
MAX_PAGES = 50  # a listing longer than 5,000 items is only sampled
META_FIELDS = ("row_num", "total_rows")
Item = dict[str, Any]
Query = list[tuple[str, str]]


@dataclass(frozen=True)
class Page:
    items: list[Item]
    total_entries: int
    links: dict[str, str | None]
    url: str


@dataclass(frozen=True)
class ListTarget:
    """What every list check takes first: the API, the list operation, its path with the path
    parameters filled in, and its smallest valid query (`QueryBuilder.target`)."""

    api: Api
    op: Operation
    path: str
    query: Query


def fetch_page(api: Api, path: str, query: Query, *, items_key: str) -> Page:
    response = api.get(path, query)
    expect_status(response, 200)
    body = response.json()
    assert isinstance(body, dict), f"{describe(response)}: body is not an object"
    for key in (items_key, "total_entries", "links"):
        assert key in body, f"{describe(response)}: envelope lacks {key!r}"
    return Page(body[items_key], body["total_entries"], body["links"], str(response.request.url))


def with_params(query: Query, **params: str | int) -> Query:
    names = set(params)
    return [(k, v) for k, v in query if k not in names] + [(k, str(v)) for k, v in params.items()]


def fetch_all(api: Api, path: str, query: Query, *, items_key: str) -> tuple[list[Item], int]:
    """Every item of a listing, read at page_size 100; and the total_entries it announced."""
    items: list[Item] = []
    total = -1
    for page in range(1, MAX_PAGES + 1):
        got = fetch_page(
            api, path, with_params(query, page=page, page_size=FULL_PAGE), items_key=items_key
        )
        total = got.total_entries
        items.extend(got.items)
        if len(got.items) < FULL_PAGE or len(items) >= total:
            break
    return items, total


def canonical(item: Item) -> str:
    """An item's identity across pages: the record itself, row metadata left out."""
    return json.dumps({k: v for k, v in item.items() if k not in META_FIELDS}, sort_keys=True)


def identity(op: Operation, item: Item) -> str:
    if op.default_sort and op.default_sort[0] in item:
        return f"{op.default_sort[0]}={item[op.default_sort[0]]}"
    return canonical(item)


def _lists(op: Operation, stem: str) -> bool:
    """The operation lists the records a `<stem>_id` names: `/patient_attachment_folder` or a
    parent's `/patient/{client_id}/patient_attachment_folder`."""
    return op.path.strip("/") == stem or op.path.endswith("}/" + stem)


@dataclass
class QueryBuilder:
    """Valid queries for list operations, from data the target shows (memoised per target)."""

    api: Api
    _path_values: dict[str, str | None] | None = None
    _windows: dict[str, Query] | None = None

    def __post_init__(self) -> None:
        self._path_values = {}
        self._windows = {}

    def path_for(self, op: Operation) -> str:
        path = op.path
        for name in op.path_params:
            marker = "/{" + name + "}"
            value = self.listed_value(op.path.split(marker)[0], path.split(marker)[0], name)
            if value is None:
                value = self.path_value(name)
            if value is None:
                raise NotApplicable(f"{op.label}: no value found for path parameter {name}")
            path = path.replace("{" + name + "}", value)
        return path

    def listed_value(self, template: str, prefix: str, name: str) -> str | None:
        """An id from the listing the parameter hangs off (`/note/{appointment_id}/resource`
        takes a note's id from /note, not any appointment's), when that listing exists."""
        lister = next(
            (
                op
                for op in pracsuite_spec.load().list_operations
                if not op.required_query and op.path == template
            ),
            None,
        )
        if lister is None:
            return None
        assert self._path_values is not None
        memo = f"{prefix}/{{{name}}}"
        if memo not in self._path_values:
            self._path_values[memo] = None
            response = self.api.get(prefix, [("page_size", "1")])
            items = response.json().get(lister.items_key) if response.status_code == 200 else None
            item = items[0] if items else {}
            for key in (name, *lister.default_sort[:1]):
                if item.get(key) is not None:
                    self._path_values[memo] = str(item[key])
                    break
        return self._path_values[memo]

    def path_value(self, name: str) -> str | None:
        """An id for a path parameter, read from a listing that shows it: a list operation whose
        items carry the field (`account_id` from /patient/{client_id}/account), or the listing
        the name points at (`profession_id` from /profession, `client_id` from /patient)."""
        assert self._path_values is not None
        if name in self._path_values:
            return self._path_values[name]
        self._path_values[name] = None  # guards against cycles while resolving
        stem = name.removesuffix("_id")
        candidates = sorted(
            (
                op
                for op in pracsuite_spec.load().list_operations
                if not op.required_query and name not in op.path_params
            ),
            key=lambda op: (not _lists(op, stem), len(op.path_params), op.path),
        )
        value: str | None = None
        for op in candidates:
            named = _lists(op, stem) or name in op.default_sort[:1]
            try:
                path = self.path_for(op)
            except NotApplicable:
                continue
            response = self.api.get(path, [("page_size", "1")])
            items = response.json().get(op.items_key) if response.status_code == 200 else None
            if not items:  # (an id borrowed from another listing may answer 404 here)
                continue
            item = items[0]
            if item.get(name) is not None:
                value = str(item[name])
            elif named and op.default_sort and item.get(op.default_sort[0]) is not None:
                value = str(item[op.default_sort[0]])
            if value is not None:
                break
        self._path_values[name] = value
        return value

    def target(self, op: Operation) -> ListTarget:
        """The operation on this target, ready for any list check (NotApplicable when the
        target shows no data to fill its path or required parameters)."""
        return ListTarget(self.api, op, self.path_for(op), self.base_query(op))

    def base_query(self, op: Operation) -> Query:
        """The smallest valid query: required parameters only (a populated date window for
        availability-like operations)."""
        if op.date_window is not None:
            return self.window_query(op)
        missing = [name for name in op.required_query]
        if missing:
            raise NotApplicable(f"{op.label}: no rule to fill required {', '.join(missing)}")
        return []

    def window_query(self, op: Operation) -> Query:
        """A `from`/`to` window of the widest allowed span, and the first appointment type
        (ids 1..5 tried) that has any times in it; the first week from today that has some."""
        assert self._windows is not None
        if op.operation_id in self._windows:
            return self._windows[op.operation_id]
        window = op.date_window
        assert window is not None, f"{op.label} has no date window"
        days = window.max_days
        today = dt.date.today()
        best: Query | None = None
        for start in (today, today + dt.timedelta(days=7), today + dt.timedelta(days=14)):
            for type_id in range(1, 6):
                query: Query = [
                    (window.from_param, start.isoformat()),
                    (window.to_param, (start + dt.timedelta(days=days - 1)).isoformat()),
                    ("appointment_type_id", str(type_id)),
                ]
                response = self.api.get(op.path, [*query, ("page_size", "1")])
                if response.status_code != 200:
                    continue
                if response.json().get("total_entries", 0) > 0:
                    best = query
                    break
            if best is not None:
                break
        if best is None:
            raise NotApplicable(
                f"{op.label}: no appointment type 1..5 has times in the next 3 weeks"
            )
        self._windows[op.operation_id] = best
        return best

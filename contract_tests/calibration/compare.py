"""What differs between the recorded (live) answer and the replayed (mock) answer, by category.

Categories: `status`; `shape` (a key on one side only, a type, null against a value); `values`;
`ordering` (the same listing in another order); `pagination` (totals, links, page length);
`error body` (any difference inside an error answer); `headers` (the media type, and headers the
spec documents for that answer). Links are compared below each side's own base URL. A difference
is found at a JSON pointer of the live answer; `pattern` is that pointer with array indices as
`*`, which is what noise, acceptance and the reports group by.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pracsuite_spec import ListEnvelope

CATEGORIES = ("status", "shape", "values", "ordering", "pagination", "error body", "headers")
ABSENT = "<absent>"  # how a key missing on one side is shown
_INDEX = re.compile(r"/\d+(?=/|$)")


def pattern(pointer: str) -> str:
    return _INDEX.sub("/*", pointer)


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass
class Difference:
    category: str
    operation: str  # `GET /patient/{client_id}`
    pointer: str  # where, in the live answer
    live: Any
    mock: Any
    request: str  # the recorded request line
    attribution: str = ""
    accepted: str | None = None  # the reason, when openapi/calibration.yaml accepts it
    count: int = 1  # how many answers showed it (the first one is the example)
    live_answer: Any = field(default=None, repr=False)
    mock_answer: Any = field(default=None, repr=False)

    @property
    def pattern(self) -> str:
        return pattern(self.pointer)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.category, self.operation, self.pattern)


@dataclass(frozen=True)
class Side:
    """One answer, links rewritten below `{base}`."""

    status: int
    headers: Mapping[str, str]
    body: Any


def relative_links(node: Any, base: str) -> Any:
    base = base.rstrip("/")
    if isinstance(node, str) and node.startswith(base):
        return "{base}" + node[len(base) :]
    if isinstance(node, dict):
        return {k: relative_links(v, base) for k, v in node.items()}
    if isinstance(node, list):
        return [relative_links(v, base) for v in node]
    return node


def body_pointers(live: Any, mock: Any, pointer: str = "") -> Iterator[tuple[str, str, Any, Any]]:
    """(category, pointer, live, mock) of every shape or value difference."""
    if isinstance(live, dict) and isinstance(mock, dict):
        for key in [*live, *(k for k in mock if k not in live)]:
            where = f"{pointer}/{escape(str(key))}"
            if key not in mock:
                yield "shape", where, live[key], ABSENT
            elif key not in live:
                yield "shape", where, ABSENT, mock[key]
            else:
                yield from body_pointers(live[key], mock[key], where)
    elif isinstance(live, list) and isinstance(mock, list):
        for index, (a, b) in enumerate(zip(live, mock, strict=False)):
            yield from body_pointers(a, b, f"{pointer}/{index}")
        if len(live) != len(mock):
            yield "values", pointer, f"{len(live)} items", f"{len(mock)} items"
    elif _kind(live) != _kind(mock):
        yield "shape", pointer, live, mock
    elif live != mock:
        yield "values", pointer, live, mock


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def identity(item: Any, preferred: tuple[str, ...] = ()) -> Any:
    """A list item's id: the first of `preferred` (the listing's default sort) it holds, else its
    first `…_id` field holding a number but the tenant's, else the whole item."""
    if isinstance(item, dict):
        keys = [*(k for k in preferred if k.endswith("_id")), *item]
        for key in keys:
            value = item.get(key)
            if key.endswith("_id") and key != "tenant_id" and isinstance(value, int):
                return (key, value)
    return repr(item)


def compare(
    live: Side,
    mock: Side,
    *,
    listing: ListEnvelope | None,
    documented_headers: frozenset[str],
) -> Iterator[tuple[str, str, Any, Any]]:
    """(category, pointer, live value, mock value) of every difference between two answers."""
    if live.status != mock.status:
        yield "status", "", live.status, mock.status
        return
    yield from _headers(live.headers, mock.headers, documented_headers)
    if live.status >= 400:
        for _, pointer, a, b in body_pointers(live.body, mock.body):
            yield "error body", pointer, a, b
        return
    key = listing.items_key if listing else None
    if key and isinstance(live.body, dict) and isinstance(mock.body, dict):
        yield from _listing(live.body, mock.body, key, listing.default_sort if listing else ())
    else:
        yield from body_pointers(live.body, mock.body)


def _headers(
    live: Mapping[str, str], mock: Mapping[str, str], documented: frozenset[str]
) -> Iterator[tuple[str, str, Any, Any]]:
    def media(headers: Mapping[str, str]) -> str:
        return headers.get("content-type", ABSENT).split(";", 1)[0].strip().lower()

    if media(live) != media(mock):
        yield "headers", "/content-type", media(live), media(mock)
    for name in sorted(documented - {"content-type"}):
        a, b = live.get(name, ABSENT), mock.get(name, ABSENT)
        if a != b:
            yield "headers", f"/{escape(name)}", a, b


def _listing(
    live: dict[str, Any], mock: dict[str, Any], key: str, preferred: tuple[str, ...]
) -> Iterator[tuple[str, str, Any, Any]]:
    where = f"/{escape(key)}"
    for category, pointer, a, b in body_pointers(
        {k: v for k, v in live.items() if k != key}, {k: v for k, v in mock.items() if k != key}
    ):
        paging = pointer == "/total_entries" or pointer.startswith("/links")
        yield ("pagination" if paging else category), pointer, a, b
    items_live, items_mock = live.get(key), mock.get(key)
    if not isinstance(items_live, list) or not isinstance(items_mock, list):
        yield from body_pointers(items_live, items_mock, where)
        return
    ids_live = [identity(i, preferred) for i in items_live]
    ids_mock = [identity(i, preferred) for i in items_mock]
    if len(set(ids_live)) < len(ids_live) or len(set(ids_mock)) < len(ids_mock):
        yield from body_pointers(items_live, items_mock, where)  # no ids to match by
        return
    if len(items_live) != len(items_mock):
        yield "pagination", where, f"{len(items_live)} items", f"{len(items_mock)} items"
    elif ids_live != ids_mock:
        yield "ordering", where, _ids(ids_live), _ids(ids_mock)
    # Items shown on both sides are compared as records, wherever each side put them.
    by_id = {ident: item for ident, item in zip(ids_mock, items_mock, strict=True)}
    for index, (ident, item) in enumerate(zip(ids_live, items_live, strict=True)):
        if ident in by_id:
            yield from body_pointers(item, by_id[ident], f"{where}/{index}")


def _ids(ids: list[Any]) -> list[Any]:
    return [i[1] if isinstance(i, tuple) else i for i in ids]

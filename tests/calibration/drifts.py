"""Stand-ins for a live API that drifts from the mock in known ways, made by wrapping the mock's
ASGI app (as `tests/contract_checks/standins.py` does for the live gate): each plants one drift
that calibration must find, in its category, and nothing else."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pracsuite_spec
from tests.contract_checks.broken import App, Receive, Scope, Send
from tests.contract_checks.standins import rewrite_json

ADDED_FIELD = "zz_drift_field"
PAGE_SIZE_CAP = 5


def _items_key(body: Any) -> str | None:
    if isinstance(body, dict):
        for key, value in body.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return key
    return None


def _add_field(scope: Scope, status: int, body: Any) -> Any:
    key = _items_key(body) if status == 200 and "total_entries" in (body or {}) else None
    if key is None:
        return body
    return {**body, key: [{**item, ADDED_FIELD: "x"} for item in body[key]]}


def adds_a_field_to_list_items(app: App) -> App:
    """Every item of every list answer carries an undocumented member."""
    return rewrite_json(app, _add_field)


def _thin(scope: Scope, status: int, body: Any) -> Any:
    if status >= 400 and isinstance(body, dict) and isinstance(body.get("error"), dict):
        return {**body, "error": {k: v for k, v in body["error"].items() if k != "detail"}}
    return body


def thins_error_bodies(app: App) -> App:
    """Errors come without `detail`."""
    return rewrite_json(app, _thin)


def adds_a_field_and_thins_errors(app: App) -> App:
    return rewrite_json(
        app, lambda scope, status, body: _thin(scope, status, _add_field(scope, status, body))
    )


def _nulls_first(scope: Scope, status: int, body: Any) -> Any:
    query = dict(parse_qsl(scope.get("query_string", b"").decode()))
    key = _items_key(body) if status == 200 else None
    if key is None or "sort_by" not in query:
        return body
    try:
        field = str(json.loads(query["sort_by"])[0])
    except (ValueError, IndexError, KeyError, TypeError):
        return body
    items = body[key]
    nulls = [i for i in items if i.get(field) is None]
    return {**body, key: nulls + [i for i in items if i.get(field) is not None]}


def sorts_nulls_first(app: App) -> App:
    """With `sort_by`, a page's records whose sort field is null come first (the mock: last)."""
    return rewrite_json(app, _nulls_first)


def caps_page_size(app: App) -> App:
    """A list is served at most `PAGE_SIZE_CAP` records a page, whatever `page_size` asks."""
    spec = pracsuite_spec.load()
    lists = [op.path.strip("/").split("/") for op in spec.list_operations]

    def is_list(path: str) -> bool:
        segments = path.removeprefix("/v1").strip("/").split("/")
        return any(
            len(t) == len(segments)
            and all(a == b or a.startswith("{") for a, b in zip(t, segments, strict=True))
            for t in lists
        )

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and is_list(scope["path"]):
            pairs = parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)
            size = next((v for k, v in pairs if k == "page_size"), None)
            if size is None or (size.isdigit() and int(size) > PAGE_SIZE_CAP):
                pairs = [(k, v) for k, v in pairs if k != "page_size"]
                pairs.append(("page_size", str(PAGE_SIZE_CAP)))
                scope = {**scope, "query_string": urlencode(pairs).encode()}
        await app(scope, receive, send)

    return wrapped

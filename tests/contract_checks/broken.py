"""Deliberately broken variants of the mock, made by wrapping its ASGI app (the mock itself
needs no test-only switches): each rewrites requests or responses to mimic one bug."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def _query(scope: Scope) -> list[tuple[str, str]]:
    return parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True)


def _with_query(scope: Scope, pairs: list[tuple[str, str]]) -> Scope:
    return {**scope, "query_string": urlencode(pairs).encode()}


def off_by_one_page(app: App) -> App:
    """Serves page N+1 when asked for page N ≥ 2 (offset computed as page*size past page 1)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            pairs = _query(scope)
            pairs = [
                (k, str(int(v) + 1) if k == "page" and v.isdigit() and int(v) >= 2 else v)
                for k, v in pairs
            ]
            scope = _with_query(scope, pairs)
        await app(scope, receive, send)

    return wrapped


def eight_day_window(app: App) -> App:
    """Accepts 8-day availability windows (quietly searching 7 days)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            pairs = dict(_query(scope))
            try:
                start, end = (
                    dt.date.fromisoformat(pairs["from"]),
                    dt.date.fromisoformat(pairs["to"]),
                )
            except (KeyError, ValueError):
                start = end = dt.date.min
            if (end - start).days == 7:
                fixed = [
                    (k, (start + dt.timedelta(days=6)).isoformat() if k == "to" else v)
                    for k, v in _query(scope)
                ]
                scope = _with_query(scope, fixed)
        await app(scope, receive, send)

    return wrapped


OR_PAIRS = (("business_ids", "practitioner_ids"), ("online", "waiting_list"))


def or_instead_of_and(app: App) -> App:
    """With two filters, answers the union of the single-filter results (OR, not AND)."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://inner")

    async def fetch(
        path: str, pairs: list[tuple[str, str]], headers: dict[str, str]
    ) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for page in range(1, 100):
            response = await client.get(
                path, params=[*pairs, ("page", str(page)), ("page_size", "100")], headers=headers
            )
            body = response.json()
            items.extend(body["available_times"])
            if len(items) >= body["total_entries"]:
                return items
        return items

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        pairs = _query(scope) if scope["type"] == "http" else []
        names = {k for k, _ in pairs}
        pair = next((p for p in OR_PAIRS if set(p) <= names), None)
        if pair is None or "available_appointments" not in scope.get("path", ""):
            await app(scope, receive, send)
            return
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        base = [(k, v) for k, v in pairs if k not in (*pair, "page", "page_size")]
        merged: dict[str, dict[str, Any]] = {}
        for name in pair:
            for item in await fetch(
                scope["path"], [*base, *((k, v) for k, v in pairs if k == name)], headers
            ):
                merged[json.dumps(item, sort_keys=True)] = item
        ordered = sorted(
            merged.values(), key=lambda i: (i["app_time"], i["practitioner_business_id"])
        )
        params = dict(pairs)
        page, size = int(params.get("page", 1)), int(params.get("page_size", 50))
        body = {
            "available_times": ordered[(page - 1) * size : page * size],
            "total_entries": len(ordered),
            "links": {"self": "http://inner/", "previous": None, "next": None},
        }
        payload = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    return wrapped

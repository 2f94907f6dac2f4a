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


# --- bugs the strict profile, the workflows and the isolation checks must catch -------------

JsonRewrite = Callable[[Scope, int, Any], Any]


def rewrite_answers(app: App, rewrite: JsonRewrite) -> App:
    """Passes every request through, buffering each JSON answer and rewriting its body."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: MutableMapping[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await app(scope, receive, capture)
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if body and dict(headers).get(b"content-type", b"").startswith(b"application/json"):
            body = json.dumps(rewrite(scope, start["status"], json.loads(body))).encode()
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return wrapped


RequestRewrite = Callable[[Scope, Any], Any]


def rewrite_requests(app: App, rewrite: RequestRewrite) -> App:
    """Rewrites each JSON request body before the mock sees it (an empty body reads as None)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PATCH"):
            await app(scope, receive, send)
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        new = rewrite(scope, json.loads(raw) if raw else None)
        payload = b"" if new is None else json.dumps(new).encode()
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(payload)).encode()))
        sent = False

        async def replay() -> MutableMapping[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": payload, "more_body": False}

        await app({**scope, "headers": headers}, replay, send)

    return wrapped


def _records(body: Any) -> list[dict[str, Any]]:
    """The records of an answer: the object itself, or the items of a list envelope."""
    if not isinstance(body, dict):
        return []
    lists = [v for v in body.values() if isinstance(v, list)]
    if "total_entries" in body and lists:
        return [i for i in lists[0] if isinstance(i, dict)]
    return [body]


def _on_patients(change: Callable[[dict[str, Any]], None]) -> JsonRewrite:
    def rewrite(scope: Scope, status: int, body: Any) -> Any:
        path = scope["path"].rstrip("/")
        if status < 300 and (path.endswith("/patient") or "/patient/" in path):
            for record in _records(body):
                if "client_id" in record and "surname" in record:
                    change(record)
        return body

    return rewrite


def dropped_field(app: App) -> App:
    """Patients come without `email` (a documented, nullable field) unless it is set."""
    return rewrite_answers(
        app, _on_patients(lambda r: r.pop("email") if r.get("email") is None else None)
    )


def undocumented_field(app: App) -> App:
    """Patients carry `internal_flag`, which the spec does not document."""
    return rewrite_answers(app, _on_patients(lambda r: r.update(internal_flag=True)))


def dead_link(app: App) -> App:
    """Patients' `links.invoices` points at `/invoices` (plural), which no operation serves."""

    def change(record: dict[str, Any]) -> None:
        links = record.get("links")
        if isinstance(links, dict) and isinstance(links.get("invoices"), str):
            links["invoices"] += "s"

    return rewrite_answers(app, _on_patients(change))


def no_request_id(app: App) -> App:
    """Error envelopes lose their `request_id`."""

    def rewrite(scope: Scope, status: int, body: Any) -> Any:
        if status >= 400 and isinstance(body, dict):
            body.pop("request_id", None)
        return body

    return rewrite_answers(app, rewrite)


def leaky_list(app: App, other_key: str = "mock-clinic-2") -> App:
    """List Items also answers the other tenant's items (as if the query forgot the tenant)."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://inner")

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].rstrip("/") != "/v1/item":
            await app(scope, receive, send)
            return
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        own = await client.get(scope["path"], params=_query(scope), headers=headers)
        headers["a-api-key"] = other_key
        theirs = await client.get(scope["path"], params=_query(scope), headers=headers)
        body = own.json()
        if own.status_code == 200 and theirs.status_code == 200:
            body["items"] += theirs.json()["items"]
            body["total_entries"] = len(body["items"])
        payload = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": own.status_code,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    return wrapped


def cancel_not_recorded(app: App) -> App:
    """A cancel with an empty body removes the appointment without recording a cancellation
    (as if `record_as_cancelled` defaulted to false)."""

    def rewrite(scope: Scope, body: Any) -> Any:
        if scope["path"].endswith("/cancel") and not body:
            return {"record_as_cancelled": False}
        return body

    return rewrite_requests(app, rewrite)


def false_stored_as_null(app: App) -> App:
    """`accepted_privacy_policy: false` is stored as null (a falsy-value bug)."""

    def rewrite(scope: Scope, body: Any) -> Any:
        if isinstance(body, dict) and body.get("accepted_privacy_policy") is False:
            return {**body, "accepted_privacy_policy": None}
        return body

    return rewrite_requests(app, rewrite)


def stale_availability(app: App, pristine: App) -> App:
    """Availability is answered from a copy of the data that never sees a booking."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/available_appointments"):
            await pristine(scope, receive, send)
        else:
            await app(scope, receive, send)

    return wrapped

"""Stand-ins for a live PracSuite API, made from the mock by wrapping its ASGI app.

`docs_lenient` does everything the reference allows but the spec's assumptions don't; each of the
others breaks one documented fact. The live gate must stay green on the first (reporting the
assumptions it broke) and go red on each of the others, naming the fact.
"""

from __future__ import annotations

import json
from collections.abc import Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from tests.contract_checks.broken import App, Receive, Scope, Send, eight_day_window

Transform = Callable[[Scope, int, Any], Any]
EXTRA = "zz_vendor_extension"


def rewrite_json(app: App, transform: Transform) -> App:
    """Hands every JSON answer to `transform(scope, status, body)` and sends what it returns."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: MutableMapping[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            is_json = any(k.lower() == b"content-type" and b"json" in v for k, v in headers)
            if is_json and body:
                payload = transform(scope, start["status"], json.loads(body))
                body = json.dumps(payload).encode()
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture)

    return wrapped


def _with_extra(node: Any) -> Any:
    """An unknown member on every object (a string: some maps only hold strings)."""
    if isinstance(node, dict):
        return {**{k: _with_extra(v) for k, v in node.items()}, EXTRA: "x"}
    if isinstance(node, list):
        return [_with_extra(v) for v in node]
    return node


def _lenient(scope: Scope, status: int, body: Any) -> Any:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        # The newest reference requires only `error`; an older one requires `title`. No detail.
        error = {k: v for k, v in body["error"].items() if k != "detail"}
        body = {**body, "error": {**error, "title": "Invalid Params"}}
        if status == 404:  # `request_id` is documented as optional on 404
            body = {k: v for k, v in body.items() if k != "request_id"}
    elif status == 200 and scope["path"].endswith("/note") and isinstance(body, dict):
        # List Notes' page does not show `links` (only the overview speaks of it)
        body = {k: v for k, v in body.items() if k != "links"}
    elif status == 200 and isinstance(body, dict) and isinstance(body.get("patients"), list):
        # The reference marks only `links.self` required on a patient
        body = {
            **body,
            "patients": [
                {k: v for k, v in p.items() if k != "accepted_privacy_policy"}
                for p in body["patients"]
            ],
        }
    return _with_extra(body)


def docs_lenient(app: App) -> App:
    """Unknown members everywhere, errors with `title` and no `detail`, 404s without
    `request_id`, List Notes without `links`, listed patients without `accepted_privacy_policy`."""
    return rewrite_json(app, _lenient)


def _drop_total(scope: Scope, status: int, body: Any) -> Any:
    if status == 200 and isinstance(body, dict) and "total_entries" in body:
        return {k: v for k, v in body.items() if k != "total_entries"}
    return body


def drops_total_entries(app: App) -> App:
    """Lists answer without `total_entries` (documented on every list page)."""
    return rewrite_json(app, _drop_total)


def _reverse_when_sorted(scope: Scope, status: int, body: Any) -> Any:
    query = dict(parse_qsl(scope.get("query_string", b"").decode()))
    if status != 200 or "sort_by" not in query or not isinstance(body, dict):
        return body
    return {k: (v[::-1] if isinstance(v, list) else v) for k, v in body.items()}


def sorts_wrongly(app: App) -> App:
    """With `sort_by`, answers each page in reverse order."""
    return rewrite_json(app, _reverse_when_sorted)


def accepts_missing_keys(app: App) -> App:
    """Answers requests without keys as if both demo keys had been sent (200, not 403)."""
    defaults = {b"x-api-key": b"mock-vendor-key", b"a-api-key": b"mock-clinic-1"}

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            names = {k.lower() for k, _ in scope["headers"]}
            extra = [(k, v) for k, v in defaults.items() if k not in names]
            scope = {**scope, "headers": [*scope["headers"], *extra]}
        await app(scope, receive, send)

    return wrapped


__all__ = [
    "accepts_missing_keys",
    "docs_lenient",
    "drops_total_entries",
    "eight_day_window",
    "sorts_wrongly",
]


def refuses_bookings_with_404(app: App) -> App:
    """Refuses a booking whose references are wrong with 404 rather than the 422 the spec assumes
    (`x-assumption` of Create Appointment; the reference names no status for it): a behaviour the
    docs allow, so the live gate must report it, not fail."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        booking = (
            scope["type"] == "http"
            and scope.get("method") == "POST"
            and str(scope.get("path", "")).rstrip("/").endswith("/v1/appointment")
        )
        if not booking:
            await app(scope, receive, send)
            return
        held: MutableMapping[str, Any] = {}

        async def relabel(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] == 422:
                held.update(message)  # sent with the rewritten body and its length
                return
            if message["type"] == "http.response.body" and held:
                body = json.loads(message.get("body") or b"{}")
                if isinstance(body, dict) and isinstance(body.get("error"), dict):
                    body["error"].update(status=404, code="NOT_FOUND")
                    body["error"].pop("validation", None)
                raw = json.dumps(body).encode()
                headers = [(k, v) for k, v in held["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(raw)).encode()))
                await send({**held, "status": 404, "headers": headers})
                await send({"type": "http.response.body", "body": raw})
                return
            await send(message)

        await app(scope, receive, relabel)

    return wrapped

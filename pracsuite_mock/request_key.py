"""What a request is answered from, besides its body, read once from the raw ASGI scope.

One `RequestKey` serves the three readers of it: authentication (both keys), the origin links are
built from (Host, scheme, listening address) and the answer cache, whose key it is. A header is
the first of its name, exactly as Starlette's case-insensitive `Headers.get` finds it (ASGI
servers give header names in lower case), still in bytes: decoded (latin-1, as Starlette does)
only where text is needed.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from starlette.types import Scope

VENDOR_HEADER = "x-api-key"
SUBSCRIBER_HEADER = "a-api-key"
_VENDOR = VENDOR_HEADER.encode()
_SUBSCRIBER = SUBSCRIBER_HEADER.encode()


class RequestKey(NamedTuple):
    path: str  # as the app sees it: scope["path"]
    query: bytes  # the raw query string
    vendor: bytes | None  # x-api-key
    subscriber: bytes | None  # A-api-key
    host: bytes | None
    scheme: str
    server: tuple[Any, ...] | None  # the listening (host, port)
    root_path: str


def request_key(scope: Scope) -> RequestKey:
    vendor = subscriber = host = None
    for name, value in scope["headers"]:
        if name == _VENDOR:
            if vendor is None:
                vendor = value
        elif name == _SUBSCRIBER:
            if subscriber is None:
                subscriber = value
        elif name == b"host" and host is None:
            host = value
    server = scope.get("server")
    # What `RequestKey(...)` does, less its Python-level `__new__`: this runs on every request.
    return tuple.__new__(
        RequestKey,
        (
            scope["path"],
            scope.get("query_string", b""),
            vendor,
            subscriber,
            host,
            scope.get("scheme", "http"),
            None if server is None else tuple(server),  # some clients give a list
            scope.get("root_path", ""),
        ),
    )


def text(value: bytes | None) -> str | None:
    """A header value as Starlette decodes it."""
    return None if value is None else value.decode("latin-1")

"""An answer cache in front of the app, at the raw ASGI level: a repeated GET is answered with
the bytes the app answered before, without a Request, routing, validation or a handler.

What is cached: a GET the app answered 200 after marking it cacheable (`CACHE_MARK` in the
scope, set by `_dispatch` once the caller is authenticated, for an operation whose answer depends
on nothing but the request and the store: not the clock). The whole response is kept, the
`http.response.start` message (status and headers) and the body, and replayed as is.

The key is everything the answer is computed from: the path as the app sees it (`scope["path"]`)
and the raw query string; both keys (`x-api-key`, `A-api-key`; the first of each, as the app
reads them); and what the link base is made of: the Host header, the scheme, the listening
address and the root path (`MockState.origin` reads these, or the fixed `--public-url`). The
method is always GET. The config (seed, keys, validation) is fixed for the app's life.

An entry is valid while its tenant's `Store.generation` is what it was when the app started
computing the answer: every write bumps it, so the next read of that tenant recomputes. The
tenant is the one the subscriber key opens.

A hit still takes a token from the rate limiter (a 429 is answered as without the cache); the
app installs no cache at all when fault injection is on. Memory is bounded: an LRU over at most
`max_bytes` (body, headers and key, counted) and `max_entries` answers.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError
from .rate_limit import RateLimiter
from .store import Store

# Set in the scope by the app (to the caller's tenant) when the answer may be cached.
CACHE_MARK = "pracsuite_mock.cacheable"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ENTRIES = 16_384
_ENTRY_OVERHEAD = 512  # the dicts, tuples and objects around the bytes, roughly

Key = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    generation: int
    start: Message
    body: Message
    size: int


class Answers:
    """The bounded LRU of answers, shared by every request (thread-safe: the in-process test
    transport runs requests on worker threads)."""

    def __init__(
        self, max_bytes: int = DEFAULT_MAX_BYTES, max_entries: int = DEFAULT_MAX_ENTRIES
    ) -> None:
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Key, generation: int) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.generation != generation:
                if entry is not None:  # stale: its tenant has been written since
                    del self._entries[key]
                    self.bytes -= entry.size
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: Key, generation: int, start: Message, body: bytes) -> None:
        size = _ENTRY_OVERHEAD + len(body) + _key_size(key)
        size += sum(len(name) + len(value) for name, value in start.get("headers", ()))
        if size > self.max_bytes:
            return
        entry = _Entry(
            generation,
            {"type": "http.response.start", "status": start["status"], "headers": start["headers"]},
            {"type": "http.response.body", "body": body},
            size,
        )
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self._entries[key] = entry
            self.bytes += size
            while self.bytes > self.max_bytes or len(self._entries) > self.max_entries:
                _, dropped = self._entries.popitem(last=False)
                self.bytes -= dropped.size


def _key_size(key: Key) -> int:
    return sum(len(part) for part in key if isinstance(part, (bytes, str)))


class AnswerCache:
    """ASGI middleware: answers a GET from `answers` when its tenant has not been written since."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        answers: Answers,
        store: Store,
        subscribers: Mapping[str, int],
        limiter: RateLimiter | None = None,
    ) -> None:
        self.app = app
        self.answers = answers
        self.store = store
        self.limiter = limiter
        # Header values arrive as bytes; the app decodes them as latin-1 (Starlette's Headers).
        self.tenants = {
            key.encode("latin-1"): tenant for key, tenant in subscribers.items() if _latin1(key)
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        vendor = subscriber = host = None
        # The first of each, exactly as the app's case-insensitive Headers.get finds it (ASGI
        # servers give header names in lower case).
        for name, value in scope["headers"]:
            if name == b"x-api-key":
                if vendor is None:
                    vendor = value
            elif name == b"a-api-key":
                if subscriber is None:
                    subscriber = value
            elif name == b"host" and host is None:
                host = value
        tenant = self.tenants.get(subscriber) if subscriber else None
        if tenant is None or not vendor:  # answered 401/403: never cached
            await self.app(scope, receive, send)
            return
        server = scope.get("server")
        key: Key = (
            scope["path"],
            scope.get("query_string", b""),
            vendor,
            subscriber,
            host,
            scope.get("scheme", "http"),
            None if server is None else tuple(server),  # some clients give a list
            scope.get("root_path", ""),
        )
        generation = self.store.generation(tenant)  # before the app reads anything
        try:
            entry = self.answers.get(key, generation)
        except TypeError:  # a part a server gave in a type that cannot be a key: no caching
            await self.app(scope, receive, send)
            return
        if entry is not None:
            if self.limiter is not None:
                try:
                    self.limiter.check(vendor.decode("latin-1"))
                except ApiError as exc:
                    await exc.response()(scope, receive, send)
                    return
            await send(entry.start)
            await send(entry.body)
            return
        await self.app(scope, receive, _Recorder(self, scope, send, key, tenant, generation))

    def store_answer(
        self, key: Key, generation: int, start: Message, body: bytes, tenant: int, scope: Scope
    ) -> None:
        if start.get("status") == 200 and scope.get(CACHE_MARK) == tenant:
            self.answers.put(key, generation, start, body)


class _Recorder:
    """The `send` of a miss: passes every message on and keeps a copy of a complete answer."""

    __slots__ = ("cache", "chunks", "generation", "key", "scope", "send", "start", "tenant")

    def __init__(
        self, cache: AnswerCache, scope: Scope, send: Send, key: Key, tenant: int, generation: int
    ) -> None:
        self.cache = cache
        self.scope = scope
        self.send = send
        self.key = key
        self.tenant = tenant
        self.generation = generation
        self.start: Message | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self.start = message
        elif kind == "http.response.body" and self.start is not None:
            self.chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                self.cache.store_answer(
                    self.key,
                    self.generation,
                    self.start,
                    b"".join(self.chunks),
                    self.tenant,
                    self.scope,
                )
        await self.send(message)


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True

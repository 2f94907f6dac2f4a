"""The answer cache: a repeated GET is answered with the bytes the app answered before, at the
raw ASGI level, without a Request, routing, validation or a handler (`app.serve` asks it first).

What is cached: a 200 answer to an operation whose binding is cacheable (`handlers.read`: its
answer depends on nothing but the request and the store, not the clock), decided from the
binding before the handler runs. The whole response is kept, the `http.response.start` message
(status and headers) and the body, and replayed as is.

The key is the `RequestKey`, everything the answer is computed from: the path as the app sees
it (`scope["path"]`) and the raw query string; both keys (`x-api-key`, `A-api-key`); and what
the link base is made of: the Host header, the scheme, the listening address and the root path
(`MockState.origin` reads these, or the fixed `--public-url`). The method is always GET. The
config (seed, keys, validation) is fixed for the app's life.

An entry is valid while its tenant's `Store.generation` is what it was when the app started
computing the answer: every write bumps it, so the next read of that tenant recomputes. The
tenant is the one the subscriber key opens.

A hit is admitted as any request is (`app.admit`: it still takes a token from the rate limiter);
the app keeps no cache at all when fault injection is on. Memory is bounded: an LRU over at most
`max_bytes` (body, headers and key, counted) and `max_entries` answers.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.types import Message, Send

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


class Recorder:
    """The `send` of a cacheable request answered by the app: passes every message on and keeps
    a complete 200 answer under `key`, valid while the tenant is at `generation`."""

    __slots__ = ("answers", "chunks", "generation", "key", "send", "start")

    def __init__(self, answers: Answers, send: Send, key: Key, generation: int) -> None:
        self.answers = answers
        self.send = send
        self.key = key
        self.generation = generation
        self.start: Message | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self.start = message
        elif kind == "http.response.body" and self.start is not None:
            self.chunks.append(message.get("body", b""))
            if not message.get("more_body", False) and self.start.get("status") == 200:
                self.answers.put(self.key, self.generation, self.start, b"".join(self.chunks))
        await self.send(message)


def tenants_by_key(subscribers: Mapping[str, int]) -> dict[bytes, int]:
    """The tenant each subscriber key opens, by the key's bytes as a raw header carries them (the
    app decodes header values as latin-1, as Starlette's `Headers` does)."""
    return {key.encode("latin-1"): tenant for key, tenant in subscribers.items() if _latin1(key)}


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True

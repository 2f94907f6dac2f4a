"""Client-wide pacing: how fast, and how many at once, every request of one client is sent.

Retries alone make concurrent tasks under a rate limit fail together: each 429 waits the same
`Retry-After` and all retry in the same instant. `Pacer` is shared by every request (and every
retry) of a client, in every thread or task:

- at most `max_in_flight` requests are sent at once (the others wait their turn);
- at most `requests_per_second` are started per second (a token bucket without burst), when set;
- a 429 pauses every request of the client until its `Retry-After` has passed, and, when no rate
  was set, the client learns one: half the requests it started in the second before the 429,
  then three quarters of that at each later 429 (at most once per pause). A client that is never
  rate-limited is never slowed down.

Each retried request also adds its own random jitter to `Retry-After` (see `RetryPolicy`).
"""

from __future__ import annotations

import asyncio
import collections
import threading
import time
import weakref
from dataclasses import dataclass

__all__ = ["Pacer", "Pacing"]

#: The slowest learned rate, so a client under a tight limit still moves.
MIN_RATE = 0.5


@dataclass(frozen=True)
class Pacing:
    """How a client paces its requests (see `pracsuite._pacing`). None: no bound."""

    requests_per_second: float | None = None
    max_in_flight: int | None = 8
    learn_rate: bool = True

    def __post_init__(self) -> None:
        if self.requests_per_second is not None and self.requests_per_second <= 0:
            raise ValueError("requests_per_second must be positive (or None: no bound)")
        if self.max_in_flight is not None and self.max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1 (or None: no bound)")


class Pacer:
    """The shared state of one client's pacing; `reserve()` before sending, `throttled()` on a
    429. Thread-safe; `slot()`/`aslot()` hold the in-flight bound."""

    def __init__(self, pacing: Pacing) -> None:
        self.pacing = pacing
        self.rate = pacing.requests_per_second
        self._lock = threading.Lock()
        self._next_start = 0.0  # the bucket: the earliest start of the next request
        self._pause_until = 0.0
        self._recent: collections.deque[float] = collections.deque()  # starts in the last second
        limit = pacing.max_in_flight
        self._threads = threading.BoundedSemaphore(limit) if limit else None
        # one per event loop, forgotten with it (a client may outlive several asyncio.run())
        self._tasks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def reserve(self, retry: bool = False) -> float:
        """Seconds to wait before this request may start (0.0: at once). A `retry` has waited
        its own Retry-After and jitter already, so the pause does not hold it again."""
        with self._lock:
            now = time.monotonic()
            start = now if retry else max(now, self._pause_until)
            if self.rate is not None:
                start = max(start, self._next_start)
                self._next_start = start + 1.0 / self.rate
            if self.pacing.learn_rate:
                self._recent.append(start)
                while self._recent and self._recent[0] < start - 1.0:
                    self._recent.popleft()
            return start - now

    def throttled(self, retry_after: float | None) -> None:
        """A 429 came back: pause everyone until `retry_after` has passed, and learn a rate."""
        with self._lock:
            now = time.monotonic()
            if now < self._pause_until:
                return  # this pause is already known
            self._pause_until = now + (retry_after if retry_after is not None else 1.0)
            if not self.pacing.learn_rate or self.pacing.requests_per_second is not None:
                return
            if self.rate is None:
                recent = sum(1 for t in self._recent if t >= now - 1.0)
                self.rate = max(MIN_RATE, recent / 2)
            else:
                self.rate = max(MIN_RATE, self.rate * 0.75)

    def slot(self) -> threading.BoundedSemaphore | _NoBound:
        """A context manager holding one of the `max_in_flight` places (threads)."""
        return self._threads if self._threads is not None else _NO_BOUND

    def aslot(self) -> asyncio.Semaphore | _NoBound:
        """The same for asyncio tasks (one semaphore per event loop)."""
        limit = self.pacing.max_in_flight
        if limit is None:
            return _NO_BOUND
        loop = asyncio.get_running_loop()
        gate = self._tasks.get(loop)
        if gate is None:
            gate = self._tasks[loop] = asyncio.Semaphore(limit)
        return gate


class _NoBound:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc: object) -> None:
        return None


_NO_BOUND = _NoBound()

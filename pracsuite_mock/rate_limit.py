"""The rate limit (`--rate-limit N/s`), off by default: a token bucket per vendor key, burst N.
An empty bucket answers 429 TOO_MANY_REQUESTS with `Retry-After` in whole seconds."""

from __future__ import annotations

import math
import re
import threading
import time

from .errors import TooManyRequests


def parse_rate(text: str) -> float:
    """`"10/s"`, `"10"` or `"600/m"` → requests per second."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|second|m|min|minute))?\s*", text)
    if not found:
        raise ValueError(f"rate must look like 10/s, got {text!r}")
    value = float(found.group(1))
    per_minute = (found.group(2) or "s").startswith("m")
    rate = value / 60 if per_minute else value
    if rate <= 0:
        raise ValueError("rate must be positive")
    return rate


class RateLimiter:
    def __init__(self, per_second: float, burst: float | None = None) -> None:
        self.rate = per_second
        self.burst = burst if burst is not None else max(1.0, per_second)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: float | None = None) -> None:
        """Take one token for `key`, or raise 429 saying when the next one is due."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                raise TooManyRequests(max(1, math.ceil((1 - tokens) / self.rate)))
            self._buckets[key] = (tokens - 1, now)

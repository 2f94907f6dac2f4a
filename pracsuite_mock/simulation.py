"""Conditions a real API shows under load: rate limits and faults, both off by default.

`RateLimiter`: a token bucket per vendor key (`--rate-limit N/s`, burst N); an empty bucket
answers 429 TOO_MANY_REQUESTS with `Retry-After` in whole seconds. `FaultInjector`: with
probability RATE per request (seeded, so runs repeat), one of latency, a 500/502/503 envelope,
or a dropped connection (the response is started and then abandoned).
"""

from __future__ import annotations

import math
import random
import re
import threading
import time
from dataclasses import dataclass

from .errors import BadGateway, ServerError, ServiceUnavailable, TooManyRequests


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


class DroppedConnection(Exception):
    """Raised after the response has started, so the server abandons the connection."""


@dataclass(frozen=True)
class Fault:
    kind: str  # "latency", "500", "502", "503", "drop"
    delay: float = 0.0

    def error(self) -> ServerError | None:
        kinds: dict[str, type[ServerError]] = {
            "500": ServerError,
            "502": BadGateway,
            "503": ServiceUnavailable,
        }
        found = kinds.get(self.kind)
        return found() if found else None


class FaultInjector:
    KINDS = ("latency", "500", "502", "503", "drop")

    def __init__(self, rate: float, seed: int = 0, max_delay: float = 0.5) -> None:
        if not 0 <= rate <= 1:
            raise ValueError("fault rate must be between 0 and 1")
        self.rate = rate
        self.max_delay = max_delay
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def draw(self) -> Fault | None:
        with self._lock:
            if self.rate <= 0 or self._rng.random() >= self.rate:
                return None
            kind = self._rng.choice(self.KINDS)
            delay = self._rng.uniform(0.05, self.max_delay) if kind == "latency" else 0.0
        return Fault(kind, delay)

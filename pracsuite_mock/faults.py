"""Fault injection (`--faults RATE`), off by default: with probability RATE per request (seeded,
so runs repeat), one of latency, a 500/502/503 envelope, or a dropped connection (the response
is started and then abandoned)."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

from .errors import BadGateway, ServerError, ServiceUnavailable


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

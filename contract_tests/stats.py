"""Process-wide request counter, read by the report plugin before and after each test."""

from __future__ import annotations

import threading

_lock = threading.Lock()
_count = 0


def count_request(n: int = 1) -> None:
    global _count
    with _lock:
        _count += n


def requests_sent() -> int:
    return _count

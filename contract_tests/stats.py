"""Process-wide request counter, read by the report plugin before and after each test."""

from __future__ import annotations

import threading

_lock = threading.Lock()
_count = 0
_by_operation: dict[str, int] = {}


def count_request(n: int = 1, *, operation: str | None = None) -> None:
    global _count
    with _lock:
        _count += n
        if operation is not None:
            _by_operation[operation] = _by_operation.get(operation, 0) + n


def by_operation() -> dict[str, int]:
    """Requests schemathesis sent, per operation label (`GET /patient`)."""
    return dict(_by_operation)


def requests_sent() -> int:
    return _count

"""Replay a recording against a target and collect the differences, noise learned not listed.

Every exchange is replayed in the recording's order, writes included (their answers are compared
like the reads'). Each request is answered twice: by a second, independent target that replays
the whole recording again, later, when there is one (the embedded mock: so writes, and the
stamps and expiries they make, happen twice without doubling anything), else by sending each
read again at once. A pointer where
the two answers differ (a request id, a creation stamp) is noise for that operation, and so is
one where two recorded answers of the same request differ. Noise is dropped; the rest is grouped by category, operation and
pointer pattern (one entry each, with the first example and a count), attributed against the
spec and checked against the accepted list.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import pracsuite_spec
from contract_tests.calibration import accepted as accepted_mod
from contract_tests.calibration.attribution import attribute
from contract_tests.calibration.compare import Difference, Side, compare, pattern, relative_links
from contract_tests.calibration.recording import Exchange
from contract_tests.calibration.replay import Answer, Target

# Clock-dependent answers of the mock change by the second: the twin starts at least this late.
TWIN_DELAY_SECONDS = 1.1


@dataclass
class Outcome:
    differences: list[Difference] = field(default_factory=list)
    replayed: int = 0
    not_replayed: int = 0  # needed a key the target has not got
    noise: dict[str, set[str]] = field(default_factory=dict)  # operation -> pointer patterns

    @property
    def open(self) -> list[Difference]:
        return [d for d in self.differences if d.accepted is None]


def calibrate(
    exchanges: list[Exchange],
    target: Target,
    *,
    again: Target | None = None,
    spec: pracsuite_spec.Spec | None = None,
    accepted: list[accepted_mod.Accepted] | None = None,
) -> Outcome:
    """Replay `exchanges` against `target` (and `again`, an independent twin, for noise)."""
    spec = spec or pracsuite_spec.load()
    index = _Templates(spec)
    outcome = Outcome()
    noise: dict[str, set[str]] = defaultdict(set)
    _recorded_noise(exchanges, index, noise)
    started = time.monotonic()
    firsts = [target.replay(exchange) for exchange in exchanges]
    if again is not None:
        # The twin replays later, so whatever depends on the clock (a stamp, an expiry) differs.
        time.sleep(max(0.0, TWIN_DELAY_SECONDS - (time.monotonic() - started)))
        seconds = [again.replay(exchange) for exchange in exchanges]
    found: list[tuple[Difference, Side, Side, pracsuite_spec.Operation | None, str]] = []
    for position, (exchange, first) in enumerate(zip(exchanges, firsts, strict=True)):
        if first is None:
            outcome.not_replayed += 1
            continue
        outcome.replayed += 1
        operation = index.find(exchange.method, exchange.path)
        label = operation.label if operation else f"{exchange.method} {exchange.path}"
        mock = _side(first, target.base_url)
        if again is not None:
            second, second_base = seconds[position], again.base_url
        else:
            second = target.replay(exchange) if exchange.is_read else None
            second_base = target.base_url
        if second is not None:
            for category, pointer, _, _ in _differences(
                mock, _side(second, second_base), operation
            ):
                noise[label].add(noise_key(category, pointer))
        live = _side(Answer(exchange.status, exchange.headers, exchange.answer), exchange.base)
        for category, pointer, live_value, mock_value in _differences(live, mock, operation):
            difference = Difference(
                category,
                label,
                pointer,
                live_value,
                mock_value,
                request=exchange.request_line,
                live_answer=live.body,
                mock_answer=mock.body,
            )
            found.append((difference, live, mock, operation, exchange.query))
    outcome.noise = dict(noise)
    grouped: dict[tuple[str, str, str], Difference] = {}
    for difference, live, mock, operation, query in found:
        if noise_key(difference.category, difference.pointer) in noise.get(
            difference.operation, set()
        ):
            continue
        seen = grouped.get(difference.key)
        if seen is not None:
            seen.count += 1
            continue
        difference.attribution = attribute(
            difference.category,
            difference.pointer,
            operation=operation,
            query=query,
            live=live,
            mock=mock,
        )
        difference.accepted = accepted_mod.reason_for(difference, accepted or [])
        grouped[difference.key] = difference
    outcome.differences = list(grouped.values())
    return outcome


def noise_key(category: str, pointer: str) -> str:
    """A noisy pointer: a header's (`header /location`) apart from the body's (`/location`)."""
    return f"header {pattern(pointer)}" if category == "headers" else pattern(pointer)


def _side(answer: Answer, base: str) -> Side:
    return Side(answer.status, answer.headers, relative_links(answer.body, base))


def _differences(
    live: Side, mock: Side, operation: pracsuite_spec.Operation | None
) -> list[tuple[str, str, Any, Any]]:
    return list(
        compare(
            live,
            mock,
            listing=operation.listing if operation else None,
            documented_headers=_documented_headers(operation, live.status),
        )
    )


def _documented_headers(operation: pracsuite_spec.Operation | None, status: int) -> frozenset[str]:
    if operation is None:
        return frozenset()
    response = operation.response(status) or {}
    return frozenset(str(h).lower() for h in (response.get("headers") or {}))


def _recorded_noise(
    exchanges: list[Exchange], index: _Templates, noise: dict[str, set[str]]
) -> None:
    """Two recorded answers of the same read that differ: what differs is noise."""
    first_seen: dict[tuple[str, ...], Exchange] = {}
    for exchange in exchanges:
        if not exchange.is_read:
            first_seen.clear()  # after a write, a different answer may be a real change
            continue
        earlier = first_seen.setdefault(exchange.same_request(), exchange)
        if earlier is exchange:
            continue
        operation = index.find(exchange.method, exchange.path)
        label = operation.label if operation else f"{exchange.method} {exchange.path}"
        a = _side(Answer(earlier.status, earlier.headers, earlier.answer), earlier.base)
        b = _side(Answer(exchange.status, exchange.headers, exchange.answer), exchange.base)
        for category, pointer, _, _ in _differences(a, b, operation):
            noise[label].add(noise_key(category, pointer))


class _Templates:
    """A concrete path to its operation: literal segments win over `{param}` segments."""

    def __init__(self, spec: pracsuite_spec.Spec) -> None:
        self.operations = [(op, tuple(op.path.strip("/").split("/"))) for op in spec.operations]

    def find(self, method: str, path: str) -> pracsuite_spec.Operation | None:
        segments = tuple(unquote(s) for s in path.split("?", 1)[0].strip("/").split("/"))
        best: tuple[int, pracsuite_spec.Operation] | None = None
        for op, template in self.operations:
            if op.method != method.lower() or len(template) != len(segments):
                continue
            literal = 0
            for want, got in zip(template, segments, strict=True):
                if want.startswith("{") and want.endswith("}"):
                    if not got:
                        break
                elif want != got:
                    break
                else:
                    literal += 1
            else:
                if best is None or literal > best[0]:
                    best = (literal, op)
        return best[1] if best else None

"""Mock vs Prism: the same requests, the same machine, the same run, alternating rounds.

Both servers run as one process each and are started together on their own loopback ports; only
the one under load is busy. For every request the rounds go A B A B (mock, Prism, mock, Prism),
each a fixed time at a fixed concurrency, after an unrecorded warm-up of each, so a busy spell
of the (shared, two-core) machine is spread over both servers rather than landing on one.

Why one worker each: Prism is one Node.js process with one event loop (its `--multiprocess`
flag only moves logging to a second process), and our mock under uvicorn with one worker is one
Python process with one event loop. On two cores, a second worker of either would compete with
the load generator's two threads for the same cores, so one each is the like-for-like setting.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from . import servers
from .load import LoadResult, LoadTool, PyLoad, load_tool
from .results import Section, Table, Target, fmt, ratio

SORT_BY = "%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
# (label, path below the API root, is a list request the 3x target applies to)
REQUESTS: tuple[tuple[str, str, bool], ...] = (
    ("patients, page_size=100", "/patient?page_size=100", True),
    (
        "reschedule reasons, sorted",
        f"/reschedule_reason?page=1&page_size=50&sort_by={SORT_BY}",
        True,
    ),
    (
        "availability, 7 days",
        "/available_appointments?from=2026-01-05&to=2026-01-11&appointment_type_id=1",
        False,
    ),
)
TARGET_RATIO = 3.0
CONNECTIONS = 16
LOGS = Path(__file__).resolve().parent / ".cache" / "logs"
MOCK, PRISM = "mock", "Prism"


@dataclass
class Measurement:
    """One (request, server): every round's load result and what a few plain GETs answered."""

    rounds: list[LoadResult] = field(default_factory=list)
    probe_statuses: Counter[int] = field(default_factory=Counter)
    probe_bytes: int = 0
    probe_items: int | None = None

    @property
    def rps(self) -> float | None:
        return statistics.mean(r.rps for r in self.rounds) if self.rounds else None

    def latency(self, which: str) -> float | None:
        values = [getattr(r, which) for r in self.rounds if getattr(r, which) is not None]
        return statistics.mean(values) if values else None

    def status_mix(self) -> str:
        probe = ", ".join(f"{code}×{n}" for code, n in sorted(self.probe_statuses.items()))
        total = sum(r.requests for r in self.rounds)
        bad = sum(r.non_2xx for r in self.rounds)
        errors = sum(r.errors for r in self.rounds)
        load = f"under load {total - bad:,}/{total:,} 2xx/3xx"
        if errors:
            load += f", {errors} socket errors"
        return f"probe {probe}; {load}"


Results = dict[tuple[str, str], Measurement]  # (request label, server name)


def _probe(base_url: str, path: str, into: Measurement, times: int = 3) -> None:
    for _ in range(times):
        response = httpx.get(base_url + path, headers=servers.HEADERS, timeout=30)
        into.probe_statuses[response.status_code] += 1
        into.probe_bytes = len(response.content)
        try:
            body = response.json()
            lists = [v for v in body.values() if isinstance(v, list)]
            into.probe_items = len(lists[0]) if lists else None
        except (json.JSONDecodeError, AttributeError):
            into.probe_items = None


def comparison_table(results: Results) -> Table:
    """One row per (request, server), with the mock/Prism ratio on the mock's row."""
    table = Table(
        [
            "request",
            "server",
            "req/s",
            "p50 ms",
            "p99 ms",
            "mock/Prism req/s",
            "bytes/answer",
            "items",
            "status mix",
        ]
    )
    for label, _, _ in REQUESTS:
        mock, prism = results.get((label, MOCK)), results.get((label, PRISM))
        for name, m in ((MOCK, mock), (PRISM, prism)):
            if m is None:
                continue
            speedup = ratio(mock.rps if mock else None, prism.rps if prism else None)
            table.add(
                label,
                name,
                fmt(m.rps, 0),
                fmt(m.latency("p50_ms"), 2),
                fmt(m.latency("p99_ms"), 2),
                f"{speedup:.2f}×" if speedup is not None and name == MOCK else "",
                f"{m.probe_bytes:,}",
                "–" if m.probe_items is None else m.probe_items,
                m.status_mix(),
            )
    return table


def _ceiling(tool: LoadTool, seconds: float) -> float:
    port = servers.free_port()
    with servers.running(
        "trivial",
        servers.trivial_command(port),
        base_url=f"http://127.0.0.1:{port}",
        probe_path="/",
        log=LOGS / "trivial.log",
        timeout=30,
    ) as server:
        return tool.run(
            server.base_url + "/", servers.HEADERS, seconds=seconds, connections=CONNECTIONS
        ).rps


def _profile_mock(results: Results, *, quick: bool) -> list[str]:
    """Where the mock's time goes on each list request: its ASGI app called in-process (no
    uvicorn, no sockets) under pyinstrument, and that rate against the one over HTTP."""
    from pracsuite_mock.app import MockConfig, create_app

    from .profiling import call_asgi, profile_async

    app = create_app(MockConfig(seed=1, size="small"))
    calls = 100 if quick else 400
    notes = []
    for label, target, is_list in REQUESTS:
        if not is_list:
            continue
        path, _, query = ("/v1" + target).partition("?")

        async def many(path: str = path, query: str = query) -> None:
            for _ in range(calls):
                await call_asgi(app, path, query, servers.HEADERS)

        began = time.perf_counter()
        asyncio.run(many())
        in_process = calls / (time.perf_counter() - began)
        over_http = results[label, MOCK].rps or 0.0
        name = "mock-" + label.split(",")[0].replace(" ", "-")
        lines = profile_async(name, many)
        notes.append(
            f"Bottleneck, {label}: the mock's app alone (in-process, one request at a time) "
            f"serves {in_process:,.0f} req/s against {over_http:,.0f} over HTTP, so about "
            f"{max(0.0, 100 * (1 - over_http / in_process)):.0f}% of a request's time over HTTP "
            "is uvicorn/h11, sockets and sharing the cores with the load generator. Inside the "
            "app (pyinstrument): " + "; ".join(lines)
        )
    return notes


def run(*, quick: bool) -> tuple[Section, Results]:
    section = Section("servers", "Mock vs Prism")
    seconds, rounds, warmup = (3.0, 1, 1.0) if quick else (10.0, 2, 2.0)
    tool = load_tool()
    section.facts["load tool"] = tool.version
    section.facts["uvicorn HTTP, event loop"] = ", ".join(
        name if importlib.util.find_spec(name) else f"{fallback} ({name} not installed)"
        for name, fallback in (("httptools", "h11"), ("uvloop", "asyncio"))
    )
    results: Results = {}
    prism_version: str | None
    try:
        prism_version = servers.ensure_prism()
        section.facts["Prism"] = f"@stoplight/prism-cli {prism_version}"
    except Exception as error:  # npm missing or offline: measure the mock alone
        prism_version = None
        section.facts["Prism"] = f"unavailable ({error})"
        section.notes.append(f"Prism could not be installed ({error}); the mock is measured alone.")

    mock_port, prism_port = servers.free_port(), servers.free_port()
    with servers.running(
        MOCK,
        servers.mock_command(mock_port),
        base_url=f"http://127.0.0.1:{mock_port}/v1",
        probe_path="/patient",
        log=LOGS / "mock.log",
    ) as mock:
        started = [mock]
        prism_cm = None
        if prism_version is not None:
            # Prism ignores the servers' base path: it answers /patient, not /v1/patient.
            prism_cm = servers.running(
                PRISM,
                servers.prism_command(prism_port),
                base_url=f"http://127.0.0.1:{prism_port}",
                probe_path="/patient",
                log=LOGS / "prism.log",
            )
            started.append(prism_cm.__enter__())
        try:
            for label, path, _ in REQUESTS:
                for server in started:
                    m = results[label, server.name] = Measurement()
                    _probe(server.base_url, path, m)
                    tool.run(
                        server.base_url + path,
                        servers.HEADERS,
                        seconds=warmup,
                        connections=CONNECTIONS,
                    )
            for n in range(rounds):
                for label, path, _ in REQUESTS:
                    for server in started:  # A B, then A B again next round
                        print(f"  round {n + 1}/{rounds}: {label} on {server.name}", flush=True)
                        results[label, server.name].rounds.append(
                            tool.run(
                                server.base_url + path,
                                servers.HEADERS,
                                seconds=seconds,
                                connections=CONNECTIONS,
                            )
                        )
        finally:
            if prism_cm is not None:
                prism_cm.__exit__(*sys.exc_info())

    section.tables.append(comparison_table(results))
    for label, _, is_list in REQUESTS:
        speedup = ratio(
            results[label, MOCK].rps,
            results[label, PRISM].rps if (label, PRISM) in results else None,
        )
        if is_list:
            section.targets.append(
                Target(
                    f"mock/Prism req/s, {label}",
                    f"≥ {TARGET_RATIO:.0f}×",
                    "–" if speedup is None else f"{speedup:.2f}×",
                    None if speedup is None else speedup >= TARGET_RATIO,
                )
            )

    missed = [t for t in section.targets if t.met is False]
    if missed:
        section.notes += _profile_mock(results, quick=quick)

    ceiling = _ceiling(tool, 1.0 if quick else 3.0)
    section.notes += [
        f"Load: {tool.version}, {CONNECTIONS} connections"
        + (", 2 threads" if tool.name == "wrk" else "")
        + f", {seconds:.0f} s per round, {rounds} round(s) per server in ABAB order, after a "
        f"{warmup:.0f} s warm-up of each; both keys on every request. req/s is the mean of the "
        "rounds, p50/p99 the mean of each round's percentile.",
        f"Ceiling of the load tool on this machine, against a trivial asyncio server: "
        f"{ceiling:,.0f} req/s. A figure near it is bounded by the load generator, not the server."
        + (
            " (The Python fallback generator is much weaker than wrk.)"
            if isinstance(tool, PyLoad)
            else ""
        ),
        "One process each (see the module docstring): Prism 1 Node.js process, the mock 1 "
        "uvicorn worker; the load generator shares the same 2 cores.",
        "Prism runs with its defaults (`--errors` false: request violations are logged, not "
        "answered with an error; static examples, not `--dynamic`) and `-v warn`, so it does "
        "not log each request. It answers the spec's static examples (one item per list, "
        "whatever the page size) without state; the mock filters, sorts and paginates its seeded records (`--seed 1 "
        "--size small`), so its answers are larger: compare bytes/answer and items.",
        "Status mix: 'probe' is 3 plain GETs before the load (exact codes); 'under load' is the "
        "load tool's count of 2xx/3xx answers.",
    ]
    return section, results

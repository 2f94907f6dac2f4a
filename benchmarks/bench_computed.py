"""The computed path, with varied requests: what a contract run, a fuzz campaign or an
integration test feels, since they rarely repeat a request.

Every load round sends a list of distinct requests in turn (`LoadTool.run_paths`: with wrk, a
Lua script; thread k sends k, k + 2, …), so no two requests in a round are alike while the list
lasts (the `repeats` column counts requests beyond it). Two tables:

- Headline, on the large tenant (`--size large`: 10,500 patients): `mock, computed` (the mock
  with `--no-answer-cache`, every answer computed), `mock, cached` (the answer cache on: with no
  repeats it rarely hits, which is the point of showing it beside) and Prism, on patient pages
  (varied page, page_size, sort_by) and 7-day availability (varied windows, types and pages). The
  rounds rotate mock, cached, Prism, so a busy spell of the shared machine is spread over them.
- Scaling: computed patient pages at 60, 10,500 and 100,000 patients (the mock's launcher here,
  `python -m benchmarks.bench_computed N ARGS…`, seeds tenant 1 with N patients): each size
  gets the same mix of page sizes and sort orders over its own pages, so each answer is a full
  page; a list whose cost grows with the collection would show here. The three servers run at
  once and their rounds are interleaved, so a busy spell of the shared machine hits all sizes.
"""

from __future__ import annotations

import contextlib
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from . import servers
from .load import LoadResult, LoadTool, load_tool
from .results import Section, Table, Target, fmt, ratio

PATIENTS_GOAL = 1.0  # computed patient pages on the large tenant, × Prism req/s
AVAILABILITY_GOAL = 2.0  # computed availability, × Prism req/s
FLAT_GOAL = 2.0  # computed patient page cost at 100,000 patients ÷ at 60, at most
SCALE_SIZES = (60, 10_500, 100_000)
SORTABLE = ["client_id", "first_name", "surname", "date_of_birth", "created", "modified"]
CONNECTIONS = 16
PATHS = 60_000  # distinct requests per list: more than the rounds send
WARMUP = 2_000  # the last requests of a list, sent before the rounds, unrecorded
LOGS = Path(__file__).resolve().parent / ".cache" / "logs"
FIRST_DAY = "2025-12-08"  # the seed's bookings span these ten weeks
DAYS = 63
COMPUTED, CACHED, PRISM = "mock, computed", "mock, cached", "Prism"


def patient_paths(patients: int, count: int = PATHS, seed: int = 1) -> list[str]:
    """Distinct patient list requests: page_size 10–50, a sort of one or two fields (either
    order), and a page inside the listing, so every answer is a full page."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    sorts = [[a] for a in SORTABLE] + [[a, b] for a in SORTABLE for b in SORTABLE if a != b]
    for _ in range(count * 4):  # a small tenant has fewer distinct pages than `count`
        if len(out) >= count:
            break
        size = rng.randint(10, min(50, patients))
        sort = rng.choice(sorts)
        page = rng.randint(1, max(1, patients // size))
        path = f"/patient?page={page}&page_size={size}&sort_by={json.dumps(sort, separators=(',', ':'))}"
        if path not in seen:
            seen.add(path)
            out.append(path.replace('"', "%22").replace("[", "%5B").replace("]", "%5D"))
    return out


def availability_paths(count: int = PATHS, types: int = 5, seed: int = 2) -> list[str]:
    """Distinct 7-day (or shorter) availability requests: start day, length, type, page (47,250
    possible, so a round at several thousand req/s does not run out)."""
    import datetime as dt

    rng = random.Random(seed)
    first = dt.date.fromisoformat(FIRST_DAY)
    seen: set[str] = set()
    out: list[str] = []
    for _ in range(count * 4):
        if len(out) >= count:
            break
        start = first + dt.timedelta(days=rng.randrange(DAYS))
        end = start + dt.timedelta(days=rng.randint(1, 6))
        path = (
            f"/available_appointments?from={start}&to={end}"
            f"&appointment_type_id={rng.randint(1, types)}"
            f"&page={rng.randint(1, 5)}&page_size={rng.choice([10, 20, 25, 50, 100])}"
        )
        if path not in seen:
            seen.add(path)
            out.append(path)
    return out


def scaled_mock_command(port: int, patients: int) -> list[str]:
    """The mock's command line (cache off, large seed), launched through this module."""
    command = servers.mock_command(port, size="large", answer_cache=False)
    assert command[1:3] == ["-m", "pracsuite_mock"], command
    return [command[0], "-m", "benchmarks.bench_computed", str(patients), *command[3:]]


def serve_scaled(argv: Sequence[str]) -> int:
    """`python -m benchmarks.bench_computed N ARGS…`: the mock's CLI with tenant 1 seeded at N
    patients (the rest of the tenant as `--size` has it)."""
    from pracsuite_mock import cli, seed

    patients = int(argv[0])
    original = seed.plans

    def scaled(size: seed.Size) -> list[seed.TenantPlan]:
        first, *rest = original(size)
        return [replace(first, patients=patients), *rest]

    setattr(seed, "plans", scaled)  # noqa: B010 (the seed reads its plans through this name)
    return cli.main(list(argv[1:]))


def _first_uses(base_url: str, paths: Sequence[str]) -> float:
    """Send one request per sort order in `paths`, untimed by the load tool: the mock builds
    each order's index on its first use. Answers the slowest of them (ms)."""
    firsts: dict[str, str] = {}
    for path in paths:
        firsts.setdefault(path.partition("sort_by=")[2], path)
    slowest = 0.0
    with httpx.Client(headers=servers.HEADERS, timeout=120) as client:
        for path in firsts.values():
            began = time.perf_counter()
            client.get(base_url + path)
            slowest = max(slowest, (time.perf_counter() - began) * 1000)
    return slowest


def _round(tool: LoadTool, base_url: str, paths: list[str], seconds: float) -> LoadResult:
    return tool.run_paths(
        base_url, paths, servers.HEADERS, seconds=seconds, connections=CONNECTIONS
    )


def _mean(results: list[LoadResult]) -> tuple[float, float | None, int, int]:
    """(req/s, p50 ms, non-2xx, requests) over rounds."""
    p50s = [r.p50_ms for r in results if r.p50_ms is not None]
    return (
        statistics.mean(r.rps for r in results),
        statistics.mean(p50s) if p50s else None,
        sum(r.non_2xx + r.errors for r in results),
        sum(r.requests for r in results),
    )


def _launch(
    stack: contextlib.ExitStack, name: str, command: list[str], base: str
) -> servers.Starting:
    return stack.enter_context(
        servers.launched(
            name,
            command,
            base_url=base,
            probe_path="/patient?page_size=1",
            log=LOGS / f"computed-{name.replace(', ', '-').replace(' ', '-')}.log",
        )
    )


def run(*, quick: bool) -> Section:
    section = Section("computed", "Computed path, varied requests")
    tool = load_tool()
    seconds, rounds = (2.0, 1) if quick else (3.0, 2)
    section.facts["load tool (computed)"] = tool.version
    wanted = {"patient pages (varied page, size, sort)": patient_paths(10_500)}
    wanted["7-day availability (varied windows)"] = availability_paths()
    results: dict[tuple[str, str], list[LoadResult]] = {}
    prism_ok = True
    try:
        servers.install_prism()
    except Exception as error:
        prism_ok = False
        section.notes.append(f"Prism could not be installed ({error}); the mock is measured alone.")
    with contextlib.ExitStack() as stack:
        starting = []
        for name, cache in ((COMPUTED, False), (CACHED, True)):
            port = servers.free_port()
            command = servers.mock_command(port, size="large", answer_cache=cache)
            starting.append(_launch(stack, name, command, f"http://127.0.0.1:{port}/v1"))
        if prism_ok:
            port = servers.free_port()
            starting.append(
                _launch(stack, PRISM, servers.prism_command(port), f"http://127.0.0.1:{port}")
            )
        ready = [s.ready(timeout=300) for s in starting]
        for label, paths in wanted.items():
            for server in ready:  # unrecorded warm-up, on paths the rounds do not send
                if label.startswith("patient"):
                    _first_uses(server.base_url, paths[-WARMUP:])
                _round(tool, server.base_url, paths[-WARMUP:], 1.0)
            per_round = (len(paths) - WARMUP) // rounds
            for n in range(rounds):  # each server the same requests in a round, new ones next
                chunk = paths[n * per_round : (n + 1) * per_round]
                for server in ready:
                    results.setdefault((label, server.name), []).append(
                        _round(tool, server.base_url, chunk, seconds)
                    )

    table = Table(
        ["request", "server", "req/s", "p50 ms", "÷ Prism req/s", "requests", "repeats", "not 2xx"],
        title="Large tenant (10,500 patients), no two requests alike",
    )
    for label, paths in wanted.items():
        per_round = (len(paths) - WARMUP) // rounds
        prism = results.get((label, PRISM))
        prism_rps = _mean(prism)[0] if prism else None
        for name in (COMPUTED, CACHED, PRISM):
            got = results.get((label, name))
            if not got:
                continue
            rps, p50, bad, requests = _mean(got)
            over = ratio(rps, prism_rps) if name != PRISM else None
            repeats = sum(max(0, r.requests - per_round) for r in got)
            table.add(
                label,
                name,
                fmt(rps, 0),
                fmt(p50, 2),
                "" if over is None else f"{over:.2f}×",
                f"{requests:,}",
                repeats,
                bad,
            )
        computed = results.get((label, COMPUTED))
        value = ratio(_mean(computed)[0] if computed else None, prism_rps)
        goal = PATIENTS_GOAL if label.startswith("patient") else AVAILABILITY_GOAL
        section.targets.append(
            Target(
                f"mock, computed/Prism req/s, {label}, large tenant, no repeats",
                f"≥ {goal:g}×",
                "–" if value is None else f"{value:.2f}×",
                None if value is None else value >= goal,
            )
        )
    section.tables.append(table)
    _run_scaling(section, tool, seconds, rounds)
    section.notes.append(
        f"{rounds} round(s) of {seconds:.0f} s per (request, server) at {CONNECTIONS} "
        "connections, rotating servers, after a 1 s unrecorded warm-up on other requests; each "
        "round sends its own slice of distinct requests (`repeats`: requests beyond the slice). "
        "`mock, cached` has its answer cache on: with no repeats it computes nearly every answer "
        "too, and pays for filling the cache."
    )
    return section


def _run_scaling(section: Section, tool: LoadTool, seconds: float, rounds: int) -> None:
    table = Table(
        [
            "patients",
            "req/s",
            "p50 ms",
            "÷ req/s at 60",
            "requests",
            "not 2xx",
            "start-up s",
            "first use of an order, max ms",
        ],
        title="Computed patient pages (cache off, no repeats) against the tenant's size",
    )
    # All sizes up at once and their rounds interleaved (60, 10,500, 100,000, then again), so
    # a busy spell of the shared machine falls on every size alike.
    rates: dict[int, float] = {}
    with contextlib.ExitStack() as stack:
        started: dict[int, tuple[servers.Starting, float]] = {}
        for patients in SCALE_SIZES:
            port = servers.free_port()
            starting = stack.enter_context(
                servers.launched(
                    f"mock {patients}",
                    scaled_mock_command(port, patients),
                    base_url=f"http://127.0.0.1:{port}/v1",
                    probe_path="/patient?page_size=1",
                    log=LOGS / f"computed-scaled-{patients}.log",
                )
            )
            started[patients] = (starting, time.perf_counter())
        ready: dict[int, tuple[Any, float, list[str], float]] = {}
        for patients, (starting, began) in started.items():
            server = starting.ready(timeout=600)
            startup = time.perf_counter() - began
            paths = patient_paths(patients, seed=3)
            first_use = _first_uses(server.base_url, paths)
            _round(tool, server.base_url, paths, 1.0)  # warm-up (a small tenant has few pages)
            ready[patients] = (server, startup, paths, first_use)
        got: dict[int, list[LoadResult]] = {patients: [] for patients in SCALE_SIZES}
        for _ in range(rounds):
            for patients, (server, _, paths, _) in ready.items():
                got[patients].append(_round(tool, server.base_url, paths, seconds))
    for patients in SCALE_SIZES:
        _, startup, _, first_use = ready[patients]
        rps, p50, bad, requests = _mean(got[patients])
        rates[patients] = rps
        base = rates[SCALE_SIZES[0]]
        table.add(
            f"{patients:,}",
            fmt(rps, 0),
            fmt(p50, 2),
            f"{rps / base:.2f}×",
            f"{requests:,}",
            bad,
            f"{startup:.0f}",
            f"{first_use:.0f}",
        )
    section.tables.append(table)
    small, large = rates[SCALE_SIZES[0]], rates[SCALE_SIZES[-1]]
    cost = small / large if large else None
    section.targets.append(
        Target(
            f"computed patient page cost at {SCALE_SIZES[-1]:,} ÷ at {SCALE_SIZES[0]} patients",
            f"≤ {FLAT_GOAL:g}×",
            "–" if cost is None else f"{cost:.2f}×",
            None if cost is None else cost <= FLAT_GOAL,
        )
    )


if __name__ == "__main__":
    sys.exit(serve_scaled(sys.argv[1:]))

"""Mock vs Prism vs the ceiling: the same requests, the same machine, the same run, rotating rounds.

Three servers answer the same four requests, one process each on its own loopback port, only
the one under load busy:
- `mock`: our mock as its CLI starts it (its whole-answer cache on, the default);
- `Prism`: Prism's static mock of the same spec;
- `ceiling`: the mock's own server stack (uvicorn, one worker, the HTTP parser and event loop the
  mock's process loaded) answering the bytes recorded from the mock in this run, from memory, with
  no logic (`ceiling_server`). mock/ceiling is how much of its stack's capacity the mock keeps.

For every request the rounds go A B C A B C (mock, Prism, ceiling), each a fixed time at a fixed
concurrency, after an unrecorded warm-up, so a busy spell of the (shared, two-core) machine is
spread over the three rather than landing on one.

Then, in shorter single rounds: `mock, computed` (the mock with `--no-answer-cache`, so the cost of
its logic is not hidden by the cache) on the same requests, and how the cost grows with the work:
patient list page size 10/50/100 and tenant size small/large (`--size large`), cached and computed.
Practitioners 10/50/200 is the availability benchmark's table, not repeated here.

Why one worker each: Prism is one Node.js process with one event loop (its `--multiprocess`
flag only moves logging to a second process), and our mock under uvicorn with one worker is one
Python process with one event loop. On two cores, a second worker of either would compete with
the load generator's two threads for the same cores, so one each is the like-for-like setting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from . import ceiling_server, servers
from .load import LoadResult, LoadTool, PyLoad, load_tool
from .machine import libraries_of
from .results import Section, Table, Target, fmt, ratio

SORT_BY = "%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
SMALL_GOAL, LARGE_GOAL = 3.0, 1.0  # mock/Prism req/s
CEILING_GOAL = 0.6  # mock/ceiling req/s, every request


@dataclass(frozen=True)
class Request:
    label: str
    path: str  # below the API root
    large: bool  # a large answer (the goal against Prism is 1×), else a small one (3×)

    @property
    def prism_goal(self) -> float:
        return LARGE_GOAL if self.large else SMALL_GOAL

    @property
    def kind(self) -> str:
        return f"{'large' if self.large else 'small'} (≥ {self.prism_goal:.0f}× Prism)"


REQUESTS: tuple[Request, ...] = (
    Request("patients, page_size=100", "/patient?page_size=100", large=True),
    Request(
        "reschedule reasons, sorted",
        f"/reschedule_reason?page=1&page_size=50&sort_by={SORT_BY}",
        large=False,
    ),
    Request(
        "availability, 7 days",
        "/available_appointments?from=2026-01-05&to=2026-01-11&appointment_type_id=1",
        large=True,
    ),
    Request("patient 1", "/patient/1", large=False),
)
PAGE_SIZES = (10, 50, 100)
CONNECTIONS = 16
LOGS = Path(__file__).resolve().parent / ".cache" / "logs"
MOCK, COMPUTED, PRISM, CEILING = "mock", "mock, computed", "Prism", "ceiling"
SERVERS = (MOCK, COMPUTED, PRISM, CEILING)  # the order of rows and bars


@dataclass(frozen=True)
class Plan:
    seconds: float  # one round of the rotation
    rounds: int  # rounds per (request, server) in the rotation
    warmup: float  # unrecorded load before the rounds
    warm_each_request: bool  # else one warm-up per server, on the first request
    short: float  # the single round of computed rows and scaling tables


FULL = Plan(seconds=3.0, rounds=2, warmup=1.0, warm_each_request=True, short=2.0)
QUICK = Plan(seconds=1.0, rounds=1, warmup=1.0, warm_each_request=False, short=1.0)


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

    def how(self) -> str:
        if not self.rounds:
            return "–"
        return f"{len(self.rounds)} × {statistics.mean(r.seconds for r in self.rounds):.0f} s"

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
    """One row per (request, server); each row's req/s over Prism's and over the ceiling's."""
    table = Table(
        [
            "request",
            "answer",
            "server",
            "req/s",
            "p50 ms",
            "p99 ms",
            "÷ Prism req/s",
            "÷ ceiling req/s",
            "bytes/answer",
            "items",
            "rounds",
            "status mix",
        ]
    )
    for request in REQUESTS:
        prism, ceiling = results.get((request.label, PRISM)), results.get((request.label, CEILING))
        for name in SERVERS:
            m = results.get((request.label, name))
            if m is None:
                continue
            over_prism = ratio(m.rps, prism.rps if prism else None) if name != PRISM else None
            over_ceiling = ratio(m.rps, ceiling.rps if ceiling else None)
            table.add(
                request.label,
                request.kind,
                name,
                fmt(m.rps, 0),
                fmt(m.latency("p50_ms"), 2),
                fmt(m.latency("p99_ms"), 2),
                "" if over_prism is None else f"{over_prism:.2f}×",
                "" if over_ceiling is None or name == CEILING else f"{over_ceiling:.2f}×",
                f"{m.probe_bytes:,}",
                "–" if m.probe_items is None else m.probe_items,
                m.how(),
                m.status_mix(),
            )
    return table


def targets(results: Results) -> list[Target]:
    """mock/Prism (3× small answers, 1× large) and mock/ceiling (0.6×) on every request."""
    out = []
    for request in REQUESTS:
        mock = results.get((request.label, MOCK))
        for other, goal in ((PRISM, request.prism_goal), (CEILING, CEILING_GOAL)):
            m = results.get((request.label, other))
            value = ratio(mock.rps if mock else None, m.rps if m else None)
            out.append(
                Target(
                    f"mock/{other} req/s, {request.label}",
                    f"≥ {goal:g}×",
                    "–" if value is None else f"{value:.2f}×",
                    None if value is None else value >= goal,
                )
            )
    return out


def page_size_table(mock: Results, label: str = "patients, page_size={}") -> Table:
    """Cost against page size: `mock` holds (label.format(size), MOCK / COMPUTED)."""
    table = Table(
        [
            "page_size",
            "items",
            "bytes/answer",
            "cached req/s",
            "cached p50 ms",
            "computed req/s",
            "computed p50 ms",
            "cached/computed",
        ],
        title="Patient list, cost against page size (small tenant; one short round per cell)",
    )
    for size in PAGE_SIZES:
        cached, computed = (
            mock.get((label.format(size), MOCK)),
            mock.get((label.format(size), COMPUTED)),
        )
        shown = cached or computed
        gain = ratio(cached.rps if cached else None, computed.rps if computed else None)
        table.add(
            size,
            "–" if shown is None or shown.probe_items is None else shown.probe_items,
            "–" if shown is None else f"{shown.probe_bytes:,}",
            fmt(cached.rps if cached else None, 0),
            fmt(cached.latency("p50_ms") if cached else None, 2),
            fmt(computed.rps if computed else None, 0),
            fmt(computed.latency("p50_ms") if computed else None, 2),
            "–" if gain is None else f"{gain:.2f}×",
        )
    return table


def tenant_table(by_size: dict[str, Results]) -> Table:
    """Cost against tenant size: `by_size[size]` holds (request label, MOCK / COMPUTED)."""
    table = Table(
        [
            "request",
            "tenant",
            "items",
            "bytes/answer",
            "cached req/s",
            "cached p50 ms",
            "computed req/s",
            "computed p50 ms",
        ],
        title="Tenant size small/large (`--size`), the same requests (one short round per cell)",
    )
    for request in REQUESTS:
        for size, results in by_size.items():
            cached = results.get((request.label, MOCK))
            computed = results.get((request.label, COMPUTED))
            shown = cached or computed
            table.add(
                request.label,
                size,
                "–" if shown is None or shown.probe_items is None else shown.probe_items,
                "–" if shown is None else f"{shown.probe_bytes:,}",
                fmt(cached.rps if cached else None, 0),
                fmt(cached.latency("p50_ms") if cached else None, 2),
                fmt(computed.rps if computed else None, 0),
                fmt(computed.latency("p50_ms") if computed else None, 2),
            )
    return table


class _Loader:
    """Runs the load tool; single short measurements are kept, so a cell shared by two tables
    (page_size=100 computed is also a `mock, computed` row) is measured once."""

    def __init__(self, tool: LoadTool, plan: Plan) -> None:
        self.tool, self.plan = tool, plan
        self._short: dict[tuple[str, str], Measurement] = {}

    def load(self, server: servers.Server, path: str, seconds: float) -> LoadResult:
        return self.tool.run(
            server.base_url + path, servers.HEADERS, seconds=seconds, connections=CONNECTIONS
        )

    def short(self, server: servers.Server, path: str) -> Measurement:
        key = (server.base_url, path)
        if key not in self._short:
            _say(f"short round: {path} on {server.name}")
            m = self._short[key] = Measurement()
            _probe(server.base_url, path, m, times=1)  # also fills a cache before the round
            m.rounds.append(self.load(server, path, self.plan.short))
        return self._short[key]


_BEGAN = [time.perf_counter()]


def _say(message: str) -> None:
    print(f"  [{time.perf_counter() - _BEGAN[0]:5.1f} s] {message}", flush=True)


def _record(mock: servers.Server, path: Path) -> dict[str, ceiling_server.Answer]:
    """The mock's answer to each request, as the load tool gets it (no compression asked)."""
    prefix = urlsplit(mock.base_url).path
    answers = {}
    for request in REQUESTS:
        response = httpx.get(
            mock.base_url + request.path,
            headers={**servers.HEADERS, "accept-encoding": "identity"},
            timeout=30,
        )
        answers[prefix + request.path] = ceiling_server.answer_from(
            response.status_code, response.headers.raw, response.content
        )
    ceiling_server.save(answers, path)
    return answers


def _ready(starting: list[servers.Starting], failures: list[str]) -> dict[str, servers.Server]:
    """Wait for each server; one that exits (a mock without --no-answer-cache) is a failure,
    named with the last lines it printed, and the run goes on without it."""
    ready = {}
    for server in starting:
        try:
            ready[server.name] = server.ready()
        except servers.ServerExited as error:
            if server.name == MOCK:
                raise
            if not any(f.startswith(f"{server.name} did not start") for f in failures):
                failures.append(f"{server.name} did not start ({server.log.stem}): {error}")
    return ready


def _check_replay(ceiling: servers.Server, answers: dict[str, ceiling_server.Answer]) -> None:
    """The ceiling answers every request exactly as recorded (status, content-type, body)."""
    prefix = urlsplit(ceiling.base_url).path
    for request in REQUESTS:
        recorded = answers[prefix + request.path]
        got = httpx.get(ceiling.base_url + request.path, headers=servers.HEADERS, timeout=30)
        content_type = dict((k.lower(), v) for k, v in recorded.headers).get(b"content-type")
        if (got.status_code, got.content) != (recorded.status, recorded.body) or (
            content_type is not None and got.headers["content-type"].encode() != content_type
        ):
            raise RuntimeError(f"the ceiling does not replay {request.label} as recorded")


def _mock_launch(
    stack: contextlib.ExitStack, name: str, *, size: str, answer_cache: bool
) -> servers.Starting:
    port = servers.free_port()
    return stack.enter_context(
        servers.launched(
            name,
            servers.mock_command(port, size=size, answer_cache=answer_cache),
            base_url=f"http://127.0.0.1:{port}/v1",
            probe_path="/patient/1",
            log=LOGS / f"{name.replace(', ', '-').replace(' ', '-')}-{size}.log",
        )
    )


def _load_ceiling(tool: LoadTool, seconds: float) -> float:
    """The load tool's own ceiling: a trivial asyncio server answering `{}`."""
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


def _profile_mock(
    results: Results, missed: list[Request], *, parser: str, quick: bool
) -> list[str]:
    """Where the mock's time goes on each request with a missed target: its ASGI app, built as
    its CLI builds it (so the answer cache is as in the `mock` rows), called in-process (no
    uvicorn, no sockets) under pyinstrument, and that rate against the one over HTTP."""
    from pracsuite_mock.app import create_app
    from pracsuite_mock.cli import config_from, parse_args

    from .profiling import call_asgi, profile_async

    app = create_app(config_from(parse_args(["--seed", "1", "--size", "small"])))
    calls = 30 if quick else 100
    notes = []
    for request in missed:
        path, _, query = ("/v1" + request.path).partition("?")

        async def many(path: str = path, query: str = query) -> None:
            for _ in range(calls):
                await call_asgi(app, path, query, servers.HEADERS)

        began = time.perf_counter()
        asyncio.run(many())
        in_process = calls / (time.perf_counter() - began)
        over_http = results[request.label, MOCK].rps or 0.0
        name = "mock-" + request.label.split(",")[0].replace(" ", "-")
        lines = profile_async(name, many)
        share = (
            f"so about {100 * (1 - over_http / in_process):.0f}% of a request's time over HTTP "
            f"is uvicorn ({parser}), sockets and sharing the cores with the load generator"
            if in_process > over_http
            else "no more than over HTTP (the machine was busier during this call loop: read the "
            "shares below, not the rates)"
        )
        notes.append(
            f"Bottleneck, {request.label}: the mock's app alone (in-process, one request at a "
            f"time, answer cache as the CLI's default) serves {in_process:,.0f} req/s against "
            f"{over_http:,.0f} over HTTP, {share}. Inside the app (pyinstrument): "
            + "; ".join(lines)
        )
    return notes


def run(*, quick: bool) -> tuple[Section, Results]:
    plan = QUICK if quick else FULL
    _BEGAN[0] = time.perf_counter()
    section = Section("servers", "Mock vs Prism vs the ceiling")
    tool = load_tool()
    loader = _Loader(tool, plan)
    section.facts["load tool"] = tool.version
    results: Results = {}
    by_size: dict[str, Results] = {"small": {}, "large": {}}
    pages: Results = {}
    failures: list[str] = []

    prism_ok = True
    try:
        servers.install_prism()
    except Exception as error:  # npm missing or offline: measure the mock alone
        prism_ok = False
        section.facts["Prism"] = f"unavailable ({error})"
        section.notes.append(f"Prism could not be installed ({error}); the mock is measured alone.")

    with contextlib.ExitStack() as stack:
        # Everything starts side by side (the large tenant takes seconds to seed), then idles.
        _say("starting the servers side by side")
        small = [_mock_launch(stack, MOCK, size="small", answer_cache=True)]
        small.append(_mock_launch(stack, COMPUTED, size="small", answer_cache=False))
        if prism_ok:
            prism_port = servers.free_port()
            # Prism ignores the servers' base path: it answers /patient, not /v1/patient.
            small.append(
                stack.enter_context(
                    servers.launched(
                        PRISM,
                        servers.prism_command(prism_port),
                        base_url=f"http://127.0.0.1:{prism_port}",
                        probe_path="/patient",
                        log=LOGS / "prism.log",
                    )
                )
            )
        large = [
            _mock_launch(stack, MOCK, size="large", answer_cache=True),
            _mock_launch(stack, COMPUTED, size="large", answer_cache=False),
        ]
        if prism_ok:
            section.facts["Prism"] = f"@stoplight/prism-cli {servers.prism_version()}"
        ready, large_ready = _ready(small, failures), _ready(large, failures)
        # A mock without --no-answer-cache exits at once: say so as a failure of the run rather
        # than quietly leaving the computed rows out (or measuring the same thing twice).
        section.facts["mock answer cache"] = (
            f"on (the default) in `mock` rows and `cached` columns; off "
            f"({servers.NO_ANSWER_CACHE}) in `mock, computed` rows and `computed` columns"
            if COMPUTED in ready
            else f"unknown: the mock with {servers.NO_ANSWER_CACHE} did not start (see the run's "
            "failure), so no computed rows"
        )
        _say("all answering; recording the mock's answers for the ceiling")
        mock = ready[MOCK]

        libraries, how = libraries_of(mock.pid)
        for what, library in libraries.items():
            section.facts[f"mock process: {what}"] = f"{library} ({how})"
        answers_file = LOGS / "ceiling-answers.json"
        answers = _record(mock, answers_file)
        ceiling_port = servers.free_port()
        ready[CEILING] = stack.enter_context(
            servers.running(
                CEILING,
                servers.ceiling_command(
                    ceiling_port,
                    answers_file,
                    http=libraries["HTTP parser"],
                    loop=libraries["event loop"],
                ),
                base_url=f"http://127.0.0.1:{ceiling_port}/v1",
                probe_path="/patient/1",
                log=LOGS / "ceiling.log",
                timeout=30,
            )
        )
        ceiling_libraries, _ = libraries_of(ready[CEILING].pid)
        section.facts["ceiling process: HTTP parser, event loop"] = ", ".join(
            ceiling_libraries[k] for k in ("HTTP parser", "event loop")
        )
        _check_replay(ready[CEILING], answers)

        rotation = [ready[name] for name in (MOCK, PRISM, CEILING) if name in ready]
        for request in REQUESTS:
            for server in rotation:
                _probe(
                    server.base_url,
                    request.path,
                    results.setdefault((request.label, server.name), Measurement()),
                )
        _say("warm-up")
        warm = REQUESTS if plan.warm_each_request else REQUESTS[:1]
        for request in warm:
            for server in rotation:
                loader.load(server, request.path, plan.warmup)
        for n in range(plan.rounds):
            for request in REQUESTS:
                for server in rotation:  # A B C, then A B C again next round
                    _say(f"round {n + 1}/{plan.rounds}: {request.label} on {server.name}")
                    results[request.label, server.name].rounds.append(
                        loader.load(server, request.path, plan.seconds)
                    )

        # Short single rounds from here on: computed rows, then the scaling tables.
        variants = [ready[name] for name in (MOCK, COMPUTED) if name in ready]
        if COMPUTED in ready:
            for request in REQUESTS:
                results[request.label, COMPUTED] = loader.short(ready[COMPUTED], request.path)
        for size in PAGE_SIZES:
            for server in variants:
                pages[f"patients, page_size={size}", server.name] = loader.short(
                    server, f"/patient?page_size={size}"
                )
        for request in REQUESTS:
            for server in variants:
                by_size["small"][request.label, server.name] = loader.short(server, request.path)
        for server in large_ready.values():
            for request in REQUESTS:
                by_size["large"][request.label, server.name] = loader.short(server, request.path)

    section.tables.append(comparison_table(results))
    section.tables.append(page_size_table(pages))
    section.tables.append(tenant_table(by_size))
    section.targets += targets(results)

    missed_labels = {t.name.split(", ", 1)[1] for t in section.targets if t.met is False}
    missed = [r for r in REQUESTS if r.label in missed_labels]
    if missed:
        _say(f"profiling {len(missed)} request(s) with a missed target")
        section.notes += _profile_mock(
            results, missed, parser=libraries["HTTP parser"], quick=quick
        )

    _say("the load tool's own ceiling")
    trivial = _load_ceiling(tool, 1.0 if quick else 2.0)
    _say("done")
    section.notes += [
        f"Load: {tool.version}, {CONNECTIONS} connections"
        + (", 2 threads" if tool.name == "wrk" else "")
        + f". Rotation: {plan.seconds:.0f} s per round, {plan.rounds} round(s) per server in "
        "A B C order (mock, Prism, ceiling) per request, after a "
        f"{plan.warmup:.0f} s warm-up of each "
        + ("(request, server)" if plan.warm_each_request else "server")
        + "; both keys on every request. req/s is the mean of the rounds, p50/p99 the mean of "
        "each round's percentile. The `rounds` column says how each row was measured.",
        f"Short rounds: `mock, computed` rows and both scaling tables are one {plan.short:.0f} s "
        "round per cell after the rotation, not rotated, so noisier than the rotated rows: read "
        "them for how the cost grows, not to the last percent. Page size 100 computed and the "
        "small tenant's computed cells are the same measurement as the `mock, computed` rows.",
        "The ceiling: uvicorn with the mock's HTTP parser and event loop (machine table), one "
        "worker, a bare ASGI app answering each request with the status, headers (content-type "
        "and any other the mock sent; uvicorn adds date, server and content-length as for the "
        "mock) and body recorded from the mock a moment before the rounds, checked byte for "
        "byte (status, content-type, body) before them. mock/ceiling ≥ 0.6× means the mock's own logic (routing, keys, "
        "validation, the cache lookup) costs at most 40% of the stack's capacity.",
        f"The load tool's own ceiling on this machine, against a trivial asyncio server: "
        f"{trivial:,.0f} req/s. A figure near it is bounded by the load generator, not the server."
        + (
            " (The Python fallback generator is much weaker than wrk.)"
            if isinstance(tool, PyLoad)
            else ""
        ),
        "One process each (see the module docstring): Prism 1 Node.js process, the mock and the "
        "ceiling 1 uvicorn worker each; the load generator shares the same 2 cores.",
        "Prism runs with its defaults (`--errors` false: request violations are logged, not "
        "answered with an error; static examples, not `--dynamic`) and `-v warn`, so it does "
        "not log each request. It answers the spec's static examples (one item per list, "
        "whatever the page size) without state; the mock filters, sorts and paginates its "
        "seeded records (`--seed 1 --size small`), so its answers are larger: compare "
        "bytes/answer and items.",
        "Practitioners 10/50/200 (availability's cost against the roster) is the availability "
        "benchmark's table (`--only availability`), not repeated here.",
        "Status mix: 'probe' is the exact codes of plain GETs before the load (3 before the "
        "rotation, 1 before a short round); 'under load' is the load tool's count of 2xx/3xx "
        "answers.",
    ]
    if failures:
        section.error = "; ".join(failures)
    return section, results

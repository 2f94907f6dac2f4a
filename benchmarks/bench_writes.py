"""Writes: 20 concurrent clients creating patients, with `--db` and without.

The mock runs as its CLI starts it (one uvicorn process), with `--db` on a fresh SQLite file in a
temporary directory, then without `--db` for comparison. Twenty connections POST `/v1/patient`
back to back for a fixed time, after a one-second warm-up; a create counts as acknowledged when
its 201 has been read. The load generator is wrk with a small Lua script (the same wrk as the
server benchmark, see `load.py`), else twenty asyncio tasks on one `httpx.AsyncClient`, which is
far weaker on two cores: its own cost is then part of every figure. Reported: acknowledged
creates/s, p50/p99 latency, and how many answers were not 2xx (or failed).

The durability mode row is what the store reports it runs with (`mode`): an answer
to a write is sent only once the write's transaction is committed, so the figure counts creates
that survive a SIGKILL of the server.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx

from . import servers
from .load import ensure_wrk, parse_wrk
from .results import Section, Table, Target, fmt

CLIENTS = 20
TARGET_CREATES = 500.0  # acknowledged creates per second with --db
LOGS = Path(__file__).resolve().parent / ".cache" / "logs"


@dataclass
class WriteResult:
    created: int
    seconds: float
    p50_ms: float | None
    p99_ms: float | None
    other: Counter[str]  # statuses other than 201, and transport errors

    @property
    def per_second(self) -> float:
        return self.created / self.seconds if self.seconds else 0.0


async def create_load(base_url: str, *, seconds: float, clients: int = CLIENTS) -> WriteResult:
    """`clients` tasks POSTing patients to `base_url` (…/v1) for `seconds`."""
    latencies: list[float] = []
    other: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base_url, headers=servers.HEADERS, limits=limits, timeout=10.0
    ) as client:
        deadline = time.perf_counter() + seconds

        async def worker(n: int) -> None:
            i = 0
            while time.perf_counter() < deadline:
                i += 1
                body = {"first_name": f"Bench{n}", "surname": f"Writer{i}"}
                started = time.perf_counter()
                try:
                    response = await client.post("/patient", json=body)
                except httpx.HTTPError as error:
                    other[type(error).__name__] += 1
                    continue
                if response.status_code == 201:
                    latencies.append((time.perf_counter() - started) * 1000)
                else:
                    other[str(response.status_code)] += 1

        began = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(clients)))
        elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else None
    return WriteResult(
        created=len(latencies),
        seconds=elapsed,
        p50_ms=cuts[49] if cuts else None,
        p99_ms=cuts[98] if cuts else None,
        other=other,
    )


_BODY = {"first_name": "Bench", "surname": "Writer"}


def wrk_load(wrk: str, base_url: str, *, seconds: float, clients: int = CLIENTS) -> WriteResult:
    """wrk POSTing one patient body over `clients` connections for `seconds`."""
    lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(json.dumps(_BODY))}"]
    headers = {**servers.HEADERS, "Content-Type": "application/json"}
    lines += [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write("\n".join(lines) + "\n")
        script.flush()
        command = [wrk, "-t", "2", "-c", str(clients), "-d", f"{max(1, round(seconds))}s"]
        command += ["--latency", "--timeout", "10s", "-s", script.name, f"{base_url}/patient"]
        out = subprocess.run(
            command, capture_output=True, text=True, timeout=seconds + 60, check=True
        )
    found = parse_wrk(out.stdout)
    other: Counter[str] = Counter()
    if found.non_2xx:
        other["non-2xx"] = found.non_2xx
    if found.errors:
        other["socket errors"] = found.errors
    return WriteResult(
        created=found.requests - found.non_2xx,
        seconds=found.seconds,
        p50_ms=found.p50_ms,
        p99_ms=found.p99_ms,
        other=other,
    )


def _load(wrk: str | None, base: str, seconds: float) -> WriteResult:
    if wrk:
        return wrk_load(wrk, base, seconds=seconds)
    return asyncio.run(create_load(base, seconds=seconds))


def _measure(wrk: str | None, db: Path | None, seconds: float) -> WriteResult:
    port = servers.free_port()
    base = f"http://127.0.0.1:{port}/v1"
    with servers.running(
        "mock --db" if db else "mock",
        servers.mock_command(port, db=str(db) if db else None),
        base_url=base,
        probe_path="/sex",
        log=LOGS / ("writes-db.log" if db else "writes-memory.log"),
    ):
        _load(wrk, base, 1.0)  # warm-up: connections, first commits
        return _load(wrk, base, seconds)


def run(*, quick: bool) -> Section:
    from pracsuite_mock.store import Store

    wrk = ensure_wrk()
    seconds = 4.0 if quick else 15.0
    section = Section("writes", "Writes: concurrent creates")
    table = Table(
        ["server", "acknowledged creates/s", "creates", "p50 ms", "p99 ms", "not 201"],
        title=f"{CLIENTS} concurrent clients, POST /v1/patient, {seconds:.0f} s each",
    )
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        durable = _measure(wrk, Path(tmp) / "mock.db", seconds)
    memory = _measure(wrk, None, seconds)
    for name, result in (("mock --db", durable), ("mock (memory only)", memory)):
        table.add(
            name,
            fmt(result.per_second),
            result.created,
            fmt(result.p50_ms),
            fmt(result.p99_ms),
            ", ".join(f"{k}×{v}" for k, v in sorted(result.other.items())) or "0",
        )
    section.tables.append(table)
    modes = Table(["setting", "value"], title="In effect")
    modes.add("--db durability", Store.DURABILITY)
    modes.add("load generator", f"wrk ({wrk}), Lua POST script" if wrk else "Python httpx")
    section.tables.append(modes)
    section.targets.append(
        Target(
            f"acknowledged creates/s with --db ({CLIENTS} clients)",
            f"≥ {TARGET_CREATES:.0f}",
            fmt(durable.per_second, 0),
            durable.per_second >= TARGET_CREATES and not durable.other,
        )
    )
    ratio = 100 * durable.per_second / memory.per_second if memory.per_second else None
    section.notes.append(
        "A create is acknowledged (its 201 sent) only after its transaction is committed; "
        f"with --db the mock reaches {fmt(ratio, 0)}% of its memory-only rate under the same load."
    )
    return section

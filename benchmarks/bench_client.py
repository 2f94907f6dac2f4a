"""Client overhead: `pracsuite.Client` against raw httpx, on the same mock, interleaved.

Three ways to list one page of patients (`page_size=100`) from one mock server process:
- raw: `httpx.Client(headers=both keys).get(...).json()`;
- client transport: the same GET through the friendly client's httpx client (key auth, retry
  transport, error hook), `.json()` too;
- client call: the generated `list_patients.sync_detailed(client=client.api, ...)`, the normal
  way to call, which also builds the typed models.
Each iteration runs all three, in a rotating order; the ratios are of the medians.

Auto-pagination: every patient of tenant 1 of a `--size large` mock (over 10,000), with
`client.paginate(list_patients, page_size=100)`, against raw httpx following `links.next`.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from . import servers
from .profiling import profile
from .results import Section, Table, Target, fmt

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.15
LOGS = Path(__file__).resolve().parent / ".cache" / "logs"


def _import_client() -> tuple[Any, Any]:
    generated = str(ROOT / "generated_client")
    if generated not in sys.path:  # running from a checkout without `pip install -e .`
        sys.path.insert(0, generated)
    from pracsuite_client.api.patient import list_patients

    import pracsuite

    return pracsuite, list_patients


def _interleaved(jobs: dict[str, Callable[[], object]], iterations: int) -> dict[str, list[float]]:
    names = list(jobs)
    for _ in range(5):
        for job in jobs.values():
            job()
    times: dict[str, list[float]] = {name: [] for name in names}
    for n in range(iterations):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            started = time.perf_counter()
            jobs[name]()
            times[name].append((time.perf_counter() - started) * 1000)
    return times


def _overhead(section: Section, pracsuite: Any, list_patients: Any, *, quick: bool) -> None:
    port = servers.free_port()
    iterations = 60 if quick else 300
    with (
        servers.running(
            "mock",
            servers.mock_command(port),
            base_url=f"http://127.0.0.1:{port}/v1",
            probe_path="/patient",
            log=LOGS / "mock-client.log",
        ) as mock,
        httpx.Client(base_url=mock.base_url, headers=servers.HEADERS) as raw,
        pracsuite.Client(
            vendor_key=servers.VENDOR_KEY,
            subscriber_key=servers.SUBSCRIBER_KEY,
            base_url=mock.base_url,
        ) as client,
    ):
        http = client.api.get_httpx_client()
        params = {"page": 1, "page_size": 100}

        def call_raw() -> object:
            response = raw.get("/patient", params=params)
            response.raise_for_status()
            return response.json()

        def call_transport() -> object:
            return http.get("/patient", params=params).json()

        def call_client() -> object:
            response = list_patients.sync_detailed(client=client.api, page=1, page_size=100)
            assert response.parsed is not None
            return response.parsed

        items = len(call_raw()["patients"])  # type: ignore[index]
        jobs = {
            "raw httpx": call_raw,
            "client transport": call_transport,
            "client call (typed)": call_client,
        }
        times = _interleaved(jobs, iterations)
        base = statistics.median(times["raw httpx"])
        table = Table(
            ["way", "median ms", "p95 ms", "vs raw httpx"],
            title=f"one page of {items} patients, {iterations} interleaved iterations",
        )
        for name, values in times.items():
            p95 = statistics.quantiles(values, n=20)[18]
            table.add(
                name,
                fmt(statistics.median(values), 2),
                fmt(p95, 2),
                f"{statistics.median(values) / base:.2f}×",
            )
        section.tables.append(table)
        typed = statistics.median(times["client call (typed)"]) / base
        transport = statistics.median(times["client transport"]) / base
        section.targets.append(
            Target(
                "client call / raw httpx, one list page",
                f"≤ {TARGET_RATIO}×",
                f"{typed:.2f}×",
                typed <= TARGET_RATIO,
            )
        )
        section.notes.append(
            f"The client's transport layer (keys, retries, error hook) costs {transport:.2f}× raw "
            f"httpx; the rest of the typed call's {typed:.2f}× is building the typed models."
        )
        if typed > TARGET_RATIO:
            section.notes += [
                "Bottleneck (pyinstrument, typed client call): " + line
                for line in profile("client-list-call", lambda: [call_client() for _ in range(100)])
            ]


def _pagination(section: Section, pracsuite: Any, list_patients: Any) -> None:
    port = servers.free_port()
    began = time.perf_counter()
    with (
        servers.running(
            "mock large",
            servers.mock_command(port, size="large"),
            base_url=f"http://127.0.0.1:{port}/v1",
            probe_path="/patient",
            log=LOGS / "mock-large.log",
            timeout=300,
        ) as mock,
        httpx.Client(base_url=mock.base_url, headers=servers.HEADERS) as raw,
        pracsuite.Client(
            vendor_key=servers.VENDOR_KEY,
            subscriber_key=servers.SUBSCRIBER_KEY,
            base_url=mock.base_url,
        ) as client,
    ):
        startup = time.perf_counter() - began

        def walk_client() -> int:
            return sum(
                1 for _ in client.paginate(list_patients, items=lambda p: p.patients, page_size=100)
            )

        def walk_raw() -> int:
            count, url = 0, "/patient?page=1&page_size=100"
            while url:
                page = raw.get(url).json()
                count += len(page["patients"])
                url = page["links"].get("next")
            return count

        table = Table(
            ["way", "patients", "seconds", "items/s", "pages"],
            title=f"auto-pagination, mock --size large (started in {startup:.1f} s)",
        )
        for name, walk in (
            ("client.paginate (typed)", walk_client),
            ("raw httpx, links.next", walk_raw),
        ):
            started = time.perf_counter()
            count = walk()
            seconds = time.perf_counter() - started
            table.add(
                name, f"{count:,}", fmt(seconds, 2), fmt(count / seconds, 0), -(-count // 100)
            )
        section.tables.append(table)


def run(*, quick: bool) -> Section:
    section = Section("client", "Client overhead")
    pracsuite, list_patients = _import_client()
    _overhead(section, pracsuite, list_patients, quick=quick)
    _pagination(section, pracsuite, list_patients)
    section.notes.append(
        "The mock runs in its own process (one uvicorn worker); the client and "
        "raw httpx share one process, one call at a time."
    )
    return section

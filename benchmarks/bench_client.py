"""Client overhead: `pracsuite.Client` against raw httpx, on the same server, interleaved.

Three ways to list one page of patients (`page_size=100`):
- raw: `httpx.Client(headers=both keys).get(...).json()`;
- client transport: the same GET through the friendly client's httpx client (key auth, retry
  transport, error hook), `.json()` too;
- client call: the generated `list_patients.sync_detailed(client=client.api, ...)`, the normal
  way to call, which also builds the typed models.
Each iteration runs all three, in a rotating order; the ratios are of the medians.

They run twice: against the mock, and against a recorded page: the mock's very answer
(its bytes, recorded once) served from memory by a few lines of ASGI under the same uvicorn
(`python -m benchmarks.bench_client serve PORT FILE`). There the server costs almost nothing,
so the ratio is the client's own overhead, whatever the mock costs.

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
RECORDED_PAGE = Path(__file__).resolve().parent / ".cache" / "client-page.json"


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


def _three_ways(
    section: Section,
    pracsuite: Any,
    list_patients: Any,
    base_url: str,
    *,
    against: str,
    iterations: int,
) -> Callable[[], object]:
    """Time raw httpx, the client's transport and the typed call against `base_url`; add the
    table, the target and a note to `section`; answer the typed call (for profiling)."""
    with (
        httpx.Client(base_url=base_url, headers=servers.HEADERS) as raw,
        pracsuite.Client(
            vendor_key=servers.VENDOR_KEY,
            subscriber_key=servers.SUBSCRIBER_KEY,
            base_url=base_url,
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

        def call_resource() -> object:
            return client.patients.list(page=1, page_size=100).first_page().items

        items = len(call_raw()["patients"])  # type: ignore[index]
        jobs = {
            "raw httpx": call_raw,
            "client transport": call_transport,
            "client call (typed)": call_client,
            "resource call (client.patients.list)": call_resource,
        }
        times = _interleaved(jobs, iterations)
        base = statistics.median(times["raw httpx"])
        table = Table(
            ["way", "median ms", "p95 ms", "vs raw httpx"],
            title=f"one page of {items} patients from {against}, {iterations} interleaved "
            "iterations",
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
        resource = statistics.median(times["resource call (client.patients.list)"]) / base
        section.targets.append(
            Target(
                f"client call / raw httpx, one list page ({against})",
                f"≤ {TARGET_RATIO}×",
                f"{typed:.2f}×",
                typed <= TARGET_RATIO,
            )
        )
        section.targets.append(
            Target(
                f"resource call / raw httpx, one list page ({against})",
                f"≤ {TARGET_RATIO}×",
                f"{resource:.2f}×",
                resource <= TARGET_RATIO,
            )
        )
        section.notes.append(
            f"Against {against}: the client's transport layer (keys, retries, error hook) costs "
            f"{transport:.2f}× raw httpx, and the typed call, which also reads the JSON and "
            f"builds the typed models, {typed:.2f}×."
        )
        if typed > TARGET_RATIO:
            slug = "mock" if against == "the mock" else "recorded"
            section.notes += [
                f"Bottleneck (pyinstrument, typed client call, {against}): " + line
                for line in profile(
                    f"client-list-call-{slug}", lambda: [call_client() for _ in range(100)]
                )
            ]
    return call_client


def _overhead(section: Section, pracsuite: Any, list_patients: Any, *, quick: bool) -> None:
    iterations = 60 if quick else 300
    port = servers.free_port()
    with servers.running(
        "mock",
        servers.mock_command(port),
        base_url=f"http://127.0.0.1:{port}/v1",
        probe_path="/patient",
        log=LOGS / "mock-client.log",
    ) as mock:
        _three_ways(
            section,
            pracsuite,
            list_patients,
            mock.base_url,
            against="the mock",
            iterations=iterations,
        )
        page = httpx.get(
            f"{mock.base_url}/patient",
            params={"page": 1, "page_size": 100},
            headers=servers.HEADERS,
        )
        page.raise_for_status()
    RECORDED_PAGE.parent.mkdir(parents=True, exist_ok=True)
    RECORDED_PAGE.write_bytes(page.content)
    port = servers.free_port()
    with servers.running(
        "recorded page",
        [sys.executable, "-m", "benchmarks.bench_client", "serve", str(port), str(RECORDED_PAGE)],
        base_url=f"http://127.0.0.1:{port}/v1",
        probe_path="/patient",
        log=LOGS / "recorded-page.log",
    ) as recorded:
        _three_ways(
            section,
            pracsuite,
            list_patients,
            recorded.base_url,
            against="a recorded page",
            iterations=iterations,
        )
    section.notes.append(
        f"The recorded page is the mock's answer ({len(page.content):,} bytes), served from "
        "memory by a bare ASGI app under uvicorn, so its rows show the client's own cost."
    )
    try:
        import orjson  # noqa: F401
    except ImportError:
        section.facts["client JSON parser"] = "json (orjson not installed)"
    else:
        section.facts["client JSON parser"] = "orjson (pracsuite_client.types.json_body)"


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

        # The mock caches whole answers: whichever walk went first would pay for computing every
        # page and leave the other cached answers. One untimed walk warms the cache, then the two
        # ways alternate, each timed `rounds` times (median).
        walks = {"client.paginate (typed)": walk_client, "raw httpx, links.next": walk_raw}
        counts = {name: 0 for name in walks}
        seconds: dict[str, list[float]] = {name: [] for name in walks}
        walk_raw()
        rounds = 3
        for _ in range(rounds):
            for name, walk in walks.items():
                started = time.perf_counter()
                counts[name] = walk()
                seconds[name].append(time.perf_counter() - started)
        table = Table(
            ["way", "patients", "median s", "items/s", "pages"],
            title=f"auto-pagination, mock --size large (started in {startup:.1f} s), "
            f"after one untimed warm-up walk, the two ways alternated {rounds} times",
        )
        for name, count in counts.items():
            median = statistics.median(seconds[name])
            table.add(name, f"{count:,}", fmt(median, 2), fmt(count / median, 0), -(-count // 100))
        section.notes.append(
            "Auto-pagination: the mock's answer cache is warmed by one untimed walk first, so "
            "both ways read cached pages; the rows compare the clients, not the mock's first "
            "computation of each page."
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


# --- the recorded-page server ---------------------------------------------------------------


def serve(port: int, path: Path) -> None:
    """Answer every request with the bytes at `path` (recorded from the mock), as JSON."""
    import uvicorn

    body = path.read_bytes()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":  # lifespan: nothing to set up
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "serve":
        sys.exit("usage: python -m benchmarks.bench_client serve PORT FILE")
    serve(int(sys.argv[2]), Path(sys.argv[3]))

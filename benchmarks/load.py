"""Load generators: wrk (Debian's package) when it can be had, else a Python asyncio+httpx one.

Both hold a fixed number of keep-alive connections busy for a fixed time and report requests/s,
p50/p99 latency and how many answers were not 2xx/3xx. wrk is installed with apt-get when the
benchmark runs as root and it is missing. The Python generator is far weaker than wrk on two
cores, so its own ceiling (against `trivial_server`) is measured and reported beside its
results: a server figure near that ceiling says more about the generator than the server.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import httpx


@dataclass
class LoadResult:
    requests: int
    seconds: float
    rps: float
    p50_ms: float | None
    p99_ms: float | None
    non_2xx: int = 0  # answers that were not 2xx/3xx
    errors: int = 0  # socket errors and timeouts
    statuses: Counter[int] = field(default_factory=Counter)  # only the Python generator knows


class LoadTool(Protocol):
    name: str
    version: str

    def run(
        self, url: str, headers: Mapping[str, str], *, seconds: float, connections: int
    ) -> LoadResult: ...

    def run_paths(
        self,
        base_url: str,
        paths: Sequence[str],
        headers: Mapping[str, str],
        *,
        seconds: float,
        connections: int,
    ) -> LoadResult:
        """Like `run`, but each request is the next of `paths` (below `base_url`), none sent
        twice while they last, so no cache can serve one."""
        ...


# --- wrk ---------------------------------------------------------------------------------

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _duration_ms(text: str) -> float:
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not found:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(found.group(1)) * _UNITS_MS[found.group(2)]


def parse_wrk(output: str) -> LoadResult:
    """Read wrk's `--latency` report."""
    percentiles = {
        int(m.group(1)): _duration_ms(m.group(2))
        for m in re.finditer(r"^\s+(\d+)%\s+(\S+)\s*$", output, re.MULTILINE)
    }
    done = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", output)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not done or not rps:
        raise ValueError(f"unreadable wrk output:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return LoadResult(
        requests=int(done.group(1)),
        seconds=_duration_ms(done.group(2) + done.group(3)) / 1000,
        rps=float(rps.group(1)),
        p50_ms=percentiles.get(50),
        p99_ms=percentiles.get(99),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        errors=sum(int(g) for g in sockets.groups()) if sockets else 0,
    )


def ensure_wrk() -> str | None:
    """wrk's path; installed from Debian when missing and we are root. None when unavailable."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return found
    print("  installing wrk with apt-get ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "wrk"]
    if subprocess.run(install, env=env, capture_output=True, timeout=600).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, timeout=600)
        subprocess.run(install, env=env, capture_output=True, timeout=600)
    return shutil.which("wrk")


class Wrk:
    name = "wrk"

    def __init__(self, path: str, threads: int = 2) -> None:
        self.path = path
        self.threads = threads
        out = subprocess.run([path, "-v"], capture_output=True, text=True)
        first = (out.stdout or out.stderr).strip().splitlines()
        self.version = first[0].split(" Copyright")[0] if first else "wrk (unknown version)"

    def run(
        self, url: str, headers: Mapping[str, str], *, seconds: float, connections: int
    ) -> LoadResult:
        command = [self.path, "-t", str(self.threads), "-c", str(connections)]
        command += ["-d", f"{max(1, round(seconds))}s", "--latency", "--timeout", "5s"]
        for key, value in headers.items():
            command += ["-H", f"{key}: {value}"]
        out = subprocess.run(
            [*command, url], capture_output=True, text=True, timeout=seconds + 60, check=True
        )
        return parse_wrk(out.stdout)

    def run_paths(
        self,
        base_url: str,
        paths: Sequence[str],
        headers: Mapping[str, str],
        *,
        seconds: float,
        connections: int,
    ) -> LoadResult:
        prefix = base_url.split("://", 1)[1].partition("/")[2]
        full = [f"/{prefix}{p}" if prefix else p for p in paths]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(varied_script(full, self.threads))
        command = [self.path, "-t", str(self.threads), "-c", str(connections)]
        command += ["-d", f"{max(1, round(seconds))}s", "--latency", "--timeout", "5s"]
        command += ["-s", script.name]
        for key, value in headers.items():
            command += ["-H", f"{key}: {value}"]
        try:
            out = subprocess.run(
                [*command, base_url],
                capture_output=True,
                text=True,
                timeout=seconds + 60,
                check=True,
            )
        finally:
            os.unlink(script.name)
        return parse_wrk(out.stdout)


def varied_script(paths: Sequence[str], threads: int) -> str:
    """A wrk Lua script sending `paths` in turn: thread k sends paths k, k + threads, …, so
    no two requests are alike until the list wraps round."""
    listed = ",\n".join(f"[==[{p}]==]" for p in paths)
    return f"""local paths = {{
{listed}
}}
local count = 0
function setup(thread)
  thread:set("first", count)
  count = count + 1
end
function init(args)
  at = first
end
function request()
  local path = paths[(at % #paths) + 1]
  at = at + {threads}
  return wrk.format(nil, path)
end
"""


# --- Python ------------------------------------------------------------------------------


class PyLoad:
    """asyncio + httpx, one process: `connections` tasks, each on its own keep-alive connection."""

    name = "python-asyncio-httpx"

    def __init__(self) -> None:
        self.version = f"httpx {httpx.__version__} (fallback: wrk unavailable)"

    def run(
        self, url: str, headers: Mapping[str, str], *, seconds: float, connections: int
    ) -> LoadResult:
        return asyncio.run(self._run(iter(lambda: url, None), dict(headers), seconds, connections))

    def run_paths(
        self,
        base_url: str,
        paths: Sequence[str],
        headers: Mapping[str, str],
        *,
        seconds: float,
        connections: int,
    ) -> LoadResult:
        urls = (base_url + paths[n % len(paths)] for n in range(1 << 62))
        return asyncio.run(self._run(urls, dict(headers), seconds, connections))

    async def _run(
        self, urls: Iterator[str], headers: dict[str, str], seconds: float, connections: int
    ) -> LoadResult:
        latencies: list[float] = []
        statuses: Counter[int] = Counter()
        errors = 0
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(headers=headers, limits=limits, timeout=5.0) as client:
            deadline = time.perf_counter() + seconds

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < deadline:
                    started = time.perf_counter()
                    try:
                        response = await client.get(next(urls))
                        await response.aread()
                    except httpx.HTTPError:
                        errors += 1
                        continue
                    latencies.append((time.perf_counter() - started) * 1000)
                    statuses[response.status_code] += 1

            began = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(connections)))
            elapsed = time.perf_counter() - began
        cuts = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else None
        return LoadResult(
            requests=len(latencies),
            seconds=elapsed,
            rps=len(latencies) / elapsed,
            p50_ms=cuts[49] if cuts else None,
            p99_ms=cuts[98] if cuts else None,
            non_2xx=sum(n for code, n in statuses.items() if not 200 <= code < 400),
            errors=errors,
            statuses=statuses,
        )


def load_tool() -> LoadTool:
    path = ensure_wrk()
    return Wrk(path) if path else PyLoad()

"""Start and stop the servers under test: our mock, Prism, the ceiling and the trivial server.

Every server is a child process on a free loopback port, in its own process group so it and
only it is stopped afterwards (SIGTERM, then SIGKILL). Prism is installed by the benchmark itself
from npm into `benchmarks/.cache/` (gitignored), so nothing global is needed but node and npm.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from pracsuite_mock.demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".cache"
SPEC = ROOT / "openapi" / "pracsuite.yaml"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
PRISM_BIN = CACHE / "node_modules" / ".bin" / "prism"

VENDOR_KEY = DEMO_VENDOR_KEY
SUBSCRIBER_KEY = next(iter(DEMO_SUBSCRIBER_KEYS))
HEADERS = {"x-api-key": VENDOR_KEY, "A-api-key": SUBSCRIBER_KEY}


@dataclass(frozen=True)
class Server:
    name: str
    base_url: str  # what a request path ("/patient?...") is appended to
    pid: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerExited(RuntimeError):
    """A server stopped before it answered; the message ends with the last lines it printed."""


def _tail(log: Path, lines: int = 2) -> str:
    try:
        text = log.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " / ".join(text[-lines:])


def _wait_until_answering(
    url: str, process: subprocess.Popen[bytes], timeout: float, log: Path
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerExited(
                f"server exited with {process.returncode} before answering {url}: {_tail(log)}"
            )
        try:
            httpx.get(url, headers=HEADERS, timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError(f"no answer from {url} after {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@dataclass
class Starting:
    """A server launched but perhaps not answering yet: `ready()` waits for it."""

    name: str
    base_url: str
    probe_path: str
    process: subprocess.Popen[bytes]
    log: Path

    def ready(self, timeout: float = 120.0) -> Server:
        _wait_until_answering(self.base_url + self.probe_path, self.process, timeout, self.log)
        return Server(self.name, self.base_url, self.process.pid)


@contextlib.contextmanager
def launched(
    name: str,
    command: Sequence[str],
    *,
    base_url: str,
    probe_path: str,
    log: Path,
    env: Mapping[str, str] | None = None,
) -> Iterator[Starting]:
    """Start `command` without waiting for it (so several servers start side by side); stop it
    on exit."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            list(command),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, **(env or {})},
        )
        try:
            yield Starting(name, base_url, probe_path, process, log)
        finally:
            _stop(process)


@contextlib.contextmanager
def running(
    name: str,
    command: Sequence[str],
    *,
    base_url: str,
    probe_path: str,
    log: Path,
    timeout: float = 120.0,
    env: Mapping[str, str] | None = None,
) -> Iterator[Server]:
    """Run `command`, wait until `base_url + probe_path` answers anything, stop it on exit."""
    with launched(
        name, command, base_url=base_url, probe_path=probe_path, log=log, env=env
    ) as starting:
        yield starting.ready(timeout)


# The mock's switch for its whole-answer cache (on by default): off, every answer is computed.
NO_ANSWER_CACHE = "--no-answer-cache"


def mock_command(
    port: int,
    *,
    size: str = "small",
    seed: int = 1,
    answer_cache: bool = True,
    db: str | None = None,
) -> list[str]:
    """Our mock as its CLI starts it: uvicorn, one worker process (see bench_servers); `db`
    persists its state to that SQLite file (`--db`).

    `answer_cache=False` passes NO_ANSWER_CACHE; a mock without that flag exits at once (argparse)
    and `running` raises ServerExited naming the unrecognised argument."""
    command = [
        sys.executable,
        "-m",
        "pracsuite_mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--seed",
        str(seed),
        "--size",
        size,
        *(["--db", db] if db else []),
    ]
    if not answer_cache:
        command.append(NO_ANSWER_CACHE)
    return command


def prism_command(port: int) -> list[str]:
    """Prism's static mock of the bundled spec; warnings only, so logging costs little."""
    return [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "warn", str(SPEC)]


def trivial_command(port: int) -> list[str]:
    return [sys.executable, "-m", "benchmarks.trivial_server", str(port)]


def ceiling_command(port: int, answers: Path, *, http: str, loop: str) -> list[str]:
    """The ceiling: uvicorn with the mock's HTTP parser and event loop, replaying `answers`."""
    return [
        sys.executable,
        "-m",
        "benchmarks.ceiling_server",
        str(port),
        str(answers),
        "--http",
        http,
        "--loop",
        loop,
    ]


def prism_version() -> str:
    out = subprocess.run([str(PRISM_BIN), "--version"], capture_output=True, text=True, timeout=60)
    return out.stdout.strip() or "unknown"


def install_prism() -> None:
    """Install Prism into benchmarks/.cache if it is not there."""
    if not PRISM_BIN.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is not installed, so Prism cannot be installed")
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"  installing {PRISM_PACKAGE} into {CACHE} ...", flush=True)
        subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(CACHE),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                PRISM_PACKAGE,
            ],
            check=True,
            timeout=600,
        )

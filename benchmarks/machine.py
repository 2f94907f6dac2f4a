"""Describe the machine and software a run used, so its ratios can be read in context."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import platform
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What the mock server runs on (pyproject's mock dependencies), and the client's HTTP library.
MOCK_DEPS = (
    "starlette",
    "uvicorn",
    "httptools",
    "uvloop",
    "orjson",
    "pyyaml",
    "jsonschema",
    "httpx",
)

# (what, the faster library, the fallback, a path fragment of the library's compiled module).
# uvicorn's "auto" settings import httptools and uvloop only when it uses them; the mock imports
# orjson only to encode with it. h11 and the standard json are what runs otherwise.
_CHOICES = (
    ("HTTP parser", "httptools", "h11", "/httptools/parser/"),
    ("event loop", "uvloop", "asyncio", "/uvloop/"),
    ("JSON encoder", "orjson", "json", "/orjson/"),
)


def active_libraries(mapped: Iterable[str]) -> dict[str, str]:
    """Which of the fast libraries a process uses, from the files mapped into it."""
    paths = list(mapped)
    return {
        what: fast if any(fragment in p for p in paths) else fallback
        for what, fast, fallback, fragment in _CHOICES
    }


def libraries_of(pid: int) -> tuple[dict[str, str], str]:
    """The libraries process `pid` has loaded, and how that was found out.

    Read from /proc/PID/maps (the compiled modules really loaded); where there is no /proc,
    from what this interpreter (the one the servers run with) could import."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        installed = [
            fragment
            for _, fast, _, fragment in _CHOICES
            if importlib.util.find_spec(fast) is not None
        ]
        return active_libraries(installed), "installed in the interpreter (no /proc to confirm)"
    return active_libraries(line.rsplit(" ", 1)[-1] for line in maps.splitlines()), (
        f"loaded in the process (/proc/{pid}/maps)"
    )


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() + (" (uncommitted changes)" if dirty.stdout.strip() else "")


def describe() -> list[tuple[str, str]]:
    """(key, value) rows; tool versions found while benchmarking are appended by the caller."""
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    rows = [
        ("date (UTC)", dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")),
        ("CPU", cpu_model()),
        ("cores", str(os.cpu_count())),
        ("memory", memory or "unknown"),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("commit", git_commit()),
    ]
    rows += [(name, package_version(name)) for name in MOCK_DEPS]
    rows.append(("executable", sys.executable))
    return rows

"""Name the bottleneck when a target is missed: pyinstrument, summarised as the hottest code.

The full text profile goes to `benchmarks/results/profiles/<name>.txt`; the results file gets the
functions and the modules with the most self time, which is what a reader needs to act on. Time
spent waiting (epoll, select, socket send and receive: mostly the other process's turn on the
CPU) is left out of the shares, so they say where this process's CPU went.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROFILES = Path(__file__).resolve().parent / "results" / "profiles"
# Where profiles go: PROFILES for a full run (committed with latest.md); a --quick or --only run
# writes to PARTIAL, so a quick look never overwrites the profiles the committed results cite.
PARTIAL = PROFILES.parent / "partial-profiles"
_written_to = [PROFILES]


def write_profiles_to(directory: Path) -> None:
    _written_to[0] = directory


# Built-ins in which a process waits (for a socket, a peer process, a timer) rather than computes.
_IDLE = {
    "epoll.poll",
    "poll.poll",
    "select.select",
    "select.poll",
    "time.sleep",
    "lock.acquire",
    "socket.send",
    "socket.sendall",
    "socket.recv",
    "socket.recv_into",
    "socket.connect",
}


def clear() -> None:
    """Remove the profiles of an earlier run, so none outlives the run that named it."""
    for old in PROFILES.glob("*.txt"):
        old.unlink()


def _module(frame: Any) -> str:
    path = (frame.file_path_short or "").removesuffix(".py")
    if not path or path.startswith("<"):
        return "(built-ins)"
    parts = path.replace("\\", "/").split("/")
    if not parts[0].startswith("pracsuite"):
        return parts[0]  # a library: its top package
    if parts[0] == "pracsuite_client":
        return ".".join(parts[:2])  # generated: pracsuite_client.models, not one row per model
    # Our code by its full module name, as it is imported today (pracsuite_mock/handlers/
    # patients.py -> pracsuite_mock.handlers.patients), not its package's first level only.
    return ".".join(parts).removesuffix(".__init__")


def _walk(frame: Any, owner: Any, functions: dict[str, float], modules: dict[str, float]) -> None:
    """Add each frame's self time to the nearest Python frame at or above it: time in a built-in
    (`isinstance`, `dict.get`) or pyinstrument's synthetic `[self]` counts for its caller."""
    if frame.function in _IDLE:
        return
    path = frame.file_path_short or "<"
    if path.startswith("benchmarks/"):  # the harness's own loops count for nothing
        owner = None
    elif not frame.is_synthetic and not path.startswith("<"):
        owner = frame
    self_time = frame.total_self_time
    if owner is not None and self_time > 0:
        functions[f"{owner.function} ({owner.file_path_short}:{owner.line_no})"] += self_time
        modules[_module(owner)] += self_time
    for child in frame.children:
        _walk(child, owner, functions, modules)


def summarise(session: Any, *, top: int = 5) -> list[str]:
    root = session.root_frame()
    if root is None or root.time <= 0:
        return ["the profile recorded no samples"]
    functions: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = defaultdict(float)
    _walk(root, None, functions, modules)
    busy = sum(functions.values()) or 1.0

    def share(items: dict[str, float]) -> str:
        ranked = sorted(items.items(), key=lambda kv: kv[1], reverse=True)[:top]
        return ", ".join(f"`{name}` {100 * t / busy:.0f}%" for name, t in ranked)

    return [f"CPU by module: {share(modules)}", f"hottest functions: {share(functions)}"]


def _save(name: str, profiler: Any) -> str:
    directory = _written_to[0]
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.txt"
    path.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    return f"full profile: `{path.relative_to(ROOT)}`"


def profile(name: str, work: Callable[[], object], *, top: int = 5) -> list[str]:
    """Run `work` under pyinstrument; answer note lines naming where the time went."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return ["pyinstrument is not installed: no profile (pip install pyinstrument)"]
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    try:
        work()
    finally:
        session = profiler.stop()
    return [*summarise(session, top=top), _save(name, profiler)]


def profile_async(name: str, work: Callable[[], Awaitable[object]], *, top: int = 5) -> list[str]:
    return profile(name, lambda: asyncio.run(work()), top=top)  # type: ignore[arg-type]


async def call_asgi(app: Any, path: str, query: str, headers: dict[str, str]) -> int:
    """One GET straight into an ASGI app, no server or client around it; answers the status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000")]
        + [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status

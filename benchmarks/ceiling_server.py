"""The ceiling: the mock's server stack answering the mock's recorded answers, with no logic.

uvicorn, one worker, with the HTTP parser and event loop the mock's process was seen to load
(`--http`, `--loop`), serving a bare ASGI app that looks the request target up in a dict of
answers recorded from the running mock in the same benchmark run (status, headers, body) and
sends them as they are. Whatever rate it reaches is the most the mock could reach on this stack:
the mock's own logic is the gap between the two.

`python -m benchmarks.ceiling_server PORT ANSWERS.json [--http httptools|h11] [--loop uvloop|asyncio]`
"""

from __future__ import annotations

import argparse
import base64
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Headers uvicorn writes itself (date, server) or that describe the transfer, not the answer.
_NOT_REPLAYED = frozenset({"date", "server", "content-length", "transfer-encoding", "connection"})

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]  # as the mock sent them, minus _NOT_REPLAYED
    body: bytes

    def to_json(self, target: str) -> dict[str, Any]:
        return {
            "target": target,
            "status": self.status,
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in self.headers],
            "body_base64": base64.b64encode(self.body).decode("ascii"),
        }


def answer_from(status: int, headers: Iterable[tuple[bytes, bytes]], body: bytes) -> Answer:
    """An answer as recorded from a response's raw headers (e.g. httpx `headers.raw`)."""
    kept = tuple((k, v) for k, v in headers if k.lower().decode("latin-1") not in _NOT_REPLAYED)
    return Answer(status, kept, body)


def save(answers: Mapping[str, Answer], path: Path) -> None:
    """Write answers keyed by request target ("/v1/patient?page_size=100")."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = [answer.to_json(target) for target, answer in answers.items()]
    path.write_text(json.dumps({"answers": payload}, indent=1))


def load(path: Path) -> dict[str, Answer]:
    out = {}
    for item in json.loads(path.read_text())["answers"]:
        headers = tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in item["headers"])
        out[item["target"]] = Answer(
            int(item["status"]), headers, base64.b64decode(item["body_base64"])
        )
    return out


_UNKNOWN = Answer(404, ((b"content-type", b"text/plain"),), b"not a recorded request\n")


class CeilingApp:
    """A bare ASGI app: one dict lookup per request, then the recorded bytes."""

    def __init__(self, answers: Mapping[str, Answer]) -> None:
        # Prepared once: the exact messages uvicorn is handed, content-length included.
        self._messages: dict[bytes, tuple[dict[str, Any], dict[str, Any]]] = {
            target.encode("latin-1"): self._prepare(answer) for target, answer in answers.items()
        }
        self._unknown = self._prepare(_UNKNOWN)

    @staticmethod
    def _prepare(answer: Answer) -> tuple[dict[str, Any], dict[str, Any]]:
        headers = [*answer.headers, (b"content-length", str(len(answer.body)).encode())]
        start = {"type": "http.response.start", "status": answer.status, "headers": headers}
        return start, {"type": "http.response.body", "body": answer.body}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        query = scope.get("query_string", b"")
        target = scope.get("raw_path") or scope["path"].encode()
        if query:
            target += b"?" + query
        start, body = self._messages.get(target, self._unknown)
        await send(start)
        await send(body)


def main(argv: Sequence[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m benchmarks.ceiling_server")
    parser.add_argument("port", type=int)
    parser.add_argument("answers", type=Path)
    parser.add_argument("--http", choices=["httptools", "h11"], default="httptools")
    parser.add_argument("--loop", choices=["uvloop", "asyncio"], default="uvloop")
    args = parser.parse_args(argv)
    app = CeilingApp(load(args.answers))
    # As the mock's CLI runs uvicorn: one process, warnings only (no access log lines).
    uvicorn.run(
        app, host="127.0.0.1", port=args.port, http=args.http, loop=args.loop, log_level="warning"
    )


if __name__ == "__main__":
    main()

"""A recording: every exchange of a contract run, one JSON object per line, never a key.

`Recorder` is called from the suite's two HTTP layers (`Api.request` and schemathesis's
`after_call` hook) with what was sent and answered. It writes the request as a path and query
relative to the base URL it went to (so a recording replays against any target), which keys it
carried as roles (`run`, `second`, `other`, `absent`: the values themselves are never written),
and the answer with its headers, less any key, authorisation or cookie header. The folder gets a
`.gitignore` holding `*`: recordings of a live clinic hold patient data and must stay on the
machine that made them, wherever the folder is.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from contract_tests.calibration.pseudonyms import Pseudonymiser

EXCHANGES_FILE = "exchanges.jsonl"
META_FILE = "recording.json"
VENDOR_HEADER = "x-api-key"
SUBSCRIBER_HEADER = "a-api-key"
# Never written: the keys, and whatever else can authenticate a caller.
SECRET_HEADERS = frozenset(
    {
        VENDOR_HEADER,
        SUBSCRIBER_HEADER,
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)

# Set again by whatever client replays the request.
_TRANSPORT_HEADERS = frozenset(
    {"host", "content-length", "connection", "accept-encoding", "transfer-encoding", "user-agent"}
)


@dataclass(frozen=True)
class Exchange:
    """One request and its answer, as recorded."""

    seq: int
    base: str  # the base URL the request went to (links in answers start with it)
    method: str
    path: str  # below the base URL, as sent (percent-encoded): `/patient/1`
    query: str  # the raw query string
    auth: dict[str, str]  # {"vendor": role, "subscriber": role}
    request_headers: dict[str, str]  # what else was sent (content type, accept), secrets removed
    body: Any  # the request's JSON body, or None
    status: int
    headers: dict[str, str]  # the answer's headers (lower-case names), secrets removed
    answer: Any  # the answer's JSON, or its text when it is not JSON

    @property
    def is_read(self) -> bool:
        return self.method in ("GET", "HEAD", "OPTIONS")

    @property
    def request_line(self) -> str:
        return f"{self.method} {self.path}" + (f"?{self.query}" if self.query else "")

    def same_request(self) -> tuple[str, str, str, str, str]:
        """What makes two exchanges the same request (for noise: their answers should agree)."""
        return (
            self.method,
            self.path,
            self.query,
            json.dumps(self.auth, sort_keys=True),
            json.dumps(self.body, sort_keys=True),
        )


@dataclass
class RunKeys:
    """The run's keys, held in memory only, to name the role of the keys a request carried."""

    vendor: str
    subscriber: str
    subscriber_2: str | None = None

    def roles(self, headers: Mapping[str, str]) -> dict[str, str]:
        lower = {k.lower(): v for k, v in headers.items()}
        vendor = lower.get(VENDOR_HEADER)
        subscriber = lower.get(SUBSCRIBER_HEADER)
        return {
            "vendor": _role(vendor, {self.vendor: "run"}),
            "subscriber": _role(
                subscriber,
                {
                    self.subscriber: "run",
                    **({self.subscriber_2: "second"} if self.subscriber_2 else {}),
                },
            ),
        }


def _role(value: str | None, known: Mapping[str, str]) -> str:
    if not value:
        return "absent"
    return known.get(value, "other")


@dataclass
class Recorder:
    """Appends exchanges to `<directory>/exchanges.jsonl`, thread-safe, in the order answered."""

    directory: Path
    base_urls: Sequence[str]
    keys: RunKeys = field(repr=False)
    pseudonymise: Pseudonymiser | None = None  # for a recording to be shared (`--redact`)
    _seq: int = 0
    _file: IO[str] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory / ".gitignore").write_text(
            "# A recording may hold patient data: it stays on this machine.\n*\n", encoding="utf-8"
        )
        meta = {"version": 1, "redacted": self.pseudonymise is not None}
        (self.directory / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        self._file = (self.directory / EXCHANGES_FILE).open("w", encoding="utf-8")

    def record(
        self,
        *,
        method: str,
        url: str,
        request_headers: Mapping[str, str],
        request_body: bytes | None,
        status: int,
        response_headers: Mapping[str, str],
        content: bytes,
    ) -> None:
        base, path, query = self._split(url)
        body = _json_or_text(request_body) if request_body else None
        answer = _json_or_text(content)
        if self.pseudonymise is not None:
            body = self.pseudonymise(body)
            answer = self.pseudonymise(answer)
            query = self.pseudonymise.query(query)
        with self._lock:
            self._seq += 1
            exchange = Exchange(
                seq=self._seq,
                base=base,
                method=method.upper(),
                path=path,
                query=query,
                auth=self.keys.roles(request_headers),
                request_headers=_public(request_headers, _TRANSPORT_HEADERS),
                body=body,
                status=status,
                headers=_public(response_headers, frozenset()),
                answer=answer,
            )
            if self._file is not None:
                self._file.write(json.dumps(asdict(exchange), ensure_ascii=False) + "\n")
                self._file.flush()

    def _split(self, url: str) -> tuple[str, str, str]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        for base in sorted(self.base_urls, key=len, reverse=True):
            base = base.rstrip("/")
            base_parts = urlsplit(base)
            if f"{base_parts.scheme}://{base_parts.netloc}" == origin and (
                parts.path == base_parts.path or parts.path.startswith(base_parts.path + "/")
            ):
                return base, parts.path[len(base_parts.path) :] or "/", parts.query
        return origin, parts.path, parts.query

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def _public(headers: Mapping[str, str], also_drop: frozenset[str]) -> dict[str, str]:
    return {
        k.lower(): v
        for k, v in headers.items()
        if k.lower() not in SECRET_HEADERS and k.lower() not in also_drop
    }


def _json_or_text(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return content.decode("utf-8", "replace")


def read(directory: Path) -> list[Exchange]:
    """Every exchange of a recording, in the order they were answered."""
    return list(iter_exchanges(directory))


def iter_exchanges(directory: Path) -> Iterator[Exchange]:
    path = Path(directory) / EXCHANGES_FILE
    if not path.exists():
        raise FileNotFoundError(f"{directory} holds no recording ({EXCHANGES_FILE} is missing)")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield Exchange(**json.loads(line))

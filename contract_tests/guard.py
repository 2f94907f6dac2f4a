"""The run's interlock: with writes off no write method leaves the process, and the keys only
ever go to the target's own origin. Test selection keeps the suite from *trying*; this makes
sure that whatever a test or a library does, nothing unsafe is *sent*.

Every request of a contract run passes through `Guard.check`, at the lowest level of each of
the two HTTP stacks the suite uses:

- the domain checks and probes talk through `Api`, whose httpx client sits on `GuardTransport`;
- schemathesis talks through `requests`: a fresh `Session` per `case.call`, and its checks send
  follow-up requests (auth probes, control requests) straight to its transport, past
  `case.call` and its hooks. The one method all of them pass through is `requests.Session.send`
  (redirects included), which `install()` wraps for the length of the run.

A refused request raises `UnsafeRequest` (never a skip) and is recorded, so the run fails even
when some library swallows the exception. Its message says whose the URL was: the suite's own (a
bug of the suite), or one the API supplied (a `links` URL, marked with the request extension
`FROM_API`): then the API pointed elsewhere, and that is what the run reports.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# With writes off only these leave the process: an allow-list, so an unusual method (a fuzzer's
# TRACE or PURGE, a library's own probe) is refused too rather than presumed harmless.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
KEY_HEADERS = frozenset({"x-api-key", "a-api-key"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
#: httpx request extension: the URL was taken from an answer of the API, not built by the suite.
FROM_API = "contract_tests.url_from_api"


class UnsafeRequest(RuntimeError):
    """The run was about to send what it forbids: a bug of the suite, or a URL of the API's."""


def origin(url: str) -> str:
    """`scheme://host:port`, lower-cased, the default port spelled out."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def carries_keys(headers: Mapping[str, Any]) -> bool:
    return any(name.lower() in KEY_HEADERS for name in headers)


@dataclass
class Guard:
    """What may leave the process: writes only if `allow_writes`; key headers only to
    `key_origins` (the origins of the target's base URLs)."""

    allow_writes: bool
    key_origins: frozenset[str]
    blocked: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def for_urls(cls, urls: Iterable[str], *, allow_writes: bool) -> Guard:
        return cls(allow_writes=allow_writes, key_origins=frozenset(origin(u) for u in urls))

    def check(self, method: str, url: str, *, keyed: bool, from_api: bool = False) -> None:
        """Raise `UnsafeRequest` (and remember it) if this request must not be sent. Takes only
        whether keys are attached (`carries_keys`), so no traceback can show their values;
        `from_api`: the URL came from the API's answer (a link), not from the suite."""
        method = method.upper()
        where = f"{method} {origin(url)}{urlsplit(url).path}"
        problem = None
        if method not in READ_METHODS and not self.allow_writes:
            problem = "non-read method with writes off (PRACSUITE_ALLOW_WRITES is not 1)"
        elif keyed and origin(url) not in self.key_origins:
            problem = "API keys addressed to a host other than the target's"
        if problem is None:
            return
        whose = (
            "the API supplied this URL (a link in its answer): the API pointed elsewhere"
            if from_api
            else "a bug of the contract suite"
        )
        message = f"blocked {where}: {problem}; {whose}"
        with self._lock:
            self.blocked.append(message)
        raise UnsafeRequest(message)


class GuardTransport(httpx.BaseTransport):
    """An httpx transport that asks the guard before handing the request to `inner`."""

    def __init__(self, inner: httpx.BaseTransport, guard: Guard) -> None:
        self.inner = inner
        self.guard = guard

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.guard.check(
            request.method,
            str(request.url),
            keyed=carries_keys(request.headers),
            from_api=bool(request.extensions.get(FROM_API)),
        )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@contextlib.contextmanager
def installed(guard: Guard) -> Iterator[Guard]:
    """Route every `requests` session of the process (schemathesis's) through `guard`."""
    import requests

    original = requests.Session.send

    @functools.wraps(original)
    def send(self: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> Any:
        guard.check(request.method or "", request.url or "", keyed=carries_keys(request.headers))
        return original(self, request, **kwargs)

    requests.Session.send = send  # type: ignore[method-assign]
    try:
        yield guard
    finally:
        requests.Session.send = original  # type: ignore[method-assign]

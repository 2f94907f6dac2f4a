"""Retries as an httpx transport wrapper, so every request (generated functions included) gets them.

What is retried (`RetryPolicy`):

- a failure before the request left the client (`httpx.ConnectError`, `ConnectTimeout`,
  `PoolTimeout`): any method, since the server cannot have seen it;
- 429 TOO_MANY_REQUESTS: any method, on the spec's assumption (the TooManyRequests response's
  `x-assumption`) that a rate-limited request was not processed;
- for the safe methods GET, HEAD and OPTIONS only: the statuses 429, 500, 502, 503 and 504, and
  any other timeout or network error (read/write errors, dropped connections). 500 is included
  because a GET is idempotent and PracSuite's 500 SERVER_ERROR is "unexpected", i.e. transient as
  far as a reader can tell; pass `retry_statuses` to narrow it. POST and PATCH are never
  retried once the server may have received them (except after a 429): a retried create could
  create twice.

The body is read inside the retry, so a connection dropped half-way through an answer is retried
(for the safe methods) like any other network failure, and never escapes as a raw httpx error:
answers are small JSON documents, so nothing is streamed. A call's `max_retries` (the request
extension `pracsuite_client.client.MAX_RETRIES_EXTENSION`) overrides `max_attempts` for it.

Waits honour `Retry-After` (seconds or an HTTP date) plus a random jitter of up to as much again
(at least `wait_jitter`), and a 429 also pauses every request of the client (`pracsuite._pacing`,
which paces every attempt); waits are otherwise exponential with random
jitter, `min(wait_max, wait_initial * 2**(n-1) + uniform(0, wait_jitter))`. Attempts are capped
by `max_attempts`, and total time by `max_time`: no wait is started that would end past it (so a
`Retry-After` longer than the budget gives up at once). When the retries give up, the last
response is returned (and so raised as its typed error) or the last network error is raised as
`APIConnectionError` / `APITimeoutError`.

The policy is tenacity's machinery (stamina's engine, used directly because tenacity lets each
client inject its own `sleep`, so tests never sleep for real). It is set up only once a first
attempt has failed in a retryable way: the common call that succeeds at once pays nothing for it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import tenacity
from pracsuite_client.client import MAX_RETRIES_EXTENSION

from ._errors import APIConnectionError, APITimeoutError, parse_retry_after

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

from ._logs import describe, logger
from ._pacing import Pacer, Pacing

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Raised before any byte of the request was sent: safe to retry for every method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: The server may have seen the request: retried for safe methods only.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry, and how long to wait. Times are in seconds."""

    max_attempts: int = 4
    max_time: float = 60.0
    wait_initial: float = 0.5
    wait_max: float = 10.0
    wait_jitter: float = 0.5
    retry_statuses: frozenset[int] = field(default=frozenset({429, 500, 502, 503, 504}))

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def retries_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        if response.status_code not in self.retry_statuses:
            return False
        return response.status_code == 429 or request.method in SAFE_METHODS

    def for_request(self, request: httpx.Request) -> RetryPolicy:
        """This policy, with the request's own `max_retries` if the call gave one."""
        max_retries = request.extensions.get(MAX_RETRIES_EXTENSION)
        if max_retries is None:
            return self
        return replace(self, max_attempts=int(max_retries) + 1)

    def retries_exception(self, request: httpx.Request, exc: BaseException) -> bool:
        if isinstance(exc, NOT_SENT):
            return True
        return request.method in SAFE_METHODS and isinstance(exc, MAYBE_SENT)

    def backoff(self, attempt_number: int, response: httpx.Response | None) -> float:
        """Seconds to wait after failed attempt `attempt_number` (from 1)."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                # Full jitter on top: clients told the same Retry-After must not all come back
                # in the same instant (the lockstep that makes them all fail again).
                spread = max(self.wait_jitter, retry_after)
                return retry_after + (random.uniform(0, spread) if self.wait_jitter else 0.0)
        jitter = random.uniform(0, self.wait_jitter) if self.wait_jitter else 0.0
        return min(self.wait_max, self.wait_initial * 2.0 ** (attempt_number - 1) + jitter)


def _tenacity_kwargs(policy: RetryPolicy, request: httpx.Request, started: float) -> dict[str, Any]:
    """Tenacity's settings for one request whose first attempt began at `started` (monotonic)."""

    def retry(state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None:
            return False
        exc = outcome.exception()
        if exc is not None:
            return policy.retries_exception(request, exc)
        return policy.retries_response(request, outcome.result())

    def wait(state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        response: httpx.Response | None = None
        if outcome is not None and not outcome.failed:
            response = outcome.result()
        return policy.backoff(state.attempt_number, response)

    def before_sleep(state: tenacity.RetryCallState) -> None:
        outcome = state.outcome
        if outcome is None:
            return
        exc = outcome.exception()
        cause = type(exc).__name__ if exc is not None else str(outcome.result().status_code)
        logger.info(
            "%s failed (%s); attempt %d of %d in %.2f s",
            describe(request),
            cause,
            state.attempt_number + 1,
            policy.max_attempts,
            state.upcoming_sleep,
        )

    def stop(state: tenacity.RetryCallState) -> bool:
        # `stop_after_attempt | stop_before_delay`, with the time measured from the first
        # attempt, which ran before tenacity's own clock started.
        if state.attempt_number >= policy.max_attempts:
            return True
        assert state.outcome_timestamp is not None
        return state.outcome_timestamp - started + state.upcoming_sleep >= policy.max_time

    def give_up(state: tenacity.RetryCallState) -> httpx.Response:
        assert state.outcome is not None
        response: httpx.Response = state.outcome.result()  # or raises the last exception
        return response

    return {
        "stop": stop,
        "retry": retry,
        "wait": wait,
        "before_sleep": before_sleep,
        "retry_error_callback": give_up,
    }


#: What the first attempt gave: an answer, or the transport error it raised.
_Outcome = httpx.Response | httpx.TransportError


def _replay(outcome: _Outcome) -> httpx.Response:
    if isinstance(outcome, httpx.TransportError):
        raise outcome
    return outcome


def _first_then(
    first: _Outcome, send: Callable[[httpx.Request], httpx.Response]
) -> Callable[[httpx.Request], httpx.Response]:
    """`send`, except that its first call gives back `first` (the attempt already made)."""
    pending: list[_Outcome] = [first]

    def attempt(request: httpx.Request) -> httpx.Response:
        return _replay(pending.pop()) if pending else send(request)

    return attempt


def _afirst_then(
    first: _Outcome, send: Callable[[httpx.Request], Awaitable[httpx.Response]]
) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """The async twin of `_first_then`."""
    pending: list[_Outcome] = [first]

    async def attempt(request: httpx.Request) -> httpx.Response:
        return _replay(pending.pop()) if pending else await send(request)

    return attempt


def _connection_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(exc).__name__}: {exc}", request=request)


def _log_attempt(request: httpx.Request, outcome: str, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("%s -> %s in %.0f ms", describe(request), outcome, elapsed)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with `RetryPolicy`; `sleep` is injectable for tests."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        pacer: Pacer | None = None,
    ) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self.pacer = pacer if pacer is not None else Pacer(Pacing(max_in_flight=None))

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        return self._send(request, retry=False)

    def _send_again(self, request: httpx.Request) -> httpx.Response:
        return self._send(request, retry=True)

    def _send(self, request: httpx.Request, *, retry: bool) -> httpx.Response:
        with self.pacer.slot():
            wait = self.pacer.reserve(retry)
            if wait > 0:
                self._sleep(wait)
            started = time.perf_counter()
            try:
                response = self._inner.handle_request(request)
                # Read here, inside the retry: a connection dropped mid-body is a retryable
                # failure. Closing frees the connection; the body stays readable.
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.TransportError as exc:
                _log_attempt(request, type(exc).__name__, started)
                raise
        _log_attempt(request, str(response.status_code), started)
        if response.status_code == 429:
            self.pacer.throttled(parse_retry_after(response.headers.get("retry-after")))
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy.for_request(request)
        started = time.monotonic()
        # The first attempt is sent directly: tenacity is only set up once a retry is due, so a
        # call that succeeds at once pays nothing for it.
        first: _Outcome
        try:
            first = self._send_once(request)
        except httpx.TransportError as exc:
            if not policy.retries_exception(request, exc):
                raise _connection_error(request, exc) from exc
            first = exc
        else:
            if not policy.retries_response(request, first):
                return first
        # Tenacity replays the first outcome as its attempt 1, so the attempt count, waits,
        # logs and giving up are exactly its own; the time budget counts from `started`.
        retrying = tenacity.Retrying(
            sleep=self._sleep, **_tenacity_kwargs(policy, request, started)
        )
        try:
            response: httpx.Response = retrying(_first_then(first, self._send_again), request)
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`; `sleep` is an async callable."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        pacer: Pacer | None = None,
    ) -> None:
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self.pacer = pacer if pacer is not None else Pacer(Pacing(max_in_flight=None))

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        return await self._send(request, retry=False)

    async def _send_again(self, request: httpx.Request) -> httpx.Response:
        return await self._send(request, retry=True)

    async def _send(self, request: httpx.Request, *, retry: bool) -> httpx.Response:
        async with self.pacer.aslot():
            wait = self.pacer.reserve(retry)
            if wait > 0:
                await self._sleep(wait)
            started = time.perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                _log_attempt(request, type(exc).__name__, started)
                raise
        _log_attempt(request, str(response.status_code), started)
        if response.status_code == 429:
            self.pacer.throttled(parse_retry_after(response.headers.get("retry-after")))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy.for_request(request)
        started = time.monotonic()
        first: _Outcome  # as in `RetryTransport.handle_request`
        try:
            first = await self._send_once(request)
        except httpx.TransportError as exc:
            if not policy.retries_exception(request, exc):
                raise _connection_error(request, exc) from exc
            first = exc
        else:
            if not policy.retries_response(request, first):
                return first
        retrying = tenacity.AsyncRetrying(
            sleep=self._sleep, **_tenacity_kwargs(policy, request, started)
        )
        try:
            response: httpx.Response = await retrying(
                _afirst_then(first, self._send_again), request
            )
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

"""The mock's HTTP/1.1 protocol: uvicorn's httptools protocol with the limits a server needs.

uvicorn (0.55) has a keep-alive timeout but no limit on a request's head and no timeout on
reading a request, so a client could send headers without end, or hold a connection open with
half a request. Here:
- a request head (request line and headers) over `max_head_bytes` answers 431 in the JSON
  envelope and closes the connection;
- a request not fully received `read_timeout` seconds after its first byte (or after the
  connection opened, if nothing came) answers 408 in the envelope and closes the connection;
  other connections are served meanwhile (the timer is per connection, on the event loop);
- a request httptools cannot parse answers uvicorn's 400, but in the envelope.
What stays outside the envelope: uvicorn's own answers when `--limit-concurrency` is exceeded
(503, plain text; the mock does not set it) and a connection reset before any byte is read.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

DEFAULT_MAX_HEAD_BYTES = 16 * 1024
DEFAULT_READ_TIMEOUT = 15.0

_REASONS = {400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large"}
# The spec's error codes are a closed set (`Error.code`): these rejections are all of a request
# the server would not read, so they share INVALID_PARAMS; the status says which it was.
_CODE = "INVALID_PARAMS"


def rejection(status: int, detail: str) -> bytes:
    """A whole HTTP/1.1 response in the API's error envelope that closes the connection."""
    body = orjson.dumps(
        {
            "error": {"status": status, "code": _CODE, "detail": detail},
            "request_id": str(uuid.uuid4()),
        }
    )
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _HeadTooLarge(Exception):
    """Raised from a parser callback: httptools turns it into a parse error, and uvicorn then
    calls `send_400_response`, which answers 431 instead when the head was too large."""


class MockHttpProtocol(HttpToolsProtocol):
    """`HttpToolsProtocol` with a head size limit, a request read timeout and JSON rejections.
    The limits are class attributes, set by `configured` before uvicorn starts."""

    max_head_bytes = DEFAULT_MAX_HEAD_BYTES
    read_timeout = DEFAULT_READ_TIMEOUT

    @classmethod
    def configured(cls, *, max_head_bytes: int, read_timeout: float) -> type[MockHttpProtocol]:
        return type(
            "ConfiguredMockHttpProtocol",
            (cls,),
            {"max_head_bytes": max_head_bytes, "read_timeout": read_timeout},
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._head_too_large = False
        self._read_timer: asyncio.TimerHandle | None = None

    # -- the read timeout ------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_read_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_read_timer()
        super().connection_lost(exc)

    def _start_read_timer(self) -> None:
        if self._read_timer is None:
            self._read_timer = self.loop.call_later(self.read_timeout, self._read_timed_out)

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _read_timed_out(self) -> None:
        self._read_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True  # the app's answer, if any, goes nowhere
            if self.cycle.response_started:  # too late for a status: just close
                self.transport.close()
                return
        self.logger.info(
            "closing a connection with a request incomplete after %gs", self.read_timeout
        )
        self._reject(408, f"The request was not received within {self.read_timeout:g} seconds.")

    def on_message_complete(self) -> None:
        self._stop_read_timer()
        super().on_message_complete()

    # -- the head limit --------------------------------------------------------------------
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._start_read_timer()

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count_head(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > self.max_head_bytes:
            self._head_too_large = True
            raise _HeadTooLarge

    # -- rejections ------------------------------------------------------------------------
    def send_400_response(self, msg: str) -> None:
        if self._head_too_large:
            self.logger.info("rejecting a request head over %d bytes", self.max_head_bytes)
            self._reject(431, f"The request's headers exceed {self.max_head_bytes} bytes.")
        else:
            self._reject(400, msg)

    def _reject(self, status: int, detail: str) -> None:
        self._stop_read_timer()
        if not self.transport.is_closing():
            self.transport.write(rejection(status, detail))
            self.transport.close()

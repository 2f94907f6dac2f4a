"""The mock's limits (mock only): what it refuses because of how much, or how fast, it is asked.

- `--rate-limit`: a vendor key over its rate is answered 429 in the error envelope with a
  `Retry-After` of whole seconds, answers from the answer cache count too, and after waiting
  that long the same request is answered;
- `--max-header-bytes`: the request head is measured whole (request line and every header), so
  many small headers over the limit answer 431 as one large one does, and a head under it is
  served;
- `--request-timeout`: a request still incomplete that long after it began answers 408 in the
  envelope and is closed, and other connections are served while it waits.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import socket
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import pracsuite_spec
from contract_tests.api import Api, describe, error_code
from contract_tests.checks.integrity import expect_documented
from contract_tests.failures import check

PATH = "/reschedule_reason"


@check
def check_rate_limit_answers_429_with_retry_after(limited: Callable[[float], Api]) -> None:
    """At 1 request a second, a burst of the same GET (cache hits) and of different GETs is
    answered 429 with Retry-After in whole seconds; after that wait, the GET answers 200."""
    api = dataclasses.replace(limited(1.0), retries_on_429=0)
    for burst, paths in enumerate(([PATH] * 4, [PATH, "/sex", "/profession", "/business"])):
        if burst:
            time.sleep(1)  # a whole token again
        answers = [api.get(path) for path in paths]
        refused = [a for a in answers if a.status_code == 429]
        assert answers[0].status_code == 200, f"the first request: {describe(answers[0])}"
        assert refused, (
            f"{len(paths)} requests at once ({', '.join(sorted(set(paths)))}) at a limit of one "
            "a second: none answered 429"
        )
        for answer in refused:
            expect_documented(answer, "listRescheduleReasons", 429)
            assert error_code(answer) == "TOO_MANY_REQUESTS", describe(answer)
            wait = answer.headers.get("retry-after", "")
            assert wait.isdigit() and int(wait) >= 1, (
                f"a 429 without a Retry-After of whole seconds (got {wait!r})"
            )
        time.sleep(int(refused[-1].headers["retry-after"]))
        again = api.get(PATH)
        assert again.status_code == 200, f"after waiting Retry-After: {describe(again)}"


@check
def check_head_measured_whole(
    op: pracsuite_spec.Operation, base_url: str, headers: dict[str, str], limit: int
) -> None:
    """Over HTTP: a head of many small headers over `limit` bytes is 431 in the envelope; a head
    of the same headers under the limit is served."""
    # Raw sockets, and no `Api` argument: its last request would be quoted as the reproduction.
    address, line = _open_head(op, base_url, headers)
    header = "x-filler-{:04d}: " + "a" * 200 + "\r\n"
    over = (limit + 2 * len(header)) // len(header.format(0))
    under = (limit // 2) // len(header.format(0))
    for count, status in ((over, 431), (under, 200)):
        head = line + "".join(header.format(n) for n in range(count)) + "connection: close\r\n"
        got, body = _exchange(address, (head + "\r\n").encode("latin-1"))
        assert got == status, (
            f"a head of {len(head)} bytes in {count} small headers (limit {limit}) answered "
            f"{got}, not {status}"
        )
        if status == 431:
            envelope = json.loads(body)
            assert envelope["error"]["status"] == 431 and envelope.get("request_id"), envelope


def _open_head(
    op: pracsuite_spec.Operation, base_url: str, headers: dict[str, str]
) -> tuple[tuple[str, int], str]:
    """The server's address, and the request line and headers of `op` with the keys, not yet
    ended by the blank line."""
    parts = urlsplit(base_url)
    keys = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    line = f"{op.method.upper()} {parts.path}{op.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n{keys}"
    return (parts.hostname or "127.0.0.1", parts.port or 80), line


def _exchange(address: tuple[str, int], sent: bytes) -> tuple[int, bytes]:
    with socket.create_connection(address, timeout=10) as conn:
        with contextlib.suppress(OSError):
            conn.sendall(sent)
        status, _, body = _answer(conn)
    return status, body


def _answer(conn: socket.socket) -> tuple[int, bytes, bytes]:
    """What the server sends until it closes: the status (0 if none), the head, the body."""
    answer = b""
    with contextlib.suppress(OSError):
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status = head.split(b" ", 2)[1:2]
    return (int(status[0]) if status and status[0].isdigit() else 0), head, body


@check
def check_incomplete_request_times_out(
    op: pracsuite_spec.Operation, base_url: str, headers: dict[str, str], timeout: float
) -> None:
    """Over HTTP, on a server started with `--request-timeout timeout`: a request whose head
    never ends answers 408 in the envelope after about `timeout` seconds (not before) and the
    connection is closed; a whole request sent meanwhile on another connection is served."""
    address, line = _open_head(op, base_url, headers)
    with socket.create_connection(address, timeout=timeout + 10) as slow:
        began = time.monotonic()
        slow.sendall(line.encode("latin-1"))  # no blank line: the head never ends
        served, _ = _exchange(address, (line + "connection: close\r\n\r\n").encode("latin-1"))
        assert served == 200, f"a whole request while another waited answered {served}, not 200"
        status, head, body = _answer(slow)
        waited = time.monotonic() - began
    assert status == 408, (
        f"a request left incomplete for {waited:.1f} s (--request-timeout {timeout:g}) answered "
        f"{head[:40]!r}, not 408"
    )
    assert waited >= timeout * 0.8, f"408 after {waited:.1f} s, before the {timeout:g} s timeout"
    envelope = json.loads(body)
    assert envelope["error"]["status"] == 408 and envelope.get("request_id"), envelope

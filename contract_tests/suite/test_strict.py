"""The strict profile of our own mock (`checks/strict.py`): run against the mock only; the live
API is held to the public spec, never to this."""

from __future__ import annotations

import contextlib
import json
import socket
from urllib.parse import urlsplit

import pytest

import pracsuite_spec
from contract_tests import run_state
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, strict, workflows


@pytest.fixture(autouse=True)
def _mock_only() -> None:
    if run_state.current().live:
        pytest.skip("the strict profile is our mock's promise, not the live API's")


def test_every_answer_and_link_is_strict_and_every_operation_answers(
    writes: Api, queries: QueryBuilder
) -> None:
    """Every GET the data allows and every link inside the answers, then the write workflows:
    each answer strict, each link alive, and every operation of the spec answered 2xx."""
    tour = strict.crawl(writes, strict.starts(queries))
    observe = strict.Observer(tour)
    workflows.check_write_defaults_stored(writes, observe)
    workflows.check_book_cancel_cycle(writes, queries, observe)
    workflows.check_reserve_release_cycle(writes, queries, observe)
    workflows.check_other_writes(writes, queries, observe)
    missing = tour.missing(pracsuite_spec.load().operations)
    assert not missing, f"operations that never answered 2xx: {', '.join(missing)}"


def test_error_envelopes_are_strict(api: Api) -> None:
    strict.check_error_envelopes(api)


def test_the_server_refuses_oversized_heads_and_garbage_in_the_envelope(api: Api) -> None:
    """What the mock's server (not its app) refuses is still answered in the error envelope: a
    request head over the limit with 431, an unparseable request with 400."""
    parts = urlsplit(api.base_url)
    if parts.hostname in (None, "testserver"):
        pytest.skip("the server's own limits need a real server, not the in-process app")
    address = (parts.hostname or "127.0.0.1", parts.port or 80)
    filler = b"x-filler: " + b"a" * 70_000 + b"\r\n"
    for sent, status in (
        (b"GET " + parts.path.encode() + b"/patient HTTP/1.1\r\nHost: x\r\n" + filler, 431),
        (b"GET /v1/patient HTTP/1.1\r\nNo colon here\r\n\r\n", 400),
    ):
        with socket.create_connection(address, timeout=10) as conn:
            with contextlib.suppress(OSError):
                conn.sendall(sent + b"\r\n")
            answer = b""
            with contextlib.suppress(OSError):
                while chunk := conn.recv(65536):
                    answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.split(b" ", 2)[1:2] == [str(status).encode()], head[:200]
        assert b"application/json" in head.lower(), head[:200]
        envelope = json.loads(body)
        assert envelope["error"]["status"] == status and envelope["request_id"], envelope

"""The ceiling replays the mock's recorded answers exactly; the harness around it fails loudly."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import httpx
import pytest

from benchmarks import ceiling_server, servers
from benchmarks.machine import active_libraries

TARGET = "/v1/reschedule_reason?page=1&page_size=50&sort_by=%5B%22reason%22%5D"
BODY = '{"reasons":[{"reason":"Sick – unwell"}],"links":{"self":"http://h/v1/x"}}'.encode()
RAW_HEADERS = [
    (b"date", b"Mon, 30 Nov 2026 06:48:06 GMT"),
    (b"server", b"uvicorn"),
    (b"content-length", b"999"),  # wrong on purpose: the ceiling counts its own body
    (b"content-type", b"application/json"),
    (b"x-ratelimit-remaining", b"42"),
]


def _recorded(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    ceiling_server.save(
        {
            TARGET: ceiling_server.answer_from(200, RAW_HEADERS, BODY),
            "/v1/patient/999999": ceiling_server.answer_from(
                404, [(b"content-type", b"application/json")], b'{"error":"no"}'
            ),
        },
        path,
    )
    return path


def test_recorded_answers_keep_the_mocks_headers_but_not_uvicorns_own() -> None:
    answer = ceiling_server.answer_from(200, RAW_HEADERS, BODY)
    assert answer.headers == (
        (b"content-type", b"application/json"),
        (b"x-ratelimit-remaining", b"42"),
    )


def test_the_app_answers_the_recorded_status_headers_and_bytes(tmp_path: Path) -> None:
    app = ceiling_server.CeilingApp(ceiling_server.load(_recorded(tmp_path)))

    async def ask(*targets: str) -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://ceiling") as client:
            return [await client.get(t) for t in targets]

    ok, missing, other_query = asyncio.run(
        ask(TARGET, "/v1/patient/999999", TARGET.replace("reason%22", "other%22"))
    )

    assert ok.status_code == 200
    assert ok.content == BODY
    assert ok.headers.raw == [
        (b"content-type", b"application/json"),
        (b"x-ratelimit-remaining", b"42"),
        (b"content-length", str(len(BODY)).encode()),
    ]
    assert (missing.status_code, missing.content) == (404, b'{"error":"no"}')
    assert other_query.status_code == 404  # the query string is part of the key
    assert other_query.content == b"not a recorded request\n"


def test_over_http_under_uvicorn_the_answer_is_byte_for_byte_the_recorded_one(
    tmp_path: Path,
) -> None:
    port = servers.free_port()
    with servers.running(
        "ceiling",
        servers.ceiling_command(port, _recorded(tmp_path), http="httptools", loop="uvloop"),
        base_url=f"http://127.0.0.1:{port}",
        probe_path="/",
        log=tmp_path / "ceiling.log",
        timeout=30,
    ) as server:
        got = httpx.get(server.base_url + TARGET, headers={"accept-encoding": "identity"})

    assert got.status_code == 200
    assert got.content == BODY
    assert got.headers["content-type"] == "application/json"
    assert got.headers["x-ratelimit-remaining"] == "42"
    assert got.headers["content-length"] == str(len(BODY))
    assert got.headers["server"] == "uvicorn"  # the same stack as the mock's


def test_a_mock_without_the_cache_flag_fails_loudly_naming_the_argument(tmp_path: Path) -> None:
    command = servers.mock_command(servers.free_port(), answer_cache=False)
    assert command[-1] == servers.NO_ANSWER_CACHE
    assert servers.NO_ANSWER_CACHE not in servers.mock_command(1)
    # What argparse prints for a flag it does not know, then exit status 2.
    refuses = (
        "import sys; print('usage: pracsuite-mock [-h]'); "
        "print('pracsuite-mock: error: unrecognized arguments: --no-answer-cache'); sys.exit(2)"
    )
    with (
        pytest.raises(servers.ServerExited, match="unrecognized arguments: --no-answer-cache"),
        servers.running(
            "mock, computed",
            [sys.executable, "-c", refuses],
            base_url="http://127.0.0.1:1",
            probe_path="/",
            log=tmp_path / "mock.log",
            timeout=30,
        ),
    ):
        pass


def test_active_libraries_are_read_from_the_files_mapped_into_the_process() -> None:
    site = "/venv/lib/python3.11/site-packages"
    fast = [
        f"{site}/httptools/parser/parser.cpython-311-x86_64-linux-gnu.so",
        f"{site}/uvloop/loop.cpython-311-x86_64-linux-gnu.so",
        f"{site}/orjson/orjson.cpython-311-x86_64-linux-gnu.so",
    ]
    plain = ["/usr/lib/python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so"]

    assert active_libraries(fast) == {
        "HTTP parser": "httptools",
        "event loop": "uvloop",
        "JSON encoder": "orjson",
    }
    assert active_libraries(plain) == {
        "HTTP parser": "h11",
        "event loop": "asyncio",
        "JSON encoder": "json",
    }

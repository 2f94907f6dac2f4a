"""Durability with `--db`: nothing acknowledged is lost when the process is SIGKILLed, ids are
never reused after the restart, and concurrent writes share transactions (group commit)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pracsuite_mock.app import MockConfig, MockState
from pracsuite_mock.embed import DEMO_HEADERS, free_port
from pracsuite_mock.store import COMMIT_DELAY_ENV, Store, StoreError

CLIENTS = 20
KILL_AFTER = 100  # acknowledged creates before the kill, with the other clients mid-request


@contextlib.contextmanager
def mock_process(
    db: Path, port: int, *, commit_delay: float = 0.0
) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m pracsuite_mock --db DB` on `port`, ready; killed (SIGKILL) on exit if alive."""
    cmd = [sys.executable, "-m", "pracsuite_mock", "--port", str(port), "--db", str(db)]
    env = {**os.environ, COMMIT_DELAY_ENV: str(commit_delay)}
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in finally)
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"mock exited with {proc.returncode}: {log.read()!r}")
            try:
                httpx.get(f"http://127.0.0.1:{port}/v1/sex", headers=DEMO_HEADERS, timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "mock did not start"
                time.sleep(0.1)
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        log.close()


async def create_until_killed(
    base: str, proc: subprocess.Popen[bytes], *, kill_after: int
) -> dict[int, dict[str, Any]]:
    """20 clients create patients; once `kill_after` are acknowledged the server is SIGKILLed
    while the others are in flight. Answers every acknowledged patient's body by id."""
    acknowledged: dict[int, dict[str, Any]] = {}
    killed = asyncio.Event()

    async def client(c: httpx.AsyncClient, n: int) -> None:
        i = 0
        while not killed.is_set():
            i += 1
            body = {"first_name": f"Crash{n}", "surname": f"Test{i}"}
            try:
                response = await c.post("/patient", json=body)
            except httpx.TransportError:
                return  # the server died under this request: not acknowledged
            assert response.status_code == 201, response.text
            patient = response.json()
            acknowledged[patient["client_id"]] = patient
            if len(acknowledged) >= kill_after and not killed.is_set():
                os.kill(proc.pid, signal.SIGKILL)
                killed.set()

    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(
        base_url=base, headers=DEMO_HEADERS, limits=limits, timeout=10
    ) as c:
        await asyncio.gather(*(client(c, n) for n in range(CLIENTS)))
    return acknowledged


def assert_all_there(base: str, acknowledged: dict[int, dict[str, Any]]) -> None:
    with httpx.Client(base_url=base, headers=DEMO_HEADERS, timeout=10) as c:
        for client_id, body in acknowledged.items():
            got = c.get(f"/patient/{client_id}")
            assert got.status_code == 200, f"acknowledged patient {client_id} lost"
            assert got.json() == body


@pytest.mark.http
def test_acknowledged_creates_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    port = free_port()  # the same port after each restart, so the bodies' links are equal too
    base = f"http://127.0.0.1:{port}/v1"
    every: dict[int, dict[str, Any]] = {}
    # Kill, restart on the file, check, and kill again: first with a slow disk (commits 50 ms
    # late), where a store that answers before committing loses acknowledged creates at once.
    for commit_delay in (0.05, 0.0):
        with mock_process(db, port, commit_delay=commit_delay) as proc:
            assert_all_there(base, every)
            acknowledged = asyncio.run(create_until_killed(base, proc, kill_after=KILL_AFTER))
            proc.wait(timeout=10)
            assert proc.returncode == -signal.SIGKILL
        assert len(acknowledged) >= KILL_AFTER
        assert not set(acknowledged) & set(every), "an acknowledged id was issued twice"
        every |= acknowledged
    with mock_process(db, port):
        assert_all_there(base, every)
        created = httpx.post(
            f"{base}/patient",
            json={"first_name": "After", "surname": "Restart"},
            headers=DEMO_HEADERS,
        )
        assert created.status_code == 201
        assert created.json()["client_id"] > max(every)


def test_concurrent_writes_share_transactions(tmp_path: Path) -> None:
    """Writes queued while a transaction commits go into the next one, all together."""
    store = Store(tmp_path / "group.db")
    store.define("thing", "thing_id")
    store.flush()
    journal = store._journal
    assert journal is not None
    before = journal.transactions

    async def writers() -> None:
        async def one(n: int) -> None:
            for i in range(25):
                store.insert("thing", {"tenant_id": 1, "n": n, "i": i})
                await store.flushed()  # answered only once committed

        await asyncio.gather(*(one(n) for n in range(20)))

    asyncio.run(writers())
    assert journal.committed == journal.queued
    transactions = journal.transactions - before
    assert 0 < transactions <= 500 // 4, f"{transactions} transactions for 500 writes"
    store.close()
    reopened = Store(tmp_path / "group.db")
    assert len(reopened.all("thing", 1)) == 500
    assert reopened.insert("thing", {"tenant_id": 1})["thing_id"] == 501
    reopened.close()


def test_flushed_is_immediate_without_a_file() -> None:
    store = Store()
    store.define("thing", "thing_id")
    store.insert("thing", {"tenant_id": 1})
    assert store._journal is None
    asyncio.run(store.flushed())  # returns: nothing to wait for, no thread


class _FailingDB:
    """A connection whose every statement fails, as on a full disk."""

    in_transaction = False

    def execute(self, *_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        pass


def test_a_failed_commit_is_never_acknowledged(tmp_path: Path) -> None:
    store = Store(tmp_path / "full.db")
    store.define("thing", "thing_id")
    store.flush()
    journal = store._journal
    assert journal is not None
    journal._db = _FailingDB()  # type: ignore[assignment]
    store.insert("thing", {"tenant_id": 1})
    with pytest.raises(StoreError, match="disk is full"):
        asyncio.run(store.flushed())
    with pytest.raises(StoreError):  # and every later write too: the file no longer matches
        asyncio.run(store.flushed())
    store.close()


def test_the_first_seed_is_one_transaction(tmp_path: Path) -> None:
    """A kill while the mock seeds a new file must leave it empty (seeded again at the next
    start), not part-seeded (never reseeded, since it is no longer empty): one transaction."""
    state = MockState(MockConfig(db=str(tmp_path / "seed.db")))
    journal = state.store._journal
    assert journal is not None
    state.store.flush()
    assert journal.transactions == 1
    assert len(state.store.all("patient", 1)) > 0
    state.store.close()


def test_nothing_inside_atomic_is_committed_before_it_ends(tmp_path: Path) -> None:
    store = Store(tmp_path / "atomic.db")
    store.define("thing", "thing_id")
    store.flush()
    with store.atomic():
        store.insert("thing", {"tenant_id": 1})
        time.sleep(0.2)  # the writer would have committed by now, were it free to
        assert _rows_on_disk(tmp_path / "atomic.db") == 0
    store.flush()
    assert _rows_on_disk(tmp_path / "atomic.db") == 1
    store.close()


def _rows_on_disk(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        (count,) = db.execute("SELECT count(*) FROM records").fetchone()
    return int(count)

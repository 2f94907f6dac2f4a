"""The in-memory record store, optionally persisted to SQLite.

Records are plain dicts shaped like the spec's schemas; every record carries `tenant_id`.
Collections are named (`patient`, `appointment`, …) and each has an id field. Ids are issued per
collection across all tenants, monotonically, and never reused, so another tenant's id is simply
not found. Every write bumps its tenant's generation (`Store.generation`), the one signal that
anything derived from a tenant's records (a cached answer, an availability index) is stale.

With a database file the state survives restarts, and an acknowledged write survives a crash.
Each write is applied in memory at once (so the next read sees it) and queued; one writer
thread commits everything queued in one SQLite transaction (group commit: under load one fsync
covers many writes), records and each collection's `next_id` together. `await
Store.flushed()` returns once every write made so far is committed; the app awaits it before
it answers, so an answer never shows a write that could still be lost. The file is in WAL
mode with `synchronous=FULL`: a committed transaction survives SIGKILL of the process and a
power loss or OS crash too (the WAL is fsynced at every commit), given a disk that honours
fsync. What is lost in a crash is only what was queued and not yet committed, which no client
was told of; its ids may be issued again, but an id that was ever shown is never reused. If a
commit fails (a full disk), `flushed` raises `StoreError` then and ever after: the mock answers
500 rather than acknowledge a write it cannot keep. `close` (also run at interpreter exit)
commits what is queued. Without a file there is no thread and `flushed` returns at once.
`with Store.atomic():` keeps the writes made inside it out of any commit until it ends, so they
land in one transaction: the first seed is all or nothing, and a kill while seeding leaves an
empty file, seeded again at the next start.

Text that UTF-8 cannot encode (a lone surrogate, which a JSON `\\ud800` escape can spell) is
never kept: validation refuses it, and as a last line the store replaces it with U+FFFD on every
write and on loading a database written before that rule, so no record can break the answers
that show it.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import copy
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .sort_index import OrderedView, SortIndex, TenantOrders

Record = dict[str, Any]
# Told of every write, with the store's lock held: (collection, tenant_id, the record as it was
# or None for an insert, the record as stored, the tenant's generation after the write).
Watcher = Callable[[str, int, Record | None, Record, int], None]

# Seconds the writer waits before each commit: a slow disk, for tests that must catch an answer
# sent before its commit (without it the window is too short for a kill to land in).
COMMIT_DELAY_ENV = "PRACSUITE_MOCK_COMMIT_DELAY"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, id_field TEXT NOT NULL,
                                        next_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS records (collection TEXT NOT NULL, id INTEGER NOT NULL,
                                    tenant_id INTEGER NOT NULL, body TEXT NOT NULL,
                                    PRIMARY KEY (collection, id));
"""


class _Collection:
    def __init__(self, id_field: str, next_id: int = 1) -> None:
        self.id_field = id_field
        self.next_id = next_id
        self.by_tenant: dict[int, dict[int, Record]] = {}


class Store:
    """Collections of tenant-scoped records; thread-safe; persisted to SQLite if given a file."""

    DURABILITY = (
        "SQLite WAL, synchronous=FULL, group commit; a write is answered after its commit: "
        "survives SIGKILL and power loss"
    )

    def __init__(self, db_path: str | Path | None = None) -> None:
        self._collections: dict[str, _Collection] = {}
        self._generations: dict[int, int] = {}
        self._orders: dict[tuple[str, int], TenantOrders] = {}  # sorted indexes, built on demand
        self._watchers: list[Watcher] = []
        self._lock = threading.RLock()
        self._journal: _Journal | None = None
        if db_path is not None:
            db = sqlite3.connect(str(db_path), check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
            self._load(db)
            self._journal = _Journal(db)

    # -- reading --------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(c.by_tenant for c in self._collections.values())

    def names(self) -> list[str]:
        return sorted(self._collections)

    def id_field(self, name: str) -> str | None:
        found = self._collections.get(name)
        return found.id_field if found else None

    def all(self, name: str, tenant_id: int) -> list[Record]:
        """The tenant's records of a collection, in id order (shared dicts: do not mutate)."""
        found = self._collections.get(name)
        if found is None:
            return []
        return list(found.by_tenant.get(tenant_id, {}).values())

    def ordered(self, name: str, tenant_id: int, keys: tuple[str, ...]) -> OrderedView | None:
        """The tenant's records sorted by `keys` as `listing.sort_records` sorts them, from an
        index kept in step with writes; None if the values cannot be indexed (mixed types)."""
        with self._lock:
            found = self._collections.get(name)
            if found is None:
                return None
            records = found.by_tenant.get(tenant_id)
            if records is None:  # nothing to index (and no tenant entry made just for asking)
                return OrderedView(SortIndex(keys, {}))
            orders = self._orders.setdefault((name, tenant_id), TenantOrders())
            index = orders.get(keys, records)
            return None if index is None else OrderedView(index)

    def get(self, name: str, tenant_id: int, record_id: int) -> Record | None:
        found = self._collections.get(name)
        if found is None:
            return None
        return found.by_tenant.get(tenant_id, {}).get(record_id)

    def generation(self, tenant_id: int) -> int:
        """How many writes the tenant has seen: equal generations mean equal records, so a
        value derived from the records at one generation is valid until it changes."""
        return self._generations.get(tenant_id, 0)

    def tenants(self) -> list[int]:
        return sorted({t for c in self._collections.values() for t in c.by_tenant})

    # -- writing --------------------------------------------------------------------------
    def define(self, name: str, id_field: str) -> None:
        with self._lock:
            if name in self._collections:
                return
            self._collections[name] = _Collection(id_field)
            if self._journal is not None:
                self._journal.define(name, id_field)

    def insert(self, name: str, record: Record) -> Record:
        """Store a new record under a fresh id (the record's own id, if set, must be new)."""
        return self.insert_many(name, [record])[0]

    def insert_many(self, name: str, records: Iterable[Record]) -> list[Record]:
        with self._lock:
            coll = self._collections[name]
            stored: list[Record] = []
            for record in records:
                record = clean(record)
                record_id = record.get(coll.id_field)
                if not isinstance(record_id, int) or record_id < coll.next_id:
                    record_id = coll.next_id
                record[coll.id_field] = record_id
                coll.next_id = record_id + 1
                tenant_id = int(record["tenant_id"])
                coll.by_tenant.setdefault(tenant_id, {})[record_id] = record
                self._reindex(name, tenant_id, record_id, None, record)
                self._bump(tenant_id)
                self._tell(name, tenant_id, None, record)
                stored.append(record)
            self._write(name, stored, coll.next_id)
            return stored

    def put(self, name: str, record: Record) -> Record:
        """Store a record under its own id, replacing the tenant's record of that id if any; ids
        issued later start above it (a recording's records keep the ids the API gave them)."""
        with self._lock:
            coll = self._collections[name]
            record = clean(record)
            record_id = int(record[coll.id_field])
            tenant_id = int(record["tenant_id"])
            coll.by_tenant.setdefault(tenant_id, {})[record_id] = record
            coll.next_id = max(coll.next_id, record_id + 1)
            self._orders.pop((name, tenant_id), None)  # rebuilt when next asked for
            self._bump(tenant_id)
            self._write(name, [record], coll.next_id)
            return record

    def update(self, name: str, record: Record) -> Record:
        """Replace a stored record (same collection, tenant and id)."""
        with self._lock:
            coll = self._collections[name]
            record = clean(record)
            record_id = int(record[coll.id_field])
            rows = coll.by_tenant.setdefault(int(record["tenant_id"]), {})
            old = rows.get(record_id)
            if old is None:
                raise KeyError(f"{name} {record_id} does not exist")
            rows[record_id] = record
            tenant_id = int(record["tenant_id"])
            self._reindex(name, tenant_id, record_id, old, record)
            self._bump(tenant_id)
            self._tell(name, tenant_id, old, record)
            self._write(name, [record], coll.next_id)
            return record

    @property
    def lock(self) -> contextlib.AbstractContextManager[Any]:
        """The lock every write holds (reentrant): a reader that must see no write half-applied
        takes it before any lock of its own, as writes take it before telling watchers."""
        return self._lock

    def watch(self, watcher: Watcher) -> None:
        """Tell `watcher` of every write from now on (an index that updates itself in place
        rather than being rebuilt when the generation moves)."""
        with self._lock:
            self._watchers.append(watcher)

    def _tell(self, name: str, tenant_id: int, old: Record | None, new: Record) -> None:
        generation = self._generations[tenant_id]
        for watcher in self._watchers:
            watcher(name, tenant_id, old, new, generation)

    def _reindex(
        self, name: str, tenant_id: int, record_id: int, old: Record | None, new: Record
    ) -> None:
        orders = self._orders.get((name, tenant_id))
        if orders is not None:
            orders.put(record_id, old, new)

    def _bump(self, tenant_id: int) -> None:
        self._generations[tenant_id] = self._generations.get(tenant_id, 0) + 1

    # -- durability -----------------------------------------------------------------------
    async def flushed(self) -> None:
        """Return once every write made so far is committed to the file (at once without one,
        or when nothing is pending); raises `StoreError` if its commit failed."""
        if self._journal is not None:
            await self._journal.flushed()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Commit the writes made inside the block in one transaction, after it (a no-op without
        a file)."""
        journal = self._journal
        if journal is None:
            yield
            return
        with journal.held():
            yield

    def flush(self) -> None:
        """Block until every write made so far is committed (for code outside an event loop)."""
        if self._journal is not None:
            self._journal.wait(self._journal.queued)

    def close(self) -> None:
        """Commit what is queued and close the file; the store stays readable in memory."""
        with self._lock:
            journal, self._journal = self._journal, None
        if journal is not None:
            journal.close()

    # -- persistence ----------------------------------------------------------------------
    def _write(self, name: str, records: list[Record], next_id: int) -> None:
        # Called with the lock held, so the queue's order is the order writes were applied in.
        if self._journal is None:
            return
        id_field = self._collections[name].id_field
        self._journal.put(
            name, [(name, r[id_field], r["tenant_id"], json.dumps(r)) for r in records], next_id
        )

    def _load(self, db: sqlite3.Connection) -> None:
        for name, id_field, next_id in db.execute("SELECT * FROM collections"):
            self._collections[name] = _Collection(id_field, next_id)
        rows: Iterator[tuple[str, int, int, str]] = db.execute(
            "SELECT collection, id, tenant_id, body FROM records ORDER BY collection, id"
        )
        for name, record_id, tenant_id, body in rows:
            self._collections[name].by_tenant.setdefault(tenant_id, {})[record_id] = clean(
                json.loads(body)
            )


class StoreError(RuntimeError):
    """A commit to the database file failed: writes since the last commit are not durable."""


_Row = tuple[str, int, int, str]  # collection, id, tenant_id, JSON body


class _Journal:
    """The queue of writes not yet committed and the one thread that commits them.

    Writes are numbered as they are queued (`queued`); the thread takes everything queued,
    commits it in one transaction, then advances `committed` and wakes whoever waits for a
    number up to it. While one transaction commits, the next one's writes pile up, so the number
    of commits per second stays near what the disk allows whatever the number of writers.
    Waiters are asyncio futures, each resolved on its own loop (the mock may run requests on
    several loops, as the in-process test client does), or threads blocked in `wait`.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._cond = threading.Condition(threading.Lock())
        self._defines: list[tuple[str, str]] = []
        self._rows: list[_Row] = []
        self._next_ids: dict[str, int] = {}
        self.queued = 0  # writes numbered so far
        self.committed = 0  # every write numbered up to this is committed
        self._error: StoreError | None = None
        # Per event loop, the futures waiting and the write number each waits for.
        self._waiters: dict[asyncio.AbstractEventLoop, list[tuple[int, asyncio.Future[None]]]] = {}
        self._closing = False
        self._holds = 0  # open `held` blocks: nothing is committed while one is open
        self.transactions = 0  # commits made, for tests of the grouping
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()
        # A daemon thread dies with the interpreter: commit what is queued on a normal exit.
        atexit.register(self.close)

    # -- the writers' side (any thread) ---------------------------------------------------
    def define(self, name: str, id_field: str) -> None:
        with self._cond:
            self._defines.append((name, id_field))
            self._queue_one()

    def put(self, name: str, rows: list[_Row], next_id: int) -> None:
        with self._cond:
            self._rows += rows
            self._next_ids[name] = next_id  # ids only grow: the last value queued is the largest
            self._queue_one()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with self._cond:
            self._holds += 1
        try:
            yield
        finally:
            with self._cond:
                self._holds -= 1
                self._cond.notify_all()

    def _queue_one(self) -> None:
        self.queued += 1
        self._cond.notify()

    async def flushed(self) -> None:
        with self._cond:
            if self._error is not None:
                raise self._error
            target = self.queued
            if self.committed >= target:
                return
            loop = asyncio.get_running_loop()
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.setdefault(loop, []).append((target, future))
        await future

    def wait(self, target: int) -> None:
        with self._cond:
            while self.committed < target and self._error is None:
                self._cond.wait()
            if self._error is not None:
                raise self._error

    def close(self) -> None:
        atexit.unregister(self.close)
        with self._cond:
            if self._closing:
                return
            self._closing = True
            self._cond.notify_all()
        self._thread.join()
        self._db.close()

    # -- the writer thread ----------------------------------------------------------------
    def _run(self) -> None:
        delay = float(os.environ.get(COMMIT_DELAY_ENV) or 0)
        while True:
            with self._cond:
                while (self.committed == self.queued or self._holds) and not self._closing:
                    self._cond.wait()
                if self.committed == self.queued:  # closing, nothing left
                    self._resolve()
                    return
            if delay and not self._closing:
                time.sleep(delay)
            with self._cond:
                defines, self._defines = self._defines, []
                rows, self._rows = self._rows, []
                next_ids, self._next_ids = self._next_ids, {}
                target = self.queued
            error = self._commit(defines, rows, next_ids)
            with self._cond:
                if error is not None and self._error is None:
                    self._error = StoreError(f"commit to the database file failed: {error}")
                self.committed = target
                self.transactions += 1
                self._cond.notify_all()
                self._resolve()

    def _commit(
        self, defines: list[tuple[str, str]], rows: list[_Row], next_ids: dict[str, int]
    ) -> Exception | None:
        try:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR IGNORE INTO collections VALUES (?, ?, 1)", defines)
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", rows)
            self._db.executemany(
                "UPDATE collections SET next_id = ? WHERE name = ?",
                [(next_id, name) for name, next_id in next_ids.items()],
            )
            self._db.execute("COMMIT")
        except Exception as error:  # a full disk, a lost file: every waiter hears of it
            with contextlib.suppress(Exception):
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            return error
        return None

    def _resolve(self) -> None:
        """Wake the futures whose writes are committed (called with the condition held): one
        call per loop, so a commit that answers twenty requests wakes their loop once."""
        for loop, waiting in list(self._waiters.items()):
            ready = [future for target, future in waiting if target <= self.committed]
            if not ready:
                continue
            rest = [(target, future) for target, future in waiting if target > self.committed]
            if rest:
                self._waiters[loop] = rest
            else:
                del self._waiters[loop]
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits
                loop.call_soon_threadsafe(_settle, ready, self._error)


def _settle(futures: list[asyncio.Future[None]], error: StoreError | None) -> None:
    for future in futures:
        if future.done():  # cancelled: its request went away
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(None)


def clean(value: Any) -> Any:
    """A deep copy of a JSON value in which every lone surrogate is replaced with U+FFFD."""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean_text(k) if isinstance(k, str) else k: clean(v) for k, v in value.items()}
    return copy.deepcopy(value)


def _clean_text(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text

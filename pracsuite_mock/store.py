"""The in-memory record store, optionally persisted to SQLite.

Records are plain dicts shaped like the spec's schemas; every record carries `tenant_id`.
Collections are named (`patient`, `appointment`, …) and each has an id field. Ids are issued per
collection across all tenants, monotonically, and never reused, so another tenant's id is simply
not found. Every write bumps its tenant's generation (`Store.generation`), the one signal that
anything derived from a tenant's records (a cached answer, an availability index) is stale.
With a database file every write goes through to SQLite (one JSON row per record), so
the state survives restarts.

Text that UTF-8 cannot encode (a lone surrogate, which a JSON `\\ud800` escape can spell) is
never kept: validation refuses it, and as a last line the store replaces it with U+FFFD on every
write and on loading a database written before that rule, so no record can break the answers
that show it.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

Record = dict[str, Any]

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
    """Collections of tenant-scoped records; thread-safe; write-through to SQLite if given."""

    def __init__(self, db_path: str | Path | None = None) -> None:
        self._collections: dict[str, _Collection] = {}
        self._generations: dict[int, int] = {}
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        if db_path is not None:
            self._db = sqlite3.connect(str(db_path), check_same_thread=False)
            self._db.executescript(_SCHEMA)
            self._load()

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
            if self._db is not None:
                with self._db:
                    self._db.execute(
                        "INSERT OR IGNORE INTO collections VALUES (?, ?, 1)", (name, id_field)
                    )

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
                self._bump(tenant_id)
                stored.append(record)
            self._write(name, stored, coll.next_id)
            return stored

    def update(self, name: str, record: Record) -> Record:
        """Replace a stored record (same collection, tenant and id)."""
        with self._lock:
            coll = self._collections[name]
            record = clean(record)
            record_id = int(record[coll.id_field])
            rows = coll.by_tenant.setdefault(int(record["tenant_id"]), {})
            if record_id not in rows:
                raise KeyError(f"{name} {record_id} does not exist")
            rows[record_id] = record
            self._bump(int(record["tenant_id"]))
            self._write(name, [record], coll.next_id)
            return record

    def _bump(self, tenant_id: int) -> None:
        self._generations[tenant_id] = self._generations.get(tenant_id, 0) + 1

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- persistence ----------------------------------------------------------------------
    def _write(self, name: str, records: list[Record], next_id: int) -> None:
        if self._db is None:
            return
        id_field = self._collections[name].id_field
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                [(name, r[id_field], r["tenant_id"], json.dumps(r)) for r in records],
            )
            self._db.execute("UPDATE collections SET next_id = ? WHERE name = ?", (next_id, name))

    def _load(self) -> None:
        assert self._db is not None
        for name, id_field, next_id in self._db.execute("SELECT * FROM collections"):
            self._collections[name] = _Collection(id_field, next_id)
        rows: Iterator[tuple[str, int, int, str]] = self._db.execute(
            "SELECT collection, id, tenant_id, body FROM records ORDER BY collection, id"
        )
        for name, record_id, tenant_id, body in rows:
            self._collections[name].by_tenant.setdefault(tenant_id, {})[record_id] = clean(
                json.loads(body)
            )


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

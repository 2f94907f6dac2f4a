"""The store: tenant isolation, fresh stable ids, SQLite persistence; the seed: determinism."""

from __future__ import annotations

import json
from pathlib import Path

from pracsuite_mock.seed import seed_store
from pracsuite_mock.store import Store
from pracsuite_spec import Spec


def _dump(store: Store) -> str:
    return json.dumps(
        {n: [store.all(n, t) for t in store.tenants()] for n in store.names()}, sort_keys=True
    )


def test_ids_are_fresh_monotonic_and_never_reused() -> None:
    store = Store()
    store.define("thing", "thing_id")
    a = store.insert("thing", {"tenant_id": 1})
    b = store.insert("thing", {"tenant_id": 2})
    c = store.insert("thing", {"tenant_id": 1, "thing_id": 1})  # an id already used: ignored
    assert [a["thing_id"], b["thing_id"], c["thing_id"]] == [1, 2, 3]
    assert store.get("thing", 1, 2) is None  # tenant 2's id is not tenant 1's
    assert [r["thing_id"] for r in store.all("thing", 1)] == [1, 3]


def test_sqlite_persists_records_and_counters(tmp_path: Path, spec: Spec) -> None:
    db = tmp_path / "mock.db"
    first = Store(db)
    seed_store(first, spec, seed=5)
    added = first.insert("patient", {"tenant_id": 1, "first_name": "A", "surname": "B"})
    before = _dump(first)
    first.close()
    second = Store(db)
    seed_store(second, spec, seed=99)  # not reseeded: the file already holds data
    assert _dump(second) == before
    again = second.insert("patient", {"tenant_id": 1, "first_name": "C", "surname": "D"})
    assert again["client_id"] == added["client_id"] + 1
    second.close()


def test_seed_is_deterministic_and_seed_sensitive(spec: Spec) -> None:
    def build(seed: int) -> str:
        store = Store()
        seed_store(store, spec, seed=seed)
        return _dump(store)

    assert build(3) == build(3)
    assert build(3) != build(4)


def test_large_size(spec: Spec) -> None:
    store = Store()
    seed_store(store, spec, seed=1, size="large")
    assert len(store.all("patient", 1)) >= 10_000
    assert len(store.all("practitioner", 1)) >= 50
    assert store.tenants() == [1, 2]


def test_tenants_have_their_time_zones(spec: Spec) -> None:
    store = Store()
    seed_store(store, spec)
    zones = {t["tenant_id"]: t["time_zone"] for n in (1, 2) for t in store.all("tenant", n)}
    assert zones == {1: "Australia/Sydney", 2: "Europe/London"}


def test_every_write_bumps_only_its_tenants_generation() -> None:
    """The generation is what caches of derived data trust: an insert or update that left it
    unchanged would let a stale answer be served."""
    store = Store()
    store.define("thing", "thing_id")
    assert store.generation(1) == store.generation(2) == 0
    created = store.insert("thing", {"tenant_id": 1, "name": "a"})
    assert (store.generation(1), store.generation(2)) == (1, 0)
    store.update("thing", {**created, "name": "b"})
    assert (store.generation(1), store.generation(2)) == (2, 0)
    store.insert_many("thing", [{"tenant_id": 2}, {"tenant_id": 2}])
    assert (store.generation(1), store.generation(2)) == (2, 2)

"""The sorted index answers exactly what a full sort answers, after any sequence of writes.

The oracle is the path lists took before the index (and still take for scoped lists):
`filtering.apply`, then `listing.sort_records` by the default order, then by `sort_by`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig, listing, sort_index
from pracsuite_mock.embed import in_process_client
from pracsuite_mock.store import Store

FIELDS = ["a", "b", "c"]
DEFAULT = ["thing_id"]

# Values that sort natively (numbers with bools, or strings) and some that do not.
_plain = st.one_of(
    st.none(),
    st.integers(-3, 3),
    st.sampled_from(["", "a", "B", "b", "ab", "é"]),
)
_odd = st.one_of(st.floats(allow_nan=True), st.booleans(), st.lists(st.integers(0, 2), max_size=2))
_value = st.one_of(_plain, _plain, _plain, _odd)
_record = st.fixed_dictionaries({}, optional={f: _value for f in FIELDS})

_write = st.one_of(
    st.tuples(st.just("insert"), st.integers(1, 2), _record),
    st.tuples(st.just("update"), st.integers(0, 40), _record),
    st.tuples(st.just("read"), st.integers(1, 2), st.permutations(FIELDS)),
)


def _oracle(store: Store, tenant: int, sort_by: list[str]) -> list[dict[str, Any]]:
    records = listing.sort_records(store.all("thing", tenant), DEFAULT)
    return listing.sort_records(records, sort_by) if sort_by else records


def _uniform(records: list[dict[str, Any]], keys: tuple[str, ...]) -> bool:
    """Every key's values are all numbers or all strings (what an index must be able to hold)."""
    for key in keys:
        kinds = {sort_index._kind(r[key]) for r in records if r.get(key) is not None}
        if None in kinds or len(kinds) > 1:
            return False
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    seed=st.lists(st.tuples(st.integers(1, 2), _record), max_size=25),
    writes=st.lists(_write, max_size=25),
    sort_by=st.lists(st.sampled_from([*FIELDS, "thing_id"]), max_size=3, unique=True),
    page=st.integers(1, 4),
    page_size=st.integers(1, 10),
)
@example(seed=[(1, {"a": 1}), (1, {"a": "x"})], writes=[], sort_by=["a"], page=1, page_size=5)
@example(seed=[(1, {"a": 1}), (1, {})], writes=[("read", 1, ["a", "b", "c"])], sort_by=["a"],
         page=1, page_size=5)  # fmt: skip
def test_indexed_order_equals_full_sort_after_writes(
    seed: list[tuple[int, dict[str, Any]]],
    writes: list[tuple[str, int, Any]],
    sort_by: list[str],
    page: int,
    page_size: int,
) -> None:
    store = Store()
    store.define("thing", "thing_id")
    for tenant, record in seed:
        store.insert("thing", {**record, "tenant_id": tenant})
    for kind, n, arg in writes:
        if kind == "insert":
            store.insert("thing", {**arg, "tenant_id": n})
        elif kind == "update":
            existing = [r for t in (1, 2) for r in store.all("thing", t)]
            if existing:
                target = existing[n % len(existing)]
                store.update("thing", {**arg, "thing_id": target["thing_id"],
                                       "tenant_id": target["tenant_id"]})  # fmt: skip
        else:  # build an index now, so the writes after it must keep it in step
            store.ordered("thing", n, sort_index.order_keys(arg[:2], DEFAULT))
    keys = sort_index.order_keys(sort_by, DEFAULT)
    for tenant in (1, 2):
        expected = _oracle(store, tenant, sort_by)
        view = store.ordered("thing", tenant, keys)
        if view is None:
            assert not _uniform(expected, keys), "an indexable order was refused"
            continue
        assert list(view) == expected
        assert len(view) == len(expected)
        start = (page - 1) * page_size
        assert view[start : start + page_size] == expected[start : start + page_size]


def test_an_update_moves_the_record_and_a_mixed_value_drops_the_index() -> None:
    store = Store()
    store.define("thing", "thing_id")
    for name in ["c", "a", "b"]:
        store.insert("thing", {"tenant_id": 1, "a": name})
    keys = sort_index.order_keys(["a"], DEFAULT)
    view = store.ordered("thing", 1, keys)
    assert view is not None and [r["a"] for r in view] == ["a", "b", "c"]
    store.update("thing", {"thing_id": 1, "tenant_id": 1, "a": "0"})
    assert [r["a"] for r in view] == ["0", "a", "b"]
    store.update("thing", {"thing_id": 2, "tenant_id": 1, "a": 5})  # a number among strings
    assert store.ordered("thing", 1, keys) is None


def test_orders_per_collection_are_bounded() -> None:
    store = Store()
    store.define("thing", "thing_id")
    store.insert("thing", {"tenant_id": 1, "a": 1})
    orders = store._orders
    for i in range(sort_index.MAX_ORDERS + 10):
        store.ordered("thing", 1, (f"f{i}", "thing_id"))
    assert len(orders[("thing", 1)]._orders) == sort_index.MAX_ORDERS


def test_asking_an_empty_tenant_makes_no_tenant() -> None:
    store = Store()
    store.define("thing", "thing_id")
    view = store.ordered("thing", 7, ("thing_id",))
    assert view is not None and len(view) == 0
    assert store.is_empty() and store.tenants() == []


FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
SORTABLE = ["client_id", "first_name", "surname", "date_of_birth", "created", "modified"]


@pytest.fixture(scope="module")
def computed_client() -> Iterator[httpx.Client]:
    with in_process_client(MockConfig(answer_cache=False)) as c:
        yield c


@FAST
@given(
    sort=st.lists(st.sampled_from(SORTABLE), max_size=3, unique=True),
    page=st.integers(1, 8),
    page_size=st.integers(1, 30),
    surname_filter=st.sampled_from([None, "surname:contains:a", "client_id:gt:20"]),
    edit=st.one_of(st.none(), st.tuples(st.integers(1, 60), st.sampled_from(["Aa", "zz", "Mm"]))),
)
def test_patient_answers_over_http_equal_the_old_path(
    computed_client: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    sort: list[str],
    page: int,
    page_size: int,
    surname_filter: str | None,
    edit: tuple[int, str] | None,
) -> None:
    """The whole answer of the indexed list is the answer of the full sort over the same store."""
    params: dict[str, Any] = {"page": page, "page_size": page_size}
    if sort:
        params["sort_by"] = json.dumps(sort)
    if surname_filter:
        params["q[]"] = surname_filter
    computed_client.get("/patient", params=params)  # the index exists before the edit
    if edit is not None:
        computed_client.put(f"/patient/{edit[0]}", json={"surname": edit[1]})
    indexed = computed_client.get("/patient", params=params)
    with monkeypatch.context() as m:
        m.setattr(Store, "ordered", lambda *_: None)  # the old path: filter, then sort it all
        full = computed_client.get("/patient", params=params)
    assert indexed.status_code == full.status_code == 200
    assert indexed.json() == full.json()


def test_a_record_changed_in_place_before_its_update_is_still_moved() -> None:
    """A caller that edits the stored dict and then updates: its old key is lost, so the index
    finds the id by a scan rather than keep it twice or in the wrong place."""
    store = Store()
    store.define("thing", "thing_id")
    for name in ["c", "a", "b"]:
        store.insert("thing", {"tenant_id": 1, "a": name})
    keys = sort_index.order_keys(["a"], DEFAULT)
    view = store.ordered("thing", 1, keys)
    assert view is not None
    stored = store.get("thing", 1, 2)
    assert stored is not None
    stored["a"] = "z"  # "a" → "z" in place
    store.update("thing", dict(stored))
    assert [r["a"] for r in view] == ["b", "c", "z"]
    assert len(view) == 3

"""Sorted indexes of one tenant's records of one collection, kept in step with writes.

A list answered from an index costs O(log n + page) rather than a sort of the whole collection:
`Store.ordered` builds an index the first time a (collection, tenant, sort keys) is asked for,
and every insert or update of that tenant's records moves the one entry it changes.

The order is exactly `listing.sort_records` over the stored (id) order: lexicographic by each key,
a key's nulls after its values, ties in id order. An entry is a tuple of one component per key,
`(0, value)` or `(1,)` for null, then the record's id, so tuple comparison is that order.

`sort_records` compares a field's values as text when they are of types Python cannot order
against each other (a number and a string, two objects). An index holds only fields whose values
are all numbers (bools included) or all strings: a record that would break that (or a NaN, which
orders nothing) drops the index, and the list falls back to a full sort. The kinds seen only
widen, which is safe: an index built when a field was all strings stays correct.

An index is a plain list of record ids kept sorted with `bisect` (keys computed from the
records as it compares): an insert moves the tail by one slot (a memmove, microseconds at
100,000 records), slicing a page is O(page), and each order costs 8 bytes a record, so
`MAX_ORDERS` orders of 100,000 records hold about 50 MB. Building an order sorts the collection
once (about 0.3 s at 100,000 records), on the first list that asks for it.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

Record = dict[str, Any]
Entry = tuple[Any, ...]

# Sort orders kept per (collection, tenant); the least recently used is dropped beyond this, so
# a caller trying every permutation of the sortable fields cannot grow memory without bound.
MAX_ORDERS = 64

_NULL = (1,)


def _kind(value: Any) -> str | None:
    """'num' or 'str' for values an index can order natively; None for anything else."""
    if isinstance(value, str):
        return "str"
    if isinstance(value, int | float) and value == value:  # not NaN
        return "num"
    return None


class SortIndex:
    """One tenant's records of one collection in the order of `keys`: a list of record ids
    (8 bytes an entry, so many orders of a large collection stay small); a record's key is
    computed from the record when a write needs it."""

    def __init__(self, keys: tuple[str, ...], records: Mapping[int, Record]) -> None:
        self.keys = keys
        self.records = records  # the store's live mapping of the tenant's records, by id
        self.kinds: list[str | None] = [None] * len(keys)
        self.ids: list[int] = []

    @classmethod
    def build(cls, keys: tuple[str, ...], records: Mapping[int, Record]) -> SortIndex | None:
        index = cls(keys, records)
        entries: list[tuple[Entry, int]] = []
        for record_id, record in records.items():
            entry = index.entry(record_id, record)
            if entry is None:
                return None
            entries.append((entry, record_id))
        entries.sort()
        index.ids = [record_id for _, record_id in entries]
        return index

    def entry(self, record_id: int, record: Record) -> Entry | None:
        """The record's sort key, or None if a value cannot be ordered with the others."""
        parts: list[Any] = []
        for i, key in enumerate(self.keys):
            value = record.get(key)
            if value is None:
                parts.append(_NULL)
                continue
            kind = _kind(value)
            if kind is None or (self.kinds[i] is not None and self.kinds[i] != kind):
                return None
            self.kinds[i] = kind
            parts.append((0, value))
        parts.append(record_id)
        return tuple(parts)

    def _key_of(self, record_id: int) -> Entry:
        entry = self.entry(record_id, self.records[record_id])
        assert entry is not None  # every stored record was checked when it was placed
        return entry

    def put(self, record_id: int, old: Record | None, new: Record) -> bool:
        """Place a new or changed record (the store has already stored `new`); False when the
        index can no longer hold it. `old` is the record as it was, to find its place."""
        entry = self.entry(record_id, new)
        if entry is None:
            return False
        if old is not None:
            self._remove(record_id, old)
        # The store holds `new` already, so every key bisect compares against is current.
        at = bisect.bisect_left(self.ids, entry, key=self._key_of)
        self.ids.insert(at, record_id)
        return True

    def _remove(self, record_id: int, old: Record) -> None:
        before = self.entry(record_id, old)
        if before is not None:
            # Compare against the old key for this id, the stored keys for every other.
            def key(i: int) -> Entry:
                return before if i == record_id else self._key_of(i)

            at = bisect.bisect_left(self.ids, before, key=key)
            if at < len(self.ids) and self.ids[at] == record_id:
                del self.ids[at]
                return
        self.ids.remove(record_id)  # changed in place, so not where its old key says: scan

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, value: Any) -> int:
        """Where a record whose first key is `value` would go, before any equal one (None: the
        place of the first null, after every value)."""
        probe = _NULL if value is None else (0, value)
        return bisect.bisect_left(self.ids, probe, key=lambda i: self._key_of(i)[0])


class OrderedView(Sequence[Record]):
    """The records of an index in its order: `len` is O(1), a slice is O(slice)."""

    def __init__(self, index: SortIndex) -> None:
        self._index = index
        self._ids = index.ids
        self._records = index.records

    def position(self, value: Any) -> int:
        """`SortIndex.position`: a bisect by the first key, in the index's own order."""
        return self._index.position(value)

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, where: Any) -> Any:
        if isinstance(where, slice):
            return [self._records[i] for i in self._ids[where]]
        return self._records[self._ids[where]]

    def __iter__(self) -> Iterator[Record]:
        return (self._records[i] for i in self._ids)


class TenantOrders:
    """The indexes of one (collection, tenant): at most `MAX_ORDERS`, least recently used out."""

    def __init__(self) -> None:
        self._orders: OrderedDict[tuple[str, ...], SortIndex] = OrderedDict()

    def get(self, keys: tuple[str, ...], records: Mapping[int, Record]) -> SortIndex | None:
        found = self._orders.get(keys)
        if found is not None:
            self._orders.move_to_end(keys)
            return found
        built = SortIndex.build(keys, records)
        if built is not None:
            self._orders[keys] = built
            while len(self._orders) > MAX_ORDERS:
                self._orders.popitem(last=False)
        return built

    def put(self, record_id: int, old: Record | None, new: Record) -> None:
        for keys, index in list(self._orders.items()):
            if not index.put(record_id, old, new):
                del self._orders[keys]


def order_keys(sort_by: Sequence[str], default: Sequence[str]) -> tuple[str, ...]:
    """The keys of `sort_by` then the default order, each once: a repeated key never decides."""
    return tuple(dict.fromkeys([*sort_by, *default]))

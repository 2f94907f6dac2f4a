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

Entries live in a plain sorted list with `bisect`: an insert moves the tail by one slot (a
memmove, microseconds at 100,000 records), slicing a page is O(page).
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
MAX_ORDERS = 24

_NULL = (1,)


def _kind(value: Any) -> str | None:
    """'num' or 'str' for values an index can order natively; None for anything else."""
    if isinstance(value, str):
        return "str"
    if isinstance(value, int | float) and value == value:  # not NaN
        return "num"
    return None


class SortIndex:
    """One tenant's records of one collection in the order of `keys`."""

    def __init__(self, keys: tuple[str, ...], id_field: str) -> None:
        self.keys = keys
        self.id_field = id_field
        self.kinds: list[str | None] = [None] * len(keys)
        self.entries: list[Entry] = []
        self.by_id: dict[int, Entry] = {}

    @classmethod
    def build(
        cls, keys: tuple[str, ...], id_field: str, records: Mapping[int, Record]
    ) -> SortIndex | None:
        index = cls(keys, id_field)
        entries: list[Entry] = []
        for record_id, record in records.items():
            entry = index._entry(record_id, record)
            if entry is None:
                return None
            entries.append(entry)
            index.by_id[record_id] = entry
        entries.sort()
        index.entries = entries
        return index

    def _entry(self, record_id: int, record: Record) -> Entry | None:
        """The record's entry, or None if a value cannot be ordered with the others."""
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

    def put(self, record_id: int, record: Record) -> bool:
        """Insert or move the record's entry; False when the index can no longer hold it."""
        entry = self._entry(record_id, record)
        if entry is None:
            return False
        old = self.by_id.get(record_id)
        if old is not None:
            if old == entry:
                return True
            del self.entries[bisect.bisect_left(self.entries, old)]
        bisect.insort(self.entries, entry)
        self.by_id[record_id] = entry
        return True

    def __len__(self) -> int:
        return len(self.entries)

    def ids(self, start: int, stop: int) -> list[int]:
        return [entry[-1] for entry in self.entries[start:stop]]

    def all_ids(self) -> Iterator[int]:
        return (entry[-1] for entry in self.entries)


class OrderedView(Sequence[Record]):
    """The records of an index in its order: `len` is O(1), a slice is O(slice)."""

    def __init__(self, index: SortIndex, records: Mapping[int, Record]) -> None:
        self._index = index
        self._records = records

    def __len__(self) -> int:
        return len(self._index)

    def __getitem__(self, where: Any) -> Any:
        if isinstance(where, slice):
            start, stop, step = where.indices(len(self._index))
            if step != 1:
                raise ValueError("an ordered view slices with step 1 only")
            return [self._records[i] for i in self._index.ids(start, stop)]
        return self._records[self._index.entries[where][-1]]

    def __iter__(self) -> Iterator[Record]:
        return (self._records[i] for i in self._index.all_ids())


class TenantOrders:
    """The indexes of one (collection, tenant): at most `MAX_ORDERS`, least recently used out."""

    def __init__(self) -> None:
        self._orders: OrderedDict[tuple[str, ...], SortIndex] = OrderedDict()

    def get(
        self, keys: tuple[str, ...], id_field: str, records: Mapping[int, Record]
    ) -> SortIndex | None:
        found = self._orders.get(keys)
        if found is not None:
            self._orders.move_to_end(keys)
            return found
        built = SortIndex.build(keys, id_field, records)
        if built is not None:
            self._orders[keys] = built
            while len(self._orders) > MAX_ORDERS:
                self._orders.popitem(last=False)
        return built

    def put(self, record_id: int, record: Record) -> None:
        for keys, index in list(self._orders.items()):
            if not index.put(record_id, record):
                del self._orders[keys]


def order_keys(sort_by: Sequence[str], default: Sequence[str]) -> tuple[str, ...]:
    """The keys of `sort_by` then the default order, each once: a repeated key never decides."""
    return tuple(dict.fromkeys([*sort_by, *default]))

"""List Available Appointments and Get Next Available Appointment: the engine over the store.

The engine's index (`AvailabilityData`) of a tenant is built once (reading a day's bookings from
the store's app_time index when a search first reads that day: `StoreBookings`) and reused
while it is tagged with the tenant's current `Store.generation`: every insert or update of the tenant's records
bumps it. The index watches the store's writes (`Store.watch`) and keeps itself current in
place (`AvailabilityData.write`), dropping or recomputing only what a write touches: a booking
moves between its days; a roster or an unavailable block changes one practitioner's times; a
practitioner, link, appointment type, duration rule or resource renews the candidate lists;
an account is replaced; a write to a collection the index does not read (a patient, a note's
text, …) changes nothing. Each such write re-tags the index with the new generation. A write
it cannot apply (a record it cannot read) drops the index, so the next search rebuilds it, as
does a `Store.put`, which tells no watcher. The generation is read BEFORE the records: a write
that lands during a build leaves the index tagged older than it is, so the next search
rebuilds; it can never tag stale records as current. Searches and in-place writes hold one
lock (and the store's before it, as writes do), so a search never reads a half-applied write. One index per tenant, at most
`MAX_TENANTS` tenants per store (the least recently searched is dropped first); the `MockState`
that owns the store owns its indexes (they hold the store by a weak reference only).
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, cast

import orjson
from starlette.responses import Response

from .. import availability as engine
from .. import listing
from ..errors import BadRequest
from ..sort_index import OrderedView
from ..store import Record, Store
from .context import Context
from .generic import list_response, page_request

MAX_TENANTS = 64
# The collections an index reads; a write to any other one leaves it current.
READS = frozenset(
    {
        "practitioner",
        "practitioner_business",
        "appointment_type",
        "roster",
        "duration_rule",
        "unavailable_block",
        "resource",
        "account",
        "appointment",
    }
)
Shape = Callable[[Record], Record]


class AvailabilityIndexes:
    """The index of each tenant of one store, with the generation it was built at."""

    def __init__(self, store: Store, max_tenants: int = MAX_TENANTS) -> None:
        self._store = weakref.ref(store)
        self._max = max_tenants
        self.lock = threading.RLock()  # held by searches and by in-place writes
        self._built: OrderedDict[int, tuple[int, engine.AvailabilityData]] = OrderedDict()
        self.builds = 0  # how many indexes were built: tests see reuse through it
        self.patches = 0  # how many writes were applied in place
        store.watch(self._written)

    def _written(
        self, collection: str, tenant_id: int, old: Record | None, new: Record, generation: int
    ) -> None:
        with self.lock:
            found = self._built.get(tenant_id)
            if found is None or found[0] != generation - 1:  # none, or already stale
                return
            data = found[1]
            if collection not in READS or data.write(collection, old, new):
                self._built[tenant_id] = (generation, data)
                self.patches += 1
            else:  # partly applied, perhaps: never to be used again
                del self._built[tenant_id]

    @property
    def store_lock(self) -> AbstractContextManager[Any]:
        store = self._store()
        assert store is not None, "the store of these indexes is gone"
        return store.lock

    def get(self, tenant_id: int) -> engine.AvailabilityData:
        store = self._store()
        assert store is not None, "the store of these indexes is gone"
        generation = store.generation(tenant_id)  # before reading: see the module's docstring
        with self.lock:
            found = self._built.get(tenant_id)
            if found is not None and found[0] == generation:
                self._built.move_to_end(tenant_id)
                return found[1]
        data = build(store, tenant_id)
        with self.lock:
            self.builds += 1
            current = self._built.get(tenant_id)
            if current is None or current[0] <= generation:  # never replace a newer one
                self._built[tenant_id] = (generation, data)
                self._built.move_to_end(tenant_id)
                while len(self._built) > self._max:
                    self._built.popitem(last=False)
        return data


class StoreBookings:
    """A tenant's bookings as the engine asks for them (`engine.BookingSource`), read from the
    store's sorted indexes of `app_time` and of `duration`, which the store keeps in step with
    writes: a day's bookings are a bisect and a slice, so a build never passes over the book."""

    def __init__(self, store: Store, tenant_id: int) -> None:
        self._store, self._tenant_id = store, tenant_id

    @classmethod
    def of(cls, store: Store, tenant_id: int) -> StoreBookings | None:
        """None when the store cannot index the fields (values of mixed types)."""
        for keys in (("app_time",), ("duration",)):
            if store.ordered("appointment", tenant_id, keys) is None:
                return None
        return cls(store, tenant_id)

    def _view(self, key: str) -> OrderedView:
        view = self._store.ordered("appointment", self._tenant_id, (key,))
        if view is None:  # a write since `of` stored a value of another type
            raise engine.InvalidAvailabilityData(f"appointment {key}s cannot be indexed")
        return view

    def starting(self, first: str, last: str) -> list[Record]:
        view = self._view("app_time")
        return cast(list[Record], view[view.position(first) : view.position(last)])

    def longest(self) -> int:
        view = self._view("duration")
        # Nulls sort last: the longest is the last non-null value.
        end = view.position(None)
        return int(view[end - 1]["duration"]) if end else 0


def build(store: Store, tenant_id: int, *, lazy: bool = True) -> engine.AvailabilityData:
    """A fresh index of the tenant's records. Removed appointments free their time; every other
    entry (a booking, a reservation, a note, a rule out) books it, whatever its `cancelled`.
    Bookings are read day by day from the store's indexes (`StoreBookings`) when it can index
    them, else (or with `lazy=False`, the tests' oracle) all at once."""

    def records(collection: str) -> list[Record]:
        return store.all(collection, tenant_id)

    bookings = StoreBookings.of(store, tenant_id) if lazy else None
    return engine.AvailabilityData(
        practitioners=records("practitioner"),
        practitioner_businesses=records("practitioner_business"),
        appointment_types=records("appointment_type"),
        rosters=records("roster"),
        duration_rules=records("duration_rule"),
        unavailable_blocks=records("unavailable_block"),
        resources=records("resource"),
        accounts=records("account"),
        appointments=records("appointment") if bookings is None else (),
        bookings=bookings,
        free_when="removed",
    )


def _query(ctx: Context) -> engine.AvailabilityQuery:
    q = ctx.inputs.query
    return engine.AvailabilityQuery(
        from_date=dt.date.fromisoformat(q["from"]),
        to_date=dt.date.fromisoformat(q["to"]),
        appointment_type_id=q["appointment_type_id"],
        client_id=q.get("client_id"),
        account_id=q.get("account_id"),
        business_ids=tuple(q.get("business_ids") or ()),
        practitioner_ids=tuple(q.get("practitioner_ids") or ()),
        profession_ids=tuple(q.get("profession_ids") or ()),
        resource_ids=tuple(q.get("resource_ids") or ()),
        manual=q.get("manual"),
        online=q.get("online"),
        waiting_list=q.get("waiting_list"),
    )


def _search(ctx: Context, next_only: bool) -> Response:
    query = _query(ctx)
    indexes = ctx.availability
    # The store's lock first, as writes take it before telling the index: a search reads the
    # store's indexes (a day's bookings) while it holds the index's lock.
    with indexes.store_lock, indexes.lock:
        data = indexes.get(ctx.tenant_id)
        try:
            found = (engine.find_next if next_only else engine.find)(data, query)
        except engine.InvalidAvailabilityQuery as exc:
            raise BadRequest(f"{exc.field}: {exc.message}") from None
        if ctx.inputs.filters:  # none in today's spec; if the spec adds some, they read items
            return list_response(ctx, [dict(t) for t in found.rendered()], sort=False, shape=dict)
        return _page(ctx, found)


def _page(ctx: Context, found: engine.Found) -> Response:
    """The page's answer, its items encoded straight from the keys it shows (the same bytes as
    `list_response` of the rendered times: `tests/mock/test_availability_render.py`)."""
    op, page = ctx.operation, page_request(ctx)
    total = len(found)
    start = (page.page - 1) * page.page_size
    keys = found.page(start, start + page.page_size) if start < total else []
    items = found.encode(keys, start + 1, total if op.items_with_meta else None)
    if items is None:  # fields orjson cannot encode: render the dicts
        every = cast(list[Record], found.keys)
        return list_response(ctx, every, sort=False, shape=cast(Shape, found.render))
    links = listing.page_links(page, ctx.url, total)
    body = b"".join(
        (
            b"{" + orjson.dumps(op.items_key or "data") + b":",
            items,
            b',"total_entries":%d,"links":' % total,
            orjson.dumps(links),
            b"}",
        )
    )
    return Response(body, media_type="application/json")


async def list_available(ctx: Context) -> Response:
    return _search(ctx, next_only=False)


async def next_available(ctx: Context) -> Response:
    return _search(ctx, next_only=True)

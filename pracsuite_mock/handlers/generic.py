"""List, get and create, for any operation whose records are plain store records.

The collection comes from the schema the operation answers; a path parameter of a list names a
parent (`/profession/{profession_id}/appointment`): an unknown parent answers 404, and the
items are those whose field equals it, or those the parent lists in `<field>s`
(`/appointment/{appointment_id}/resource` → the appointment's `resource_ids`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from starlette.responses import Response

from .. import filtering, listing, sort_index
from ..categories import Category
from ..errors import NotFound
from ..registry import noun_of
from ..responses import JSONResponse
from ..store import Record
from .context import Context, now_stamp

Visible = Callable[[Context, Record], bool]


def parent_of(ctx: Context, param: str) -> tuple[str, str] | None:
    """The collection and noun whose id field is this path parameter's name."""
    for name in ctx.store.names():
        if ctx.store.id_field(name) == param:
            return name, noun_of(name)
    return None


def scoped_records(ctx: Context, collection: str, visible: Visible | None = None) -> list[Record]:
    records = ctx.store.all(collection, ctx.tenant_id)
    for param, value in ctx.inputs.path.items():
        parent = parent_of(ctx, param)
        parent_record = None
        if parent is not None:
            parent_record = ctx.find(parent[0], value)
            if parent_record is None or (
                parent[0] == "appointment" and not _is_entry_of(ctx, parent_record)
            ):
                raise NotFound.record(parent[1], value)
        id_field = ctx.store.id_field(collection) or ""
        listed = parent_record.get(f"{id_field}s") if parent_record else None
        if isinstance(listed, list):
            wanted = set(listed)
            records = [r for r in records if r.get(id_field) in wanted]
        else:
            records = [r for r in records if r.get(param) == value]
    if visible is not None:
        records = [r for r in records if visible(ctx, r)]
    return records


# A book entry's collection in the path names its category (`/group_appointment/{id}/…`).
PATH_CATEGORIES = {
    "group_appointment": Category.GROUP,
    "note": Category.NOTE,
    "rule_out": Category.RULE_OUT,
}


def _is_entry_of(ctx: Context, record: Record) -> bool:
    """The parent entry is of the category the path names, and not removed."""
    wanted = PATH_CATEGORIES.get(ctx.operation.path.strip("/").split("/")[0], Category.PATIENT)
    return record.get("category") == wanted and not record.get("removed")


def list_response(
    ctx: Context,
    records: list[Record],
    *,
    sort: bool = True,
    shape: Callable[[Record], Record] | None = None,
) -> Response:
    records = filtering.apply(records, ctx.inputs.filters)
    if sort:
        default = _default_sort(ctx)
        records = listing.sort_records(records, default)
        sort_by = _sort_by(ctx)
        if sort_by:
            records = listing.sort_records(records, sort_by)
    return page_response(ctx, records, shape)


def page_response(
    ctx: Context, records: Sequence[Record], shape: Callable[[Record], Record] | None = None
) -> Response:
    """One page of records already filtered and in order."""
    op = ctx.operation
    page = page_request(ctx)
    schema_name = op.success_schema_name
    items, total, links = listing.paginate(
        records,
        page,
        ctx.url,
        shape or (lambda r: ctx.show(r, schema_name)),
        with_meta=op.items_with_meta,
    )
    return JSONResponse({op.items_key or "data": items, "total_entries": total, "links": links})


def page_request(ctx: Context) -> listing.PageRequest:
    """The page the request asks for (the spec's defaults when not given)."""
    return listing.PageRequest(
        int(ctx.inputs.query.get("page", _default(ctx, "page", 1))),
        int(ctx.inputs.query.get("page_size", _default(ctx, "page_size", 50))),
    )


def _default_sort(ctx: Context) -> list[str]:
    id_field = ctx.store.id_field(ctx.resource().collection)
    return list(ctx.operation.default_sort or ([id_field] if id_field else []))


def _sort_by(ctx: Context) -> list[str]:
    sort_by = ctx.inputs.query.get("sort_by")
    return [str(k) for k in sort_by] if sort_by else []


def _default(ctx: Context, name: str, fallback: int) -> int:
    param = ctx.operation.param(name)
    value = (param.schema.get("default") if param else None) or fallback
    return int(value)


async def list_records(ctx: Context) -> Response:
    collection = ctx.resource().collection
    if not ctx.inputs.path:  # a whole collection: read it in order from a sorted index
        keys = sort_index.order_keys(_sort_by(ctx), _default_sort(ctx))
        ordered = ctx.store.ordered(collection, ctx.tenant_id, keys)
        if ordered is not None:
            filters = ctx.inputs.filters
            if not filters:  # O(log n + page), and total_entries is the index's length
                return page_response(ctx, ordered)
            # A filter scans the collection in index order: O(n), but no sort.
            return page_response(ctx, [r for r in ordered if all(f.matches(r) for f in filters)])
    return list_response(ctx, scoped_records(ctx, collection))


async def get_record(ctx: Context) -> Response:
    res = ctx.resource()
    record_id = next(iter(ctx.inputs.path.values()))
    record = ctx.require(res.collection, record_id, res.noun)
    return JSONResponse(ctx.show_single(record))


async def create_record(ctx: Context) -> Response:
    res = ctx.resource()
    body = ctx.inputs.body if isinstance(ctx.inputs.body, dict) else {}
    stamp = now_stamp()
    record = ctx.store.insert(
        res.collection, {**body, "tenant_id": ctx.tenant_id, "created": stamp, "modified": stamp}
    )
    status, _ = ctx.operation.success
    return JSONResponse(ctx.show(record), status_code=status)

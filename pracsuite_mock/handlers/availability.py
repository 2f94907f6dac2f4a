"""List Available Appointments and Get Next Available Appointment: the engine over the store."""

from __future__ import annotations

import datetime as dt

from starlette.responses import Response

from .. import availability as engine
from ..errors import BadRequest
from .context import Context
from .generic import list_response

COLLECTIONS = {
    "practitioners": "practitioner",
    "practitioner_businesses": "practitioner_business",
    "appointment_types": "appointment_type",
    "rosters": "roster",
    "duration_rules": "duration_rule",
    "unavailable_blocks": "unavailable_block",
    "resources": "resource",
    "accounts": "account",
}


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
    records = {
        key: ctx.store.all(collection, ctx.tenant_id) for key, collection in COLLECTIONS.items()
    }
    # Removed appointments free their time; every other entry (reservations, rule outs) books it.
    booked = [
        {**a, "cancelled": False}
        for a in ctx.store.all("appointment", ctx.tenant_id)
        if not a.get("removed")
    ]
    data = engine.AvailabilityData(
        **records, appointments=booked, window=(query.from_date, query.to_date)
    )
    try:
        found = (engine.next_available if next_only else engine.search)(data, query)
    except engine.InvalidAvailabilityQuery as exc:
        raise BadRequest(f"{exc.field}: {exc.message}") from None
    return list_response(ctx, [dict(t) for t in found], sort=False, shape=dict)


async def list_available(ctx: Context) -> Response:
    return _search(ctx, next_only=False)


async def next_available(ctx: Context) -> Response:
    return _search(ctx, next_only=True)

"""Create and edit patients. The body spells the zone `timezone`; the record, `time_zone`."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..responses import JSONResponse
from ..store import Record
from .context import Context, now_stamp

BODY_TO_RECORD = {"timezone": "time_zone"}
REFERENCES = {"sex_id": "sex", "pronoun_id": "pronoun"}


def _apply(ctx: Context, record: Record, body: dict[str, Any]) -> None:
    for field, value in body.items():
        record[BODY_TO_RECORD.get(field, field)] = value
    for field, collection in REFERENCES.items():
        if body.get(field) is not None:
            ctx.require_field(collection, field, body[field])
    if body.get("fee_cat_id") is not None:
        fee = ctx.require_field("fee_category", "fee_cat_id", body["fee_cat_id"])
        record["fee_category"] = fee.get("description")
    if body.get("default_practitioner_business_id") is not None:
        ctx.require_field(
            "practitioner_business",
            "default_practitioner_business_id",
            body["default_practitioner_business_id"],
        )


async def create_patient(ctx: Context) -> Response:
    body: dict[str, Any] = ctx.inputs.body
    stamp = now_stamp()
    record: Record = {"tenant_id": ctx.tenant_id, "created": stamp, "modified": stamp}
    record.update({"accepted_privacy_policy": None, "time_zone": None})
    _apply(ctx, record, body)
    patient = ctx.store.insert("patient", record)
    ctx.store.insert(
        "account",
        {
            "tenant_id": ctx.tenant_id,
            "client_id": patient["client_id"],
            "fee_category_id": patient.get("fee_cat_id"),
            "description": f"{patient['first_name']} {patient['surname']}",
            "created": stamp,
            "modified": stamp,
        },
    )
    return JSONResponse(ctx.show(patient), status_code=201)


async def edit_patient(ctx: Context) -> Response:
    client_id = next(iter(ctx.inputs.path.values()))
    record = dict(ctx.require("patient", client_id, "Patient"))
    _apply(ctx, record, ctx.inputs.body)
    record["modified"] = now_stamp(record.get("modified"))
    ctx.store.update("patient", record)
    return JSONResponse(ctx.show(record))

"""Create Clinical Note Memo: a memo on a patient's clinical notes."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from starlette.responses import Response

from ..errors import FieldIssue, InvalidBody
from ..responses import JSONResponse
from .context import Context, now_stamp


async def create_clinical_note_memo(ctx: Context) -> Response:
    body: dict[str, Any] = ctx.inputs.body
    client_id = body["client_id"]
    ctx.require_field("patient", "client_id", client_id)
    for n, tag_id in enumerate(body.get("tag_ids") or []):
        if ctx.find("tag", tag_id) is None:
            raise InvalidBody([FieldIssue(f"tag_ids.{n}", "The selected tag_ids is invalid.")])
    for n, attachment_id in enumerate(body.get("attachment_client_ids") or []):
        found = ctx.find("patient_attachment", attachment_id)
        if found is None or found.get("client_id") != client_id:
            field = f"attachment_client_ids.{n}"
            raise InvalidBody([FieldIssue(field, "The selected attachment_client_ids is invalid.")])
    tenant = ctx.find("tenant", ctx.tenant_id) or {}
    zone = zoneinfo.ZoneInfo(str(tenant.get("time_zone") or "UTC"))
    memo_time = body.get("memo_time") or dt.datetime.now(zone).strftime("%Y-%m-%dT%H:%M:%S")
    stamp = now_stamp()
    record = ctx.store.insert(
        "clinical_note_memo",
        {
            **body,
            "tenant_id": ctx.tenant_id,
            "memo_time": memo_time,
            "created": stamp,
            "modified": stamp,
        },
    )
    return JSONResponse(ctx.show(record), status_code=201)

"""Operations known from the links inside records (`x-inferred-from` in the spec) that the
generic handlers cannot serve: the resources of a note or group appointment, the attachments of
a folder, and an attachment's download (302 to a presigned URL) and presigned URL."""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import quote

from starlette.responses import Response

from ..categories import Category
from ..errors import NotFound
from ..responses import JSONResponse
from ..store import Record
from .context import Context, Handler
from .generic import list_response

STORAGE = "https://storage.example.com/attachments"
PRESIGN_SECONDS = 900


def entry_resources(category: Category, noun: str) -> Handler:
    """The list handler of the resources of a book entry of `category` (404 naming `noun`)."""

    async def handler(ctx: Context) -> Response:
        appointment_id = ctx.inputs.path["appointment_id"]
        entry = ctx.find("appointment", appointment_id)
        if entry is None or entry.get("category") != category or entry.get("removed"):
            raise NotFound.record(noun, appointment_id)
        wanted = set(entry.get("resource_ids") or [])
        resources = ctx.store.all("resource", ctx.tenant_id)
        return list_response(ctx, [r for r in resources if r.get("resource_id") in wanted])

    return handler


async def list_folder_attachments(ctx: Context) -> Response:
    folder_id = ctx.inputs.path["patient_attachment_folder_id"]
    ctx.require("patient_attachment_folder", folder_id, "Patient Attachment Folder")
    attachments = ctx.store.all("patient_attachment", ctx.tenant_id)
    return list_response(
        ctx, [a for a in attachments if a.get("attachment_client_folder_id") == folder_id]
    )


def _attachment(ctx: Context) -> Record:
    return ctx.require(
        "patient_attachment", ctx.inputs.path["patient_attachment_id"], "Patient Attachment"
    )


def _presigned(ctx: Context, record: Record) -> tuple[str, str]:
    """A short-lived storage URL for the file (never served by the mock) and its expiry."""
    expires = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=PRESIGN_SECONDS)
    stamp = expires.strftime("%Y-%m-%dT%H:%M:%SZ")
    key = f"{ctx.tenant_id}/{record['attachment_client_id']}/{record.get('file_name') or 'file'}"
    signature = hashlib.sha256(f"{key}|{stamp}".encode()).hexdigest()
    url = f"{STORAGE}/{quote(key)}?X-Amz-Expires={PRESIGN_SECONDS}&X-Amz-Signature={signature}"
    return url, stamp


async def attachment_content(ctx: Context) -> Response:
    url, _ = _presigned(ctx, _attachment(ctx))
    return Response(status_code=302, headers={"location": url})


async def attachment_presign_url(ctx: Context) -> Response:
    record = _attachment(ctx)
    url, expires = _presigned(ctx, record)
    file_name = record.get("file_name") or f"attachment-{record['attachment_client_id']}"
    return JSONResponse({"url": url, "expires": expires, "file_name": file_name})

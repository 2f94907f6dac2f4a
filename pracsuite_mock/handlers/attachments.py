"""Attachments: step one of an upload (a presigned POST), the download redirect and the download
URL, all pointing at the storage emulation (`storage.py`), and what a completed upload becomes.

The presigned POST's key is `temp/<tenant>/<client_id>/<uuid>/<file_name>`, the guide's
`temp/…/<uuid>/<file_name>` shape; the policy's signature binds it, so when storage accepts the
upload the key says whose file it is. The attachment record appears as soon as storage has
answered 204 (the spec marks that as an assumption). Seeded attachments have no uploaded bytes;
on first download a placeholder of their `file_size` is stored, so every attachment downloads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import PurePosixPath

from starlette.responses import Response

from ..responses import JSONResponse
from ..storage import Stored
from ..store import Record, Store
from .context import Context, now_stamp

UPLOAD_PREFIX = "temp"


async def create_upload(ctx: Context) -> Response:
    client_id = ctx.inputs.path["client_id"]
    ctx.require("patient", client_id, "Patient")
    body = ctx.inputs.body if isinstance(ctx.inputs.body, dict) else {}
    key = f"{UPLOAD_PREFIX}/{ctx.tenant_id}/{client_id}/{uuid.uuid4()}/{body['file_name']}"
    status, _ = ctx.operation.success
    return JSONResponse(ctx.storage.presign_post(ctx.origin, key), status_code=status)


async def on_upload(store: Store, stored: Stored) -> None:
    """Storage accepted an upload: the file becomes the patient's attachment."""
    _, tenant, client_id, _, file_name = stored.key.split("/", 4)
    stamp = now_stamp()
    store.insert(
        "patient_attachment",
        {
            "tenant_id": int(tenant),
            "client_id": int(client_id),
            "attachment_client_folder_id": None,
            "file_name": file_name,
            "file_type": PurePosixPath(file_name).suffix.lstrip(".").lower() or None,
            "file_size": stored.size,
            "file_date": dt.date.today().isoformat(),
            "description": None,
            "user_id": None,
            "content_type": stored.content_type,
            "storage_key": stored.key,
            "created": stamp,
            "modified": stamp,
        },
    )
    await store.flushed()


def _attachment(ctx: Context) -> Record:
    return ctx.require(
        "patient_attachment", ctx.inputs.path["patient_attachment_id"], "Patient Attachment"
    )


def _file_name(record: Record) -> str:
    return str(record.get("file_name") or f"attachment-{record['attachment_client_id']}")


def _download_url(ctx: Context, record: Record) -> tuple[str, str]:
    key = record.get("storage_key")
    if not key:  # a seeded attachment: a placeholder of its size, stored once
        key = f"attachments/{ctx.tenant_id}/{record['attachment_client_id']}/{_file_name(record)}"
        if not ctx.storage.has(key):
            ctx.storage.put(key, _placeholder(record), "application/octet-stream")
    return ctx.storage.presign_get(ctx.origin, str(key))


def _placeholder(record: Record) -> bytes:
    head = f"PracSuite mock attachment {record['attachment_client_id']}\n".encode()
    size = int(record.get("file_size") or len(head))
    return (head * (size // len(head) + 1))[:size]


async def attachment_content(ctx: Context) -> Response:
    url, _ = _download_url(ctx, _attachment(ctx))
    return Response(status_code=302, headers={"location": url})


async def attachment_presign_url(ctx: Context) -> Response:
    record = _attachment(ctx)
    url, expires = _download_url(ctx, record)
    return JSONResponse({"url": url, "expires": expires, "file_name": _file_name(record)})

"""Operations known from the links inside records (`x-inferred-from` in the spec) that the
generic handlers cannot serve: the resources of a note or group appointment and the attachments
of a folder (an attachment's download and presigned URL are in `attachments`)."""

from __future__ import annotations

from starlette.responses import Response

from ..categories import Category
from ..errors import NotFound
from .context import Context, Handler
from .generic import list_response


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

"""A patient's own records addressed under the patient: the path's patient must exist (404), and
a record under it must belong to it (another patient's account is as unknown as a missing one)."""

from __future__ import annotations

from starlette.responses import Response

from ..errors import NotFound
from ..responses import JSONResponse
from .context import Context


async def get_patient_account(ctx: Context) -> Response:
    client_id = ctx.inputs.path["client_id"]
    account_id = ctx.inputs.path["account_id"]
    ctx.require("patient", client_id, "Patient")
    account = ctx.find("account", account_id)
    if account is None or account.get("client_id") != client_id:
        raise NotFound.record("Patient Account", account_id)
    return JSONResponse(ctx.show_single(account))

"""The appointment book: create, edit, reserve and remove appointments, and the lists' views.

All entries live in one `appointment` collection with a `category` (Patient, Reserved, Rule Out,
Note, Group). Appointment lists and Get Appointment show only patient appointments that are not
removed; the appointment book shows every entry not removed. Remove Appointment marks the record
`removed` (and `cancelled` when `record_as_cancelled`, the default), so the availability engine
frees its time; removing it again answers 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from ..categories import Category
from ..errors import FieldIssue, InvalidBody, NotFound
from ..responses import JSONResponse
from ..store import Record
from .context import Context, Handler, now_stamp
from .generic import Visible, list_response, scoped_records


def is_patient_appointment(_: Context, record: Record) -> bool:
    return record.get("category") == Category.PATIENT and not record.get("removed")


def in_book(_: Context, record: Record) -> bool:
    return not record.get("removed")


async def list_appointments(ctx: Context) -> Response:
    return list_response(ctx, scoped_records(ctx, "appointment", is_patient_appointment))


BOOK_PATHS: dict[str, str] = {
    Category.PATIENT: "appointment",
    Category.GROUP: "group_appointment",
    Category.NOTE: "note",
}


async def list_appointment_book(ctx: Context) -> Response:
    def shape(record: Record) -> Record:
        shown = ctx.show(record)
        base = ctx.shaper.base_url
        category = str(record.get("category"))
        path = f"{base}/{BOOK_PATHS.get(category, 'rule_out')}/{record['appointment_id']}"
        links: dict[str, str] = {"self": path}
        if category != Category.RULE_OUT:
            links["resources"] = f"{path}/resource"
        if category == Category.GROUP:
            links["appointment_clients"] = f"{path}/appointment_client"
        shown["links"] = links
        return shown

    return list_response(ctx, scoped_records(ctx, "appointment", in_book), shape=shape)


def _appointment(ctx: Context) -> Record:
    appointment_id = ctx.inputs.path["appointment_id"]
    record = ctx.find("appointment", appointment_id)
    if record is None or not is_patient_appointment(ctx, record):
        raise NotFound.record("Appointment", appointment_id)
    return record


async def get_appointment(ctx: Context) -> Response:
    return JSONResponse(ctx.show_single(_appointment(ctx)))


def _check_resources(ctx: Context, ids: list[int] | None) -> None:
    for n, resource_id in enumerate(ids or []):
        if ctx.find("resource", resource_id) is None:
            raise InvalidBody(
                [FieldIssue(f"resource_ids.{n}", "The selected resource_ids is invalid.")]
            )


def _practitioner_at(ctx: Context, practitioner_id: int, business_id: int) -> Record | None:
    """The practitioner_business link of a practitioner at a business, if they work there."""
    return next(
        (
            pb
            for pb in ctx.store.all("practitioner_business", ctx.tenant_id)
            if pb["practitioner_id"] == practitioner_id and pb["business_id"] == business_id
        ),
        None,
    )


def _link_fields(ctx: Context, link: Record) -> dict[str, Any]:
    practitioner = ctx.find("practitioner", link["practitioner_id"]) or {}
    return {
        "practitioner_business_id": link["practitioner_business_id"],
        "practitioner_id": link["practitioner_id"],
        "business_id": link["business_id"],
        "profession_id": practitioner.get("profession_id"),
    }


async def create_appointment(ctx: Context) -> Response:
    body: dict[str, Any] = ctx.inputs.body
    ctx.require_field("patient", "client_id", body["client_id"])
    account = ctx.require_field("account", "account_id", body["account_id"])
    if account.get("client_id") != body["client_id"]:
        raise InvalidBody(
            [FieldIssue("account_id", "The account_id must belong to the client_id.")]
        )
    kind = ctx.require_field("appointment_type", "appointment_type_id", body["appointment_type_id"])
    link = ctx.require_field(
        "practitioner_business", "practitioner_business_id", body["practitioner_business_id"]
    )
    # appointment_status_id: statuses are not modelled; any positive id is accepted
    for field, collection in (("item_id", "item"),):
        if body.get(field) is not None:
            ctx.require_field(collection, field, body[field])
    _check_resources(ctx, body.get("resource_ids"))
    stamp = now_stamp()
    record: Record = {
        "tenant_id": ctx.tenant_id,
        "client_id": body["client_id"],
        "account_id": body["account_id"],
        "appointment_type_id": body["appointment_type_id"],
        "app_time": body["app_time"],
        "duration": body["duration"],
        "description": kind.get("description"),
        "appointment_status_id": body.get("appointment_status_id"),
        "category": Category.PATIENT,
        "notes": None,
        "item_id": body.get("item_id", kind.get("item_id")),
        "item_group_id": body.get("item_group_id"),
        "resource_ids": list(body.get("resource_ids") or kind.get("resource_ids") or []),
        "telehealth_patient_link": None,
        "telehealth_practitioner_link": None,
        "column": body.get("column"),
        "width": body.get("width", 1),
        "cancelled": False,
        "removed": False,
        "created": stamp,
        "modified": stamp,
        **_link_fields(ctx, link),
    }
    if body.get("item_group_id") is not None and "item_id" not in body:
        record["item_id"] = None
    created = ctx.store.insert("appointment", record)
    return JSONResponse(ctx.show(created), status_code=201)


async def edit_appointment(ctx: Context) -> Response:
    record = dict(_appointment(ctx))
    body: dict[str, Any] = ctx.inputs.body
    references = {
        "appointment_type_id": "appointment_type",
        "practitioner_id": "practitioner",
        "business_id": "business",
        "profession_id": "profession",
        "appointment_reschedule_reason_id": "reschedule_reason",
        "item_id": "item",
    }
    for field, collection in references.items():
        if body.get(field) is not None:
            ctx.require_field(collection, field, body[field])
    _check_resources(ctx, body.get("resource_ids"))
    merged = {**record, **body}
    if merged.get("item_id") is not None and merged.get("item_group_id") is not None:
        field = "item_id" if "item_id" in body else "item_group_id"
        raise InvalidBody(
            [FieldIssue(field, "At most one of item_id and item_group_id may be set.")]
        )
    if "practitioner_id" in body or "business_id" in body:
        link = _practitioner_at(ctx, merged["practitioner_id"], merged["business_id"])
        if link is None:
            field = "practitioner_id" if "practitioner_id" in body else "business_id"
            raise InvalidBody(
                [FieldIssue(field, "The practitioner does not work at that business.")]
            )
        merged.update(_link_fields(ctx, link))
    if "column_number" in body:
        merged["column"] = body["column_number"]
    merged["modified"] = now_stamp(record.get("modified"))
    ctx.store.update("appointment", merged)
    shown = {"row_num": 1, "total_rows": 1, **ctx.show(merged, "Appointment")}
    return JSONResponse(shown)


async def remove_appointment(ctx: Context) -> Response:
    appointment_id = ctx.inputs.path["appointment_id"]
    record = ctx.find("appointment", appointment_id)
    if record is None or record.get("removed") or record.get("category") == Category.NOTE:
        raise NotFound.record("Appointment", appointment_id)
    body: dict[str, Any] = ctx.inputs.body or {}
    reason_id = body.get("appointment_cancellation_reason_id")
    if reason_id is not None:
        ctx.require_field("cancellation_reason", "appointment_cancellation_reason_id", reason_id)
    record = dict(record)
    record.update(
        removed=True,
        cancelled=bool(body.get("record_as_cancelled", True)),
        cancellation=bool(body.get("record_as_cancelled", True)),
        appointment_cancellation_reason_id=reason_id,
        reason=body.get("reason"),
        cancellation_time=now_stamp(),
        modified=now_stamp(record.get("modified")),
    )
    ctx.store.update("appointment", record)
    return Response(status_code=204)


async def reserve_appointment(ctx: Context) -> Response:
    body: dict[str, Any] = ctx.inputs.body
    link = ctx.require_field(
        "practitioner_business", "practitioner_business_id", body["practitioner_business_id"]
    )
    category = Category.RULE_OUT if body.get("rule_out") else Category.RESERVED
    stamp = now_stamp()
    record: Record = {
        "tenant_id": ctx.tenant_id,
        "client_id": None,
        "account_id": None,
        "appointment_type_id": None,
        "appointment_status_id": None,
        "app_time": body["app_time"],
        "duration": body["duration"],
        "column": body.get("column", 1),
        "width": body.get("width", 1),
        "category": category,
        "description": None,
        "notes": None,
        "item_id": None,
        "item_group_id": None,
        "resource_ids": [],
        "cancelled": False,
        "removed": False,
        "created": stamp,
        "modified": stamp,
        **_link_fields(ctx, link),
    }
    created = ctx.store.insert("appointment", record)
    shown = ctx.show(created, "ReservedAppointment")
    shown["category"] = category.code
    return JSONResponse(shown, status_code=201)


def _category_view(category: Category) -> Visible:
    def visible(_: Context, record: Record) -> bool:
        return record.get("category") == category and not record.get("removed")

    return visible


def _cancelled_view(ctx: Context, record: Record) -> bool:
    if not record.get("removed") or record.get("category") != Category.PATIENT:
        return False
    return bool(record.get("cancelled") or ctx.inputs.query.get("include_deletions"))


@dataclass(frozen=True)
class View:
    """Which book entries an appointment view shows, and its noun in a 404."""

    visible: Visible
    noun: str


NOTES = View(_category_view(Category.NOTE), "Note")
RULE_OUTS = View(_category_view(Category.RULE_OUT), "Rule Out")
GROUP_APPOINTMENTS = View(_category_view(Category.GROUP), "Group Appointment")
CANCELLED = View(_cancelled_view, "Cancelled Appointment")


def list_view(view: View) -> Handler:
    """The list handler of a view: its entries, filtered, sorted and paged."""

    async def handler(ctx: Context) -> Response:
        return list_response(ctx, scoped_records(ctx, "appointment", view.visible))

    return handler


def get_view(view: View) -> Handler:
    """The get handler of a view: one entry by `appointment_id`, 404 unless the view shows it."""

    async def handler(ctx: Context) -> Response:
        appointment_id = ctx.inputs.path["appointment_id"]
        record = ctx.find("appointment", appointment_id)
        if record is None or not view.visible(ctx, record):
            raise NotFound.record(view.noun, appointment_id)
        return JSONResponse(ctx.show_single(record))

    return handler


async def create_note(ctx: Context) -> Response:
    body: dict[str, Any] = ctx.inputs.body
    ctx.require_field("practitioner", "practitioner_id", body["practitioner_id"])
    ctx.require_field("business", "business_id", body["business_id"])
    link = _practitioner_at(ctx, body["practitioner_id"], body["business_id"])
    if link is None:
        raise InvalidBody(
            [FieldIssue("business_id", "The practitioner does not work at that business.")]
        )
    _check_resources(ctx, body.get("resource_ids"))
    stamp = now_stamp()
    record: Record = {
        "tenant_id": ctx.tenant_id,
        "client_id": None,
        "account_id": None,
        "appointment_type_id": None,
        "category": Category.NOTE,
        "notes": None,
        "resource_ids": [],
        **body,
        **_link_fields(ctx, link),
        "profession_id": None,
        "cancelled": False,
        "removed": False,
        "created": stamp,
        "modified": stamp,
    }
    created = ctx.store.insert("appointment", record)
    return JSONResponse(ctx.show(created), status_code=201)


def _group(ctx: Context) -> Record:
    """The group appointment of the path, or 404 (unknown, removed or not a group)."""
    appointment_id = ctx.inputs.path["appointment_id"]
    record = ctx.find("appointment", appointment_id)
    if record is None or record.get("category") != Category.GROUP or record.get("removed"):
        raise NotFound.record("Group Appointment", appointment_id)
    return record


async def list_group_members(ctx: Context) -> Response:
    group = _group(ctx)
    members = [
        m
        for m in ctx.store.all("appointment_client", ctx.tenant_id)
        if m.get("appointment_id") == group["appointment_id"]
    ]
    return list_response(ctx, members)


async def add_group_member(ctx: Context) -> Response:
    group = _group(ctx)
    body: dict[str, Any] = ctx.inputs.body
    client_id = body["client_id"]
    ctx.require_field("patient", "client_id", client_id)
    if body.get("account_id") is not None:
        account = ctx.require_field("account", "account_id", body["account_id"])
        if account.get("client_id") != client_id:
            raise InvalidBody(
                [FieldIssue("account_id", "The account_id must belong to the client_id.")]
            )
    for field, collection in (("item_id", "item"), ("item_group_id", "item_group")):
        if body.get(field) is not None:
            ctx.require_field(collection, field, body[field])
    members = [
        m
        for m in ctx.store.all("appointment_client", ctx.tenant_id)
        if m.get("appointment_id") == group["appointment_id"]
    ]
    if any(m.get("client_id") == client_id for m in members):
        raise InvalidBody([FieldIssue("client_id", "The patient is already a member.")])
    kind = ctx.find("appointment_type", group.get("appointment_type_id")) or {}
    limit = kind.get("group_max_size")
    if isinstance(limit, int) and len(members) >= limit:
        raise InvalidBody(
            [FieldIssue("client_id", f"The group appointment is full ({limit} members).")]
        )
    stamp = now_stamp()
    record: Record = {
        "tenant_id": ctx.tenant_id,
        "appointment_id": group["appointment_id"],
        "client_id": client_id,
        "account_id": body.get("account_id"),
        "appointment_status_id": body.get("appointment_status_id"),
        "notes": None,
        "item_id": body.get("item_id"),
        "item_group_id": body.get("item_group_id"),
        "created": stamp,
        "modified": stamp,
    }
    created = ctx.store.insert("appointment_client", record)
    return JSONResponse(ctx.show(created, "AppointmentClient"), status_code=201)

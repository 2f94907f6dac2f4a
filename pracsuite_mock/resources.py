"""Which collection holds each spec schema, and how a stored record is shown.

The table is small on purpose: a schema named in a response (`Patient`, or the items of a list,
`PatientWithMeta` less its `WithMeta`) maps to a collection and id field; anything not in the
table falls back to the schema's snake_case name and `<name>_id`. A record is shown with the
schema's own properties only, with `links` built from the spec: `self` from the operation that
gets the record by id, the other links from the link schema's examples.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .spec import Spec

Record = dict[str, Any]


@dataclass(frozen=True)
class Resource:
    collection: str
    id_field: str
    noun: str


# schema name -> (collection, id field, noun in "Could not find <noun> with ID <id>")
TABLE: dict[str, Resource] = {
    "Patient": Resource("patient", "client_id", "Patient"),
    "PatientContact": Resource("patient_contact", "patient_contact_id", "Patient Contact"),
    "PatientAccount": Resource("account", "account_id", "Patient Account"),
    "RescheduleReason": Resource(
        "reschedule_reason", "appointment_reschedule_reason_id", "Reschedule Reason"
    ),
    "CancellationReason": Resource(
        "cancellation_reason", "appointment_cancellation_reason_id", "Cancellation Reason"
    ),
    "AppointmentBookEntry": Resource("appointment", "appointment_id", "Appointment"),
    "Appointment": Resource("appointment", "appointment_id", "Appointment"),
    "ReservedAppointment": Resource("appointment", "appointment_id", "Appointment"),
    "Note": Resource("appointment", "appointment_id", "Note"),
    "RuleOut": Resource("appointment", "appointment_id", "Rule Out"),
    "GroupAppointment": Resource("appointment", "appointment_id", "Group Appointment"),
    "CancelledAppointment": Resource("appointment", "appointment_id", "Cancelled Appointment"),
    "AvailableAppointment": Resource("available_time", "app_time", "Available Appointment"),
    "ClinicalNoteMemoCreated": Resource(
        "clinical_note_memo", "clinical_note_memo_id", "Clinical Note Memo"
    ),
    "PatientAttachment": Resource(
        "patient_attachment", "attachment_client_id", "Patient Attachment"
    ),
    "PatientAttachmentFolder": Resource(
        "patient_attachment_folder", "attachment_client_folder_id", "Patient Attachment Folder"
    ),
}

# Internal collections the seed fills and the availability engine reads (no schema of theirs).
INTERNAL: dict[str, str] = {
    "tenant": "tenant_id",
    "roster": "roster_id",
    "duration_rule": "duration_rule_id",
    "unavailable_block": "unavailable_block_id",
    "tag": "tag_id",
}


# Compiled once: links are rendered for every record of every listing (the hot path).
_WORD_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")
_PATH_PARAM = re.compile(r"\{[^}]+\}")
_FIRST_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")


def snake(name: str) -> str:
    return _WORD_BOUNDARY.sub("_", name).lower()


@functools.cache
def resource_for(schema_name: str) -> Resource:
    found = TABLE.get(schema_name)
    if found is not None:
        return found
    collection = snake(schema_name)
    return Resource(collection, f"{collection}_id", _WORD_BOUNDARY.sub(" ", schema_name))


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of a schema, through `allOf`."""
    out: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        out.update(properties(part))
    out.update(schema.get("properties") or {})
    return out


def required(schema: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for part in schema.get("allOf") or []:
        out.extend(required(part))
    out.extend(schema.get("required") or [])
    return out


class Shaper:
    """Turns stored records into response bodies for a given schema."""

    def __init__(self, spec: Spec, base_url: str) -> None:
        self.spec = spec
        self.base_url = base_url.rstrip("/")
        self._self_paths: dict[str, str] = {}
        for op in spec.operations:
            name = op.success_schema_name()
            ends_in_id = op.path.endswith("}")
            if op.method == "GET" and not op.items_key and name and ends_in_id:
                self._self_paths.setdefault(name, op.path)

    def show(
        self, record: Record, schema_name: str | None, schema: dict[str, Any] | None
    ) -> Record:
        if schema is None:
            return {k: v for k, v in record.items() if not k.startswith("_")}
        props = properties(schema)
        if not props:
            return {k: v for k, v in record.items() if not k.startswith("_")}
        # Every documented property, whatever wrote the record (seed, create, edit): a property
        # the record lacks is shown as the seed fills it (null where allowed), so a record
        # created through the API has the same keys as a seeded one.
        out: Record = {}
        for name, prop in props.items():
            if name in ("row_num", "total_rows"):
                continue
            if name == "links":
                out["links"] = self.links(record, schema_name, prop)
            elif name in record:
                out[name] = as_documented(record[name], prop)
            else:
                out[name] = default_value(prop)
        return out

    def links(self, record: Record, schema_name: str | None, link_schema: dict[str, Any]) -> Record:
        resource = resource_for(schema_name or "")
        record_id = record.get(resource.id_field)
        template = self._self_paths.get(schema_name or "")
        if template:
            # `/patient/{client_id}/account/{account_id}`: each parameter from the record's field
            # of that name, else (`{patient_attachment_id}`) the record's own id.
            self_path = _PATH_PARAM.sub(
                lambda m: str(record.get(m.group(0)[1:-1], record_id)), template
            )
        else:
            self_path = f"/{resource.collection}/{record_id}"
        out: Record = {}
        for name, prop in properties(link_schema).items():
            if name == "self":
                out["self"] = self.base_url + self_path
                continue
            example = prop.get("example") if isinstance(prop, dict) else None
            if isinstance(example, str) and "/v1/" in example:
                path = example.split("/v1", 1)[1]
                path = _FIRST_ID_SEGMENT.sub(f"/{record_id}", path, count=1)
                out[name] = self.base_url + path
            else:
                out[name] = f"{self.base_url}{self_path}/{name}"
        if "self" not in out:
            out["self"] = self.base_url + self_path
        return out


def as_documented(value: Any, schema: Any) -> Any:
    """An integral float (`30.0`, which JSON Schema accepts as an integer) answered as `30`
    where the property is an integer."""
    if isinstance(value, float) and value.is_integer() and isinstance(schema, dict):
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "integer" in kinds:
            return int(value)
    return value


def default_value(schema: Any) -> Any:
    """A value that satisfies a (simple) property schema: null when allowed, else its example."""
    if not isinstance(schema, dict):
        return None
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "null" in kinds:
        return None
    if "default" in schema:
        return schema["default"]
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = kinds[0] if kinds else None
    if kind == "string":
        fmt = schema.get("format")
        return {
            "date": "2020-01-01",
            "date-time": "2020-01-01T00:00:00Z",
            "time": "09:00:00Z",
            "email": "someone@example.com",
            "uri": "https://example.com",
        }.get(str(fmt), "")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: default_value(props.get(name)) for name in schema.get("required") or []}
    return None

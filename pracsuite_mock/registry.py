"""The resource registry: which collection holds each spec schema, under which id field and noun.

The table is small on purpose: a schema named in a response (`Patient`, or the items of a list,
`PatientWithMeta` less its `WithMeta`) maps to a collection and id field; anything not in the
table falls back to the schema's snake_case name and `<name>_id`. `SEEDED_SCHEMAS` lists the
schemas the seed fills, `INTERNAL` the collections no schema describes; `define_collections`
defines them all in a store.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pracsuite_spec import Spec

from .schemas import snake, words
from .store import Store


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


@functools.cache
def resource_for(schema_name: str) -> Resource:
    found = TABLE.get(schema_name)
    if found is not None:
        return found
    collection = snake(schema_name)
    return Resource(collection, f"{collection}_id", words(schema_name))


def noun_of(collection: str) -> str:
    """The noun of a collection in a 404: the table's, else its name in title case."""
    return next(
        (r.noun for r in TABLE.values() if r.collection == collection),
        collection.replace("_", " ").title(),
    )


# The schemas the seed writes records of (their collections exist even if no operation lists them).
SEEDED_SCHEMAS = [
    "Business",
    "Profession",
    "Practitioner",
    "PractitionerBusiness",
    "Resource",
    "AppointmentType",
    "FeeCategory",
    "PatientAccount",
    "Patient",
    "PatientContact",
    "Appointment",
    "RescheduleReason",
    "CancellationReason",
    "Organisation",
    "Item",
    "Sex",
    "Pronoun",
    "ClinicalNoteMemoCreated",
]


def define_collections(store: Store, spec: Spec) -> None:
    """Define every collection in the store: the internal ones, those the seed fills and those
    an operation answers."""
    for name, id_field in INTERNAL.items():
        store.define(name, id_field)
    for schema_name in SEEDED_SCHEMAS:
        res = resource_for(schema_name)
        store.define(res.collection, res.id_field)
    for op in spec.operations:
        answered = op.success_schema_name
        if answered:
            res = resource_for(answered)
            store.define(res.collection, res.id_field)

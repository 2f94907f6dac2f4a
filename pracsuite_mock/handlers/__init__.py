"""operationId → handler binding, for every operation of the spec, in one table.

Every binding is spelled out here, so `grep operationId` finds the code that serves it: the
specific handlers, the appointment views (one `View` each: which book entries, which 404 noun)
and the generic list/get over plain store records. Each binding says how its answers may be
cached: `read` (a GET whose 200 depends on the request and the store only: replayed from the
answer cache until its tenant is written), `clock_read` (a GET whose answer depends on the clock
too: a presigned URL expires) or `write`. `bind` runs once at start-up and fails when an
operation of the spec has no handler, or its binding does not fit its method, so a new operation
cannot be served, or cached, by accident.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pracsuite_spec import Operation

from ..categories import Category
from . import (
    appointments,
    attachments,
    availability,
    clinical_notes,
    generic,
    linked,
    patient_records,
    patients,
)
from .context import Context, Handler


@dataclass(frozen=True)
class Binding:
    """A handler and its cache policy."""

    handler: Handler
    cacheable: bool  # may a 200 answer be replayed until its tenant is written?
    reads: bool  # serves a bodiless GET


def read(handler: Handler) -> Binding:
    return Binding(handler, cacheable=True, reads=True)


def clock_read(handler: Handler) -> Binding:
    return Binding(handler, cacheable=False, reads=True)


def write(handler: Handler) -> Binding:
    return Binding(handler, cacheable=False, reads=False)


HANDLERS: dict[str, Binding] = {
    # Patients and their records
    "listPatients": read(generic.list_records),
    "getPatient": read(generic.get_record),
    "createPatient": write(patients.create_patient),
    "editPatient": write(patients.edit_patient),
    "listPatientContacts": read(generic.list_records),
    "listPatientContactsByPatient": read(generic.list_records),
    "getPatientContact": read(generic.get_record),
    "listAccountsForPatient": read(generic.list_records),
    "listAccountsByPayer": read(generic.list_records),
    "getPatientAccount": read(patient_records.get_patient_account),
    "listInvoicesByPatient": read(generic.list_records),
    "listInvoicesByPatientAccount": read(generic.list_records),
    "getInvoice": read(generic.get_record),
    "listPaymentsByPatientAccount": read(generic.list_records),
    "getPayment": read(generic.get_record),
    "getPayer": read(generic.get_record),
    "listPayerContactsByPayer": read(generic.list_records),
    "getPayerContact": read(generic.get_record),
    "listSex": read(generic.list_records),
    # Attachments
    "listPatientAttachmentsByPatient": read(generic.list_records),
    "getPatientAttachment": read(generic.get_record),
    "listPatientAttachmentFoldersByPatient": read(generic.list_records),
    "getPatientAttachmentFolder": read(generic.get_record),
    "listPatientAttachmentsByFolder": read(linked.list_folder_attachments),
    "getPatientAttachmentContent": clock_read(attachments.attachment_content),
    "getPatientAttachmentPresignUrl": clock_read(attachments.attachment_presign_url),
    "createPatientAttachmentUpload": write(attachments.create_upload),
    # Appointments and the appointment book
    "listAppointmentBook": read(appointments.list_appointment_book),
    "listAppointments": read(appointments.list_appointments),
    "listAppointmentsByProfession": read(appointments.list_appointments),
    "listAppointmentsByBusiness": read(appointments.list_appointments),
    "listAppointmentsByPatient": read(appointments.list_appointments),
    "listAppointmentsByAppointmentType": read(appointments.list_appointments),
    "getAppointment": read(appointments.get_appointment),
    "createAppointment": write(appointments.create_appointment),
    "editAppointment": write(appointments.edit_appointment),
    "removeAppointment": write(appointments.remove_appointment),
    "reserveAppointment": write(appointments.reserve_appointment),
    "listCancelledAppointments": read(appointments.list_view(appointments.CANCELLED)),
    "getCancelledAppointment": read(appointments.get_view(appointments.CANCELLED)),
    "listNotes": read(appointments.list_view(appointments.NOTES)),
    "getNote": read(appointments.get_view(appointments.NOTES)),
    "createNote": write(appointments.create_note),
    "listRuleOuts": read(appointments.list_view(appointments.RULE_OUTS)),
    "listGroupAppointments": read(appointments.list_view(appointments.GROUP_APPOINTMENTS)),
    "getGroupAppointment": read(appointments.get_view(appointments.GROUP_APPOINTMENTS)),
    "listGroupAppointmentMembers": read(appointments.list_group_members),
    "addGroupAppointmentMember": write(appointments.add_group_member),
    "listCancellationReasons": read(generic.list_records),
    "listRescheduleReasons": read(generic.list_records),
    "listAppointmentStatuses": read(generic.list_records),
    "listAvailableAppointments": read(availability.list_available),
    "getNextAvailableAppointment": read(availability.next_available),
    # Appointment types, items and resources
    "getProfessionAppointmentTypes": read(generic.list_records),
    "getAppointmentType": read(generic.get_record),
    "listItems": read(generic.list_records),
    "getItem": read(generic.get_record),
    "listItemGroups": read(generic.list_records),
    "getItemGroup": read(generic.get_record),
    "listResources": read(generic.list_records),
    "listResourcesByAppointment": read(generic.list_records),
    "listResourcesByAppointmentType": read(generic.list_records),
    "listResourcesByNote": read(linked.entry_resources(Category.NOTE, "Note")),
    "listResourcesByGroupAppointment": read(
        linked.entry_resources(Category.GROUP, "Group Appointment")
    ),
    # Practice structure
    "listBusinesses": read(generic.list_records),
    "getBusiness": read(generic.get_record),
    "listProfessions": read(generic.list_records),
    "getProfession": read(generic.get_record),
    "listOrganisations": read(generic.list_records),
    "getOrganisation": read(generic.get_record),
    # Clinical notes
    "createClinicalNoteMemo": write(clinical_notes.create_clinical_note_memo),
}

# The reads whose answer depends on the clock too: never served from the answer cache.
CLOCK_DEPENDENT = frozenset(
    op_id for op_id, binding in HANDLERS.items() if binding.reads and not binding.cacheable
)


class UnhandledOperation(LookupError):
    """The spec has an operation the mock has no handler for, or one bound against its kind."""


def bind(operations: Iterable[Operation]) -> dict[str, Binding]:
    """The binding of each operation, by operationId; raises if any operation has none, or if
    a binding's kind does not fit its operation (a cached answer must come from a bodiless GET)."""
    operations = list(operations)
    missing = sorted(op.operation_id for op in operations if op.operation_id not in HANDLERS)
    if missing:
        raise UnhandledOperation(f"no handler for operation(s): {', '.join(missing)}")
    misbound = sorted(
        op.operation_id
        for op in operations
        if HANDLERS[op.operation_id].reads != (op.method == "get" and op.body_schema is None)
    )
    if misbound:
        raise UnhandledOperation(
            f"bound as a read but not a bodiless GET, or the reverse: {', '.join(misbound)}"
        )
    return {op.operation_id: HANDLERS[op.operation_id] for op in operations}


__all__ = [
    "CLOCK_DEPENDENT",
    "HANDLERS",
    "Binding",
    "Context",
    "Handler",
    "UnhandledOperation",
    "bind",
    "clock_read",
    "read",
    "write",
]

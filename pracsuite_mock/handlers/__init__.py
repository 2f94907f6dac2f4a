"""operationId → handler, for every operation of the spec, in one table.

Every binding is spelled out here, so `grep operationId` finds the code that serves it: the
specific handlers, the appointment views (one `View` each: which book entries, which 404 noun)
and the generic list/get over plain store records. `bind` runs once at start-up and fails when
an operation of the spec has no handler, so a new operation cannot be served by accident.
"""

from __future__ import annotations

from collections.abc import Iterable

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

HANDLERS: dict[str, Handler] = {
    # Patients and their records
    "listPatients": generic.list_records,
    "getPatient": generic.get_record,
    "createPatient": patients.create_patient,
    "editPatient": patients.edit_patient,
    "listPatientContacts": generic.list_records,
    "listPatientContactsByPatient": generic.list_records,
    "getPatientContact": generic.get_record,
    "listAccountsForPatient": generic.list_records,
    "listAccountsByPayer": generic.list_records,
    "getPatientAccount": patient_records.get_patient_account,
    "listInvoicesByPatient": generic.list_records,
    "listInvoicesByPatientAccount": generic.list_records,
    "getInvoice": generic.get_record,
    "listPaymentsByPatientAccount": generic.list_records,
    "getPayment": generic.get_record,
    "getPayer": generic.get_record,
    "listPayerContactsByPayer": generic.list_records,
    "getPayerContact": generic.get_record,
    "listSex": generic.list_records,
    # Attachments
    "listPatientAttachmentsByPatient": generic.list_records,
    "getPatientAttachment": generic.get_record,
    "listPatientAttachmentFoldersByPatient": generic.list_records,
    "getPatientAttachmentFolder": generic.get_record,
    "listPatientAttachmentsByFolder": linked.list_folder_attachments,
    "getPatientAttachmentContent": attachments.attachment_content,
    "getPatientAttachmentPresignUrl": attachments.attachment_presign_url,
    "createPatientAttachmentUpload": attachments.create_upload,
    # Appointments and the appointment book
    "listAppointmentBook": appointments.list_appointment_book,
    "listAppointments": appointments.list_appointments,
    "listAppointmentsByProfession": appointments.list_appointments,
    "listAppointmentsByBusiness": appointments.list_appointments,
    "listAppointmentsByPatient": appointments.list_appointments,
    "listAppointmentsByAppointmentType": appointments.list_appointments,
    "getAppointment": appointments.get_appointment,
    "createAppointment": appointments.create_appointment,
    "editAppointment": appointments.edit_appointment,
    "removeAppointment": appointments.remove_appointment,
    "reserveAppointment": appointments.reserve_appointment,
    "listCancelledAppointments": appointments.list_view(appointments.CANCELLED),
    "getCancelledAppointment": appointments.get_view(appointments.CANCELLED),
    "listNotes": appointments.list_view(appointments.NOTES),
    "getNote": appointments.get_view(appointments.NOTES),
    "createNote": appointments.create_note,
    "listRuleOuts": appointments.list_view(appointments.RULE_OUTS),
    "listGroupAppointments": appointments.list_view(appointments.GROUP_APPOINTMENTS),
    "getGroupAppointment": appointments.get_view(appointments.GROUP_APPOINTMENTS),
    "listGroupAppointmentMembers": appointments.list_group_members,
    "addGroupAppointmentMember": appointments.add_group_member,
    "listCancellationReasons": generic.list_records,
    "listRescheduleReasons": generic.list_records,
    "listAppointmentStatuses": generic.list_records,
    "listAvailableAppointments": availability.list_available,
    "getNextAvailableAppointment": availability.next_available,
    # Appointment types, items and resources
    "getProfessionAppointmentTypes": generic.list_records,
    "getAppointmentType": generic.get_record,
    "listItems": generic.list_records,
    "getItem": generic.get_record,
    "listItemGroups": generic.list_records,
    "getItemGroup": generic.get_record,
    "listResources": generic.list_records,
    "listResourcesByAppointment": generic.list_records,
    "listResourcesByAppointmentType": generic.list_records,
    "listResourcesByNote": linked.entry_resources(Category.NOTE, "Note"),
    "listResourcesByGroupAppointment": linked.entry_resources(Category.GROUP, "Group Appointment"),
    # Practice structure
    "listBusinesses": generic.list_records,
    "getBusiness": generic.get_record,
    "listProfessions": generic.list_records,
    "getProfession": generic.get_record,
    "listOrganisations": generic.list_records,
    "getOrganisation": generic.get_record,
    # Clinical notes
    "createClinicalNoteMemo": clinical_notes.create_clinical_note_memo,
}


# Operations whose answer depends on the clock, not only on the request and the store: never
# served from the answer cache (a presigned URL expires).
CLOCK_DEPENDENT = frozenset({"getPatientAttachmentContent", "getPatientAttachmentPresignUrl"})


class UnhandledOperation(LookupError):
    """The spec has an operation the mock has no handler for."""


def bind(operations: Iterable[Operation]) -> dict[str, Handler]:
    """The handler of each operation, by operationId; raises if any operation has none."""
    operations = list(operations)
    missing = sorted(op.operation_id for op in operations if op.operation_id not in HANDLERS)
    if missing:
        raise UnhandledOperation(f"no handler for operation(s): {', '.join(missing)}")
    return {op.operation_id: HANDLERS[op.operation_id] for op in operations}


__all__ = ["CLOCK_DEPENDENT", "HANDLERS", "Context", "Handler", "UnhandledOperation", "bind"]

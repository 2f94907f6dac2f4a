"""operationId → handler. Operations not named here get the generic list/get/create/edit."""

from __future__ import annotations

from ..spec import Operation
from . import (
    appointments,
    availability,
    clinical_notes,
    generic,
    linked,
    patient_records,
    patients,
)
from .context import Context, Handler

SPECIFIC: dict[str, Handler] = {
    "createPatient": patients.create_patient,
    "editPatient": patients.edit_patient,
    "listAppointmentBook": appointments.list_appointment_book,
    "listAppointments": appointments.list_appointments,
    "listAppointmentsByProfession": appointments.list_appointments,
    "listAppointmentsByBusiness": appointments.list_appointments,
    "listAppointmentsByPatient": appointments.list_appointments,
    "getAppointment": appointments.get_appointment,
    "createAppointment": appointments.create_appointment,
    "editAppointment": appointments.edit_appointment,
    "removeAppointment": appointments.remove_appointment,
    "reserveAppointment": appointments.reserve_appointment,
    "listAvailableAppointments": availability.list_available,
    "getNextAvailableAppointment": availability.next_available,
    "createClinicalNoteMemo": clinical_notes.create_clinical_note_memo,
    "createNote": appointments.create_note,
    "listAppointmentsByAppointmentType": appointments.list_appointments,
    "listResourcesByNote": linked.list_entry_resources,
    "listResourcesByGroupAppointment": linked.list_entry_resources,
    "listPatientAttachmentsByFolder": linked.list_folder_attachments,
    "getPatientAttachmentContent": linked.attachment_content,
    "getPatientAttachmentPresignUrl": linked.attachment_presign_url,
    "listGroupAppointmentMembers": appointments.list_group_members,
    "addGroupAppointmentMember": appointments.add_group_member,
    "getPatientAccount": patient_records.get_patient_account,
    "createPatientAttachmentUpload": patient_records.create_attachment_upload,
}


def _view(op: Operation) -> Handler | None:
    if op.method != "GET" or op.success_schema_name() not in appointments.VIEWS:
        return None
    return appointments.list_view if op.items_key else appointments.get_view


def handler_for(op: Operation) -> Handler:
    found = SPECIFIC.get(op.operation_id)
    if found is not None:
        return found
    view = _view(op)
    if view is not None:
        return view
    if op.method == "GET":
        return generic.list_records if op.items_key else generic.get_record
    if op.method == "POST" and op.success()[1] is not None:
        return generic.create_record
    if op.method in ("PATCH", "PUT") and op.success()[1] is not None:
        return generic.edit_record
    return generic.no_content


__all__ = ["Context", "Handler", "handler_for"]

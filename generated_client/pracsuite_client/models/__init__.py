"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_book_entry import AppointmentBookEntry
from .appointment_book_entry_links import AppointmentBookEntryLinks
from .appointment_book_entry_with_meta import AppointmentBookEntryWithMeta
from .appointment_create import AppointmentCreate
from .appointment_edit import AppointmentEdit
from .appointment_links import AppointmentLinks
from .appointment_with_meta import AppointmentWithMeta
from .available_appointment import AvailableAppointment
from .business import Business
from .business_links import BusinessLinks
from .business_with_meta import BusinessWithMeta
from .clinical_note_memo_create import ClinicalNoteMemoCreate
from .clinical_note_memo_created import ClinicalNoteMemoCreated
from .error import Error
from .error_code import ErrorCode
from .error_envelope import ErrorEnvelope
from .get_next_available_appointment_response_200 import GetNextAvailableAppointmentResponse200
from .list_accounts_for_patient_response_200 import ListAccountsForPatientResponse200
from .list_accounts_for_patient_sort_by_item import ListAccountsForPatientSortByItem
from .list_appointment_book_response_200 import ListAppointmentBookResponse200
from .list_appointment_book_sort_by_item import ListAppointmentBookSortByItem
from .list_appointments_by_business_response_200 import ListAppointmentsByBusinessResponse200
from .list_appointments_by_business_sort_by_item import ListAppointmentsByBusinessSortByItem
from .list_appointments_by_patient_response_200 import ListAppointmentsByPatientResponse200
from .list_appointments_by_patient_sort_by_item import ListAppointmentsByPatientSortByItem
from .list_appointments_by_profession_response_200 import ListAppointmentsByProfessionResponse200
from .list_appointments_by_profession_sort_by_item import ListAppointmentsByProfessionSortByItem
from .list_appointments_response_200 import ListAppointmentsResponse200
from .list_appointments_sort_by_item import ListAppointmentsSortByItem
from .list_available_appointments_response_200 import ListAvailableAppointmentsResponse200
from .list_businesses_response_200 import ListBusinessesResponse200
from .list_businesses_sort_by_item import ListBusinessesSortByItem
from .list_meta import ListMeta
from .list_notes_response_200 import ListNotesResponse200
from .list_notes_sort_by_item import ListNotesSortByItem
from .list_organisations_response_200 import ListOrganisationsResponse200
from .list_organisations_sort_by_item import ListOrganisationsSortByItem
from .list_patient_attachment_folders_by_patient_response_200 import ListPatientAttachmentFoldersByPatientResponse200
from .list_patient_attachment_folders_by_patient_sort_by_item import ListPatientAttachmentFoldersByPatientSortByItem
from .list_patient_contacts_response_200 import ListPatientContactsResponse200
from .list_patient_contacts_sort_by_item import ListPatientContactsSortByItem
from .list_patients_response_200 import ListPatientsResponse200
from .list_patients_sort_by_item import ListPatientsSortByItem
from .list_professions_response_200 import ListProfessionsResponse200
from .list_professions_sort_by_item import ListProfessionsSortByItem
from .list_reschedule_reasons_response_200 import ListRescheduleReasonsResponse200
from .list_reschedule_reasons_sort_by_item import ListRescheduleReasonsSortByItem
from .list_resources_by_appointment_sort_by_item import ListResourcesByAppointmentSortByItem
from .list_resources_sort_by_item import ListResourcesSortByItem
from .list_rule_outs_response_200 import ListRuleOutsResponse200
from .list_rule_outs_sort_by_item import ListRuleOutsSortByItem
from .list_sex_response_200 import ListSexResponse200
from .list_sex_sort_by_item import ListSexSortByItem
from .marketing_type import MarketingType
from .note import Note
from .note_create import NoteCreate
from .note_links import NoteLinks
from .note_with_meta import NoteWithMeta
from .organisation import Organisation
from .organisation_links import OrganisationLinks
from .organisation_with_meta import OrganisationWithMeta
from .pagination_links import PaginationLinks
from .patient import Patient
from .patient_account import PatientAccount
from .patient_account_links import PatientAccountLinks
from .patient_account_with_meta import PatientAccountWithMeta
from .patient_attachment import PatientAttachment
from .patient_attachment_folder import PatientAttachmentFolder
from .patient_attachment_folder_links import PatientAttachmentFolderLinks
from .patient_attachment_folder_with_meta import PatientAttachmentFolderWithMeta
from .patient_attachment_links import PatientAttachmentLinks
from .patient_attachment_upload_request import PatientAttachmentUploadRequest
from .patient_contact import PatientContact
from .patient_contact_links import PatientContactLinks
from .patient_contact_with_meta import PatientContactWithMeta
from .patient_create import PatientCreate
from .patient_edit import PatientEdit
from .patient_links import PatientLinks
from .patient_with_meta import PatientWithMeta
from .preferred_phone_type_1 import PreferredPhoneType1
from .preferred_phone_type_2_type_1 import PreferredPhoneType2Type1
from .preferred_phone_type_3_type_1 import PreferredPhoneType3Type1
from .presigned_download import PresignedDownload
from .presigned_upload import PresignedUpload
from .presigned_upload_fields import PresignedUploadFields
from .profession import Profession
from .profession_links import ProfessionLinks
from .profession_with_meta import ProfessionWithMeta
from .remove_appointment_request import RemoveAppointmentRequest
from .reschedule_reason import RescheduleReason
from .reschedule_reason_with_meta import RescheduleReasonWithMeta
from .reserve_appointment_request import ReserveAppointmentRequest
from .reserved_appointment import ReservedAppointment
from .reserved_appointment_category import ReservedAppointmentCategory
from .resource import Resource
from .resource_list import ResourceList
from .resource_with_meta import ResourceWithMeta
from .rule_out import RuleOut
from .rule_out_with_meta import RuleOutWithMeta
from .self_link import SelfLink
from .sex import Sex
from .sex_with_meta import SexWithMeta
from .validation_issue import ValidationIssue

__all__ = (
    "Appointment",
    "AppointmentBookEntry",
    "AppointmentBookEntryLinks",
    "AppointmentBookEntryWithMeta",
    "AppointmentCreate",
    "AppointmentEdit",
    "AppointmentLinks",
    "AppointmentWithMeta",
    "AvailableAppointment",
    "Business",
    "BusinessLinks",
    "BusinessWithMeta",
    "ClinicalNoteMemoCreate",
    "ClinicalNoteMemoCreated",
    "Error",
    "ErrorCode",
    "ErrorEnvelope",
    "GetNextAvailableAppointmentResponse200",
    "ListAccountsForPatientResponse200",
    "ListAccountsForPatientSortByItem",
    "ListAppointmentBookResponse200",
    "ListAppointmentBookSortByItem",
    "ListAppointmentsByBusinessResponse200",
    "ListAppointmentsByBusinessSortByItem",
    "ListAppointmentsByPatientResponse200",
    "ListAppointmentsByPatientSortByItem",
    "ListAppointmentsByProfessionResponse200",
    "ListAppointmentsByProfessionSortByItem",
    "ListAppointmentsResponse200",
    "ListAppointmentsSortByItem",
    "ListAvailableAppointmentsResponse200",
    "ListBusinessesResponse200",
    "ListBusinessesSortByItem",
    "ListMeta",
    "ListNotesResponse200",
    "ListNotesSortByItem",
    "ListOrganisationsResponse200",
    "ListOrganisationsSortByItem",
    "ListPatientAttachmentFoldersByPatientResponse200",
    "ListPatientAttachmentFoldersByPatientSortByItem",
    "ListPatientContactsResponse200",
    "ListPatientContactsSortByItem",
    "ListPatientsResponse200",
    "ListPatientsSortByItem",
    "ListProfessionsResponse200",
    "ListProfessionsSortByItem",
    "ListRescheduleReasonsResponse200",
    "ListRescheduleReasonsSortByItem",
    "ListResourcesByAppointmentSortByItem",
    "ListResourcesSortByItem",
    "ListRuleOutsResponse200",
    "ListRuleOutsSortByItem",
    "ListSexResponse200",
    "ListSexSortByItem",
    "MarketingType",
    "Note",
    "NoteCreate",
    "NoteLinks",
    "NoteWithMeta",
    "Organisation",
    "OrganisationLinks",
    "OrganisationWithMeta",
    "PaginationLinks",
    "Patient",
    "PatientAccount",
    "PatientAccountLinks",
    "PatientAccountWithMeta",
    "PatientAttachment",
    "PatientAttachmentFolder",
    "PatientAttachmentFolderLinks",
    "PatientAttachmentFolderWithMeta",
    "PatientAttachmentLinks",
    "PatientAttachmentUploadRequest",
    "PatientContact",
    "PatientContactLinks",
    "PatientContactWithMeta",
    "PatientCreate",
    "PatientEdit",
    "PatientLinks",
    "PatientWithMeta",
    "PreferredPhoneType1",
    "PreferredPhoneType2Type1",
    "PreferredPhoneType3Type1",
    "PresignedDownload",
    "PresignedUpload",
    "PresignedUploadFields",
    "Profession",
    "ProfessionLinks",
    "ProfessionWithMeta",
    "RemoveAppointmentRequest",
    "RescheduleReason",
    "RescheduleReasonWithMeta",
    "ReserveAppointmentRequest",
    "ReservedAppointment",
    "ReservedAppointmentCategory",
    "Resource",
    "ResourceList",
    "ResourceWithMeta",
    "RuleOut",
    "RuleOutWithMeta",
    "SelfLink",
    "Sex",
    "SexWithMeta",
    "ValidationIssue",
)

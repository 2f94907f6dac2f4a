"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_book_entry import AppointmentBookEntry
from .appointment_book_entry_links import AppointmentBookEntryLinks
from .appointment_book_entry_with_meta import AppointmentBookEntryWithMeta
from .appointment_client import AppointmentClient
from .appointment_client_with_meta import AppointmentClientWithMeta
from .appointment_create import AppointmentCreate
from .appointment_edit import AppointmentEdit
from .appointment_links import AppointmentLinks
from .appointment_status import AppointmentStatus
from .appointment_status_with_meta import AppointmentStatusWithMeta
from .appointment_type import AppointmentType
from .appointment_type_links import AppointmentTypeLinks
from .appointment_type_with_meta import AppointmentTypeWithMeta
from .appointment_with_meta import AppointmentWithMeta
from .available_appointment import AvailableAppointment
from .business import Business
from .business_links import BusinessLinks
from .business_with_meta import BusinessWithMeta
from .cancellation_reason import CancellationReason
from .cancellation_reason_with_meta import CancellationReasonWithMeta
from .cancelled_appointment import CancelledAppointment
from .cancelled_appointment_links import CancelledAppointmentLinks
from .cancelled_appointment_with_meta import CancelledAppointmentWithMeta
from .clinical_note_memo_create import ClinicalNoteMemoCreate
from .clinical_note_memo_created import ClinicalNoteMemoCreated
from .error import Error
from .error_code import ErrorCode
from .error_envelope import ErrorEnvelope
from .get_next_available_appointment_response_200 import GetNextAvailableAppointmentResponse200
from .get_profession_appointment_types_response_200 import GetProfessionAppointmentTypesResponse200
from .get_profession_appointment_types_sort_by_item import GetProfessionAppointmentTypesSortByItem
from .group_appointment import GroupAppointment
from .group_appointment_links import GroupAppointmentLinks
from .group_appointment_member_create import GroupAppointmentMemberCreate
from .group_appointment_with_meta import GroupAppointmentWithMeta
from .invoice import Invoice
from .invoice_item import InvoiceItem
from .invoice_links import InvoiceLinks
from .invoice_payment_item import InvoicePaymentItem
from .invoice_with_meta import InvoiceWithMeta
from .item import Item
from .item_group import ItemGroup
from .item_group_links import ItemGroupLinks
from .item_group_with_meta import ItemGroupWithMeta
from .item_links import ItemLinks
from .item_with_meta import ItemWithMeta
from .list_accounts_by_payer_response_200 import ListAccountsByPayerResponse200
from .list_accounts_by_payer_sort_by_item import ListAccountsByPayerSortByItem
from .list_accounts_for_patient_response_200 import ListAccountsForPatientResponse200
from .list_accounts_for_patient_sort_by_item import ListAccountsForPatientSortByItem
from .list_appointment_book_response_200 import ListAppointmentBookResponse200
from .list_appointment_book_sort_by_item import ListAppointmentBookSortByItem
from .list_appointment_statuses_response_200 import ListAppointmentStatusesResponse200
from .list_appointment_statuses_sort_by_item import ListAppointmentStatusesSortByItem
from .list_appointments_by_appointment_type_response_200 import ListAppointmentsByAppointmentTypeResponse200
from .list_appointments_by_appointment_type_sort_by_item import ListAppointmentsByAppointmentTypeSortByItem
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
from .list_cancellation_reasons_response_200 import ListCancellationReasonsResponse200
from .list_cancellation_reasons_sort_by_item import ListCancellationReasonsSortByItem
from .list_cancelled_appointments_response_200 import ListCancelledAppointmentsResponse200
from .list_cancelled_appointments_sort_by_item import ListCancelledAppointmentsSortByItem
from .list_group_appointment_members_response_200 import ListGroupAppointmentMembersResponse200
from .list_group_appointment_members_sort_by_item import ListGroupAppointmentMembersSortByItem
from .list_group_appointments_response_200 import ListGroupAppointmentsResponse200
from .list_group_appointments_sort_by_item import ListGroupAppointmentsSortByItem
from .list_invoices_by_patient_account_response_200 import ListInvoicesByPatientAccountResponse200
from .list_invoices_by_patient_account_sort_by_item import ListInvoicesByPatientAccountSortByItem
from .list_invoices_by_patient_response_200 import ListInvoicesByPatientResponse200
from .list_invoices_by_patient_sort_by_item import ListInvoicesByPatientSortByItem
from .list_item_groups_response_200 import ListItemGroupsResponse200
from .list_item_groups_sort_by_item import ListItemGroupsSortByItem
from .list_items_response_200 import ListItemsResponse200
from .list_items_sort_by_item import ListItemsSortByItem
from .list_meta import ListMeta
from .list_notes_response_200 import ListNotesResponse200
from .list_notes_sort_by_item import ListNotesSortByItem
from .list_organisations_response_200 import ListOrganisationsResponse200
from .list_organisations_sort_by_item import ListOrganisationsSortByItem
from .list_patient_attachment_folders_by_patient_response_200 import ListPatientAttachmentFoldersByPatientResponse200
from .list_patient_attachment_folders_by_patient_sort_by_item import ListPatientAttachmentFoldersByPatientSortByItem
from .list_patient_attachments_by_folder_response_200 import ListPatientAttachmentsByFolderResponse200
from .list_patient_attachments_by_folder_sort_by_item import ListPatientAttachmentsByFolderSortByItem
from .list_patient_attachments_by_patient_response_200 import ListPatientAttachmentsByPatientResponse200
from .list_patient_attachments_by_patient_sort_by_item import ListPatientAttachmentsByPatientSortByItem
from .list_patient_contacts_by_patient_response_200 import ListPatientContactsByPatientResponse200
from .list_patient_contacts_by_patient_sort_by_item import ListPatientContactsByPatientSortByItem
from .list_patient_contacts_response_200 import ListPatientContactsResponse200
from .list_patient_contacts_sort_by_item import ListPatientContactsSortByItem
from .list_patients_response_200 import ListPatientsResponse200
from .list_patients_sort_by_item import ListPatientsSortByItem
from .list_payer_contacts_by_payer_response_200 import ListPayerContactsByPayerResponse200
from .list_payer_contacts_by_payer_sort_by_item import ListPayerContactsByPayerSortByItem
from .list_payments_by_patient_account_response_200 import ListPaymentsByPatientAccountResponse200
from .list_payments_by_patient_account_sort_by_item import ListPaymentsByPatientAccountSortByItem
from .list_professions_response_200 import ListProfessionsResponse200
from .list_professions_sort_by_item import ListProfessionsSortByItem
from .list_reschedule_reasons_response_200 import ListRescheduleReasonsResponse200
from .list_reschedule_reasons_sort_by_item import ListRescheduleReasonsSortByItem
from .list_resources_by_appointment_sort_by_item import ListResourcesByAppointmentSortByItem
from .list_resources_by_appointment_type_sort_by_item import ListResourcesByAppointmentTypeSortByItem
from .list_resources_by_group_appointment_sort_by_item import ListResourcesByGroupAppointmentSortByItem
from .list_resources_by_note_sort_by_item import ListResourcesByNoteSortByItem
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
from .patient_attachment_with_meta import PatientAttachmentWithMeta
from .patient_contact import PatientContact
from .patient_contact_links import PatientContactLinks
from .patient_contact_with_meta import PatientContactWithMeta
from .patient_create import PatientCreate
from .patient_edit import PatientEdit
from .patient_links import PatientLinks
from .patient_with_meta import PatientWithMeta
from .payer import Payer
from .payer_contact import PayerContact
from .payer_contact_links import PayerContactLinks
from .payer_contact_with_meta import PayerContactWithMeta
from .payer_links import PayerLinks
from .payment import Payment
from .payment_item import PaymentItem
from .payment_links import PaymentLinks
from .payment_with_meta import PaymentWithMeta
from .preferred_phone import PreferredPhone
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
from .sex import Sex
from .sex_with_meta import SexWithMeta
from .validation_issue import ValidationIssue

__all__ = (
    "Appointment",
    "AppointmentBookEntry",
    "AppointmentBookEntryLinks",
    "AppointmentBookEntryWithMeta",
    "AppointmentClient",
    "AppointmentClientWithMeta",
    "AppointmentCreate",
    "AppointmentEdit",
    "AppointmentLinks",
    "AppointmentStatus",
    "AppointmentStatusWithMeta",
    "AppointmentType",
    "AppointmentTypeLinks",
    "AppointmentTypeWithMeta",
    "AppointmentWithMeta",
    "AvailableAppointment",
    "Business",
    "BusinessLinks",
    "BusinessWithMeta",
    "CancellationReason",
    "CancellationReasonWithMeta",
    "CancelledAppointment",
    "CancelledAppointmentLinks",
    "CancelledAppointmentWithMeta",
    "ClinicalNoteMemoCreate",
    "ClinicalNoteMemoCreated",
    "Error",
    "ErrorCode",
    "ErrorEnvelope",
    "GetNextAvailableAppointmentResponse200",
    "GetProfessionAppointmentTypesResponse200",
    "GetProfessionAppointmentTypesSortByItem",
    "GroupAppointment",
    "GroupAppointmentLinks",
    "GroupAppointmentMemberCreate",
    "GroupAppointmentWithMeta",
    "Invoice",
    "InvoiceItem",
    "InvoiceLinks",
    "InvoicePaymentItem",
    "InvoiceWithMeta",
    "Item",
    "ItemGroup",
    "ItemGroupLinks",
    "ItemGroupWithMeta",
    "ItemLinks",
    "ItemWithMeta",
    "ListAccountsByPayerResponse200",
    "ListAccountsByPayerSortByItem",
    "ListAccountsForPatientResponse200",
    "ListAccountsForPatientSortByItem",
    "ListAppointmentBookResponse200",
    "ListAppointmentBookSortByItem",
    "ListAppointmentsByAppointmentTypeResponse200",
    "ListAppointmentsByAppointmentTypeSortByItem",
    "ListAppointmentsByBusinessResponse200",
    "ListAppointmentsByBusinessSortByItem",
    "ListAppointmentsByPatientResponse200",
    "ListAppointmentsByPatientSortByItem",
    "ListAppointmentsByProfessionResponse200",
    "ListAppointmentsByProfessionSortByItem",
    "ListAppointmentsResponse200",
    "ListAppointmentsSortByItem",
    "ListAppointmentStatusesResponse200",
    "ListAppointmentStatusesSortByItem",
    "ListAvailableAppointmentsResponse200",
    "ListBusinessesResponse200",
    "ListBusinessesSortByItem",
    "ListCancellationReasonsResponse200",
    "ListCancellationReasonsSortByItem",
    "ListCancelledAppointmentsResponse200",
    "ListCancelledAppointmentsSortByItem",
    "ListGroupAppointmentMembersResponse200",
    "ListGroupAppointmentMembersSortByItem",
    "ListGroupAppointmentsResponse200",
    "ListGroupAppointmentsSortByItem",
    "ListInvoicesByPatientAccountResponse200",
    "ListInvoicesByPatientAccountSortByItem",
    "ListInvoicesByPatientResponse200",
    "ListInvoicesByPatientSortByItem",
    "ListItemGroupsResponse200",
    "ListItemGroupsSortByItem",
    "ListItemsResponse200",
    "ListItemsSortByItem",
    "ListMeta",
    "ListNotesResponse200",
    "ListNotesSortByItem",
    "ListOrganisationsResponse200",
    "ListOrganisationsSortByItem",
    "ListPatientAttachmentFoldersByPatientResponse200",
    "ListPatientAttachmentFoldersByPatientSortByItem",
    "ListPatientAttachmentsByFolderResponse200",
    "ListPatientAttachmentsByFolderSortByItem",
    "ListPatientAttachmentsByPatientResponse200",
    "ListPatientAttachmentsByPatientSortByItem",
    "ListPatientContactsByPatientResponse200",
    "ListPatientContactsByPatientSortByItem",
    "ListPatientContactsResponse200",
    "ListPatientContactsSortByItem",
    "ListPatientsResponse200",
    "ListPatientsSortByItem",
    "ListPayerContactsByPayerResponse200",
    "ListPayerContactsByPayerSortByItem",
    "ListPaymentsByPatientAccountResponse200",
    "ListPaymentsByPatientAccountSortByItem",
    "ListProfessionsResponse200",
    "ListProfessionsSortByItem",
    "ListRescheduleReasonsResponse200",
    "ListRescheduleReasonsSortByItem",
    "ListResourcesByAppointmentSortByItem",
    "ListResourcesByAppointmentTypeSortByItem",
    "ListResourcesByGroupAppointmentSortByItem",
    "ListResourcesByNoteSortByItem",
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
    "PatientAttachmentWithMeta",
    "PatientContact",
    "PatientContactLinks",
    "PatientContactWithMeta",
    "PatientCreate",
    "PatientEdit",
    "PatientLinks",
    "PatientWithMeta",
    "Payer",
    "PayerContact",
    "PayerContactLinks",
    "PayerContactWithMeta",
    "PayerLinks",
    "Payment",
    "PaymentItem",
    "PaymentLinks",
    "PaymentWithMeta",
    "PreferredPhone",
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
    "Sex",
    "SexWithMeta",
    "ValidationIssue",
)

"""Contains all the data models used in inputs/outputs"""

from .available_appointment import AvailableAppointment
from .error import Error
from .error_code import ErrorCode
from .error_envelope import ErrorEnvelope
from .get_next_available_appointment_response_200 import GetNextAvailableAppointmentResponse200
from .list_available_appointments_response_200 import ListAvailableAppointmentsResponse200
from .list_meta import ListMeta
from .list_patients_response_200 import ListPatientsResponse200
from .list_patients_sort_by_item import ListPatientsSortByItem
from .list_reschedule_reasons_response_200 import ListRescheduleReasonsResponse200
from .list_reschedule_reasons_sort_by_item import ListRescheduleReasonsSortByItem
from .marketing_type import MarketingType
from .pagination_links import PaginationLinks
from .patient import Patient
from .patient_create import PatientCreate
from .patient_edit import PatientEdit
from .patient_links import PatientLinks
from .patient_with_meta import PatientWithMeta
from .preferred_phone_type_1 import PreferredPhoneType1
from .preferred_phone_type_2_type_1 import PreferredPhoneType2Type1
from .preferred_phone_type_3_type_1 import PreferredPhoneType3Type1
from .reschedule_reason import RescheduleReason
from .reschedule_reason_with_meta import RescheduleReasonWithMeta
from .self_link import SelfLink
from .validation_issue import ValidationIssue

__all__ = (
    "AvailableAppointment",
    "Error",
    "ErrorCode",
    "ErrorEnvelope",
    "GetNextAvailableAppointmentResponse200",
    "ListAvailableAppointmentsResponse200",
    "ListMeta",
    "ListPatientsResponse200",
    "ListPatientsSortByItem",
    "ListRescheduleReasonsResponse200",
    "ListRescheduleReasonsSortByItem",
    "MarketingType",
    "PaginationLinks",
    "Patient",
    "PatientCreate",
    "PatientEdit",
    "PatientLinks",
    "PatientWithMeta",
    "PreferredPhoneType1",
    "PreferredPhoneType2Type1",
    "PreferredPhoneType3Type1",
    "RescheduleReason",
    "RescheduleReasonWithMeta",
    "SelfLink",
    "ValidationIssue",
)

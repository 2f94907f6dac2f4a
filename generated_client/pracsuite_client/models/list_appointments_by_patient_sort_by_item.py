from typing import Literal, cast

ListAppointmentsByPatientSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListAppointmentsByPatientSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_patient_sort_by_item(value: str) -> ListAppointmentsByPatientSortByItem:
    """`value` as ListAppointmentsByPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentsByPatientSortByItem, value)

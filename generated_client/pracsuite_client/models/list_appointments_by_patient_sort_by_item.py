from typing import Literal

ListAppointmentsByPatientSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListAppointmentsByPatientSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_patient_sort_by_item(value: str) -> ListAppointmentsByPatientSortByItem:
    if value in LIST_APPOINTMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES!r}")

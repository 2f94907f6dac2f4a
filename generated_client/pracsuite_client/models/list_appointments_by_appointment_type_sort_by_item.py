from typing import Literal, cast

ListAppointmentsByAppointmentTypeSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES: set[ListAppointmentsByAppointmentTypeSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_appointment_type_sort_by_item(value: str) -> ListAppointmentsByAppointmentTypeSortByItem:
    """`value` as ListAppointmentsByAppointmentTypeSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentsByAppointmentTypeSortByItem, value)

from typing import Literal, cast

ListAppointmentsByBusinessSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_BUSINESS_SORT_BY_ITEM_VALUES: set[ListAppointmentsByBusinessSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_business_sort_by_item(value: str) -> ListAppointmentsByBusinessSortByItem:
    """`value` as ListAppointmentsByBusinessSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentsByBusinessSortByItem, value)

from typing import Literal, cast

ListAppointmentsByProfessionSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_PROFESSION_SORT_BY_ITEM_VALUES: set[ListAppointmentsByProfessionSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_profession_sort_by_item(value: str) -> ListAppointmentsByProfessionSortByItem:
    """`value` as ListAppointmentsByProfessionSortByItem; a value newer than this client is kept as it is."""
    return cast(ListAppointmentsByProfessionSortByItem, value)

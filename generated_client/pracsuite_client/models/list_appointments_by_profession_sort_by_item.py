from typing import Literal

ListAppointmentsByProfessionSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_PROFESSION_SORT_BY_ITEM_VALUES: set[ListAppointmentsByProfessionSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_profession_sort_by_item(value: str) -> ListAppointmentsByProfessionSortByItem:
    if value in LIST_APPOINTMENTS_BY_PROFESSION_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_BY_PROFESSION_SORT_BY_ITEM_VALUES!r}"
    )

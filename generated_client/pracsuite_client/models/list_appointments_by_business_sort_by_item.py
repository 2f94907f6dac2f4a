from typing import Literal

ListAppointmentsByBusinessSortByItem = Literal["app_time", "appointment_id"]

LIST_APPOINTMENTS_BY_BUSINESS_SORT_BY_ITEM_VALUES: set[ListAppointmentsByBusinessSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_appointments_by_business_sort_by_item(value: str) -> ListAppointmentsByBusinessSortByItem:
    if value in LIST_APPOINTMENTS_BY_BUSINESS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_BY_BUSINESS_SORT_BY_ITEM_VALUES!r}"
    )

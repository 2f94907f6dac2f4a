from typing import Literal

ListResourcesByAppointmentSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_APPOINTMENT_SORT_BY_ITEM_VALUES: set[ListResourcesByAppointmentSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_appointment_sort_by_item(value: str) -> ListResourcesByAppointmentSortByItem:
    if value in LIST_RESOURCES_BY_APPOINTMENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_BY_APPOINTMENT_SORT_BY_ITEM_VALUES!r}"
    )

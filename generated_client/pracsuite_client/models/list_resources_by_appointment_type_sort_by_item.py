from typing import Literal

ListResourcesByAppointmentTypeSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES: set[ListResourcesByAppointmentTypeSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_appointment_type_sort_by_item(value: str) -> ListResourcesByAppointmentTypeSortByItem:
    if value in LIST_RESOURCES_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES!r}"
    )

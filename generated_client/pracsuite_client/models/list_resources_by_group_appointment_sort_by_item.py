from typing import Literal

ListResourcesByGroupAppointmentSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_GROUP_APPOINTMENT_SORT_BY_ITEM_VALUES: set[ListResourcesByGroupAppointmentSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_group_appointment_sort_by_item(value: str) -> ListResourcesByGroupAppointmentSortByItem:
    if value in LIST_RESOURCES_BY_GROUP_APPOINTMENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_BY_GROUP_APPOINTMENT_SORT_BY_ITEM_VALUES!r}"
    )

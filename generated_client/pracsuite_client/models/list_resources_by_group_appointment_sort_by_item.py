from typing import Literal, cast

ListResourcesByGroupAppointmentSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_GROUP_APPOINTMENT_SORT_BY_ITEM_VALUES: set[ListResourcesByGroupAppointmentSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_group_appointment_sort_by_item(value: str) -> ListResourcesByGroupAppointmentSortByItem:
    """`value` as ListResourcesByGroupAppointmentSortByItem; a value newer than this client is kept as it is."""
    return cast(ListResourcesByGroupAppointmentSortByItem, value)

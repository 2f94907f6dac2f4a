from typing import Literal, cast

ListResourcesByAppointmentSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_APPOINTMENT_SORT_BY_ITEM_VALUES: set[ListResourcesByAppointmentSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_appointment_sort_by_item(value: str) -> ListResourcesByAppointmentSortByItem:
    """`value` as ListResourcesByAppointmentSortByItem; a value newer than this client is kept as it is."""
    return cast(ListResourcesByAppointmentSortByItem, value)

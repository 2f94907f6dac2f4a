from typing import Literal, cast

ListResourcesByAppointmentTypeSortByItem = Literal["description", "resource_id", "resource_rank"]

LIST_RESOURCES_BY_APPOINTMENT_TYPE_SORT_BY_ITEM_VALUES: set[ListResourcesByAppointmentTypeSortByItem] = {
    "description",
    "resource_id",
    "resource_rank",
}


def check_list_resources_by_appointment_type_sort_by_item(value: str) -> ListResourcesByAppointmentTypeSortByItem:
    """`value` as ListResourcesByAppointmentTypeSortByItem; a value newer than this client is kept as it is."""
    return cast(ListResourcesByAppointmentTypeSortByItem, value)

from typing import Literal, cast

ListGroupAppointmentsSortByItem = Literal["app_time", "appointment_id"]

LIST_GROUP_APPOINTMENTS_SORT_BY_ITEM_VALUES: set[ListGroupAppointmentsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_group_appointments_sort_by_item(value: str) -> ListGroupAppointmentsSortByItem:
    """`value` as ListGroupAppointmentsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListGroupAppointmentsSortByItem, value)

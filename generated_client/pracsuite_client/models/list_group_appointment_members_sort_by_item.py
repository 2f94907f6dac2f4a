from typing import Literal, cast

ListGroupAppointmentMembersSortByItem = Literal["appointment_client_id", "client_id"]

LIST_GROUP_APPOINTMENT_MEMBERS_SORT_BY_ITEM_VALUES: set[ListGroupAppointmentMembersSortByItem] = {
    "appointment_client_id",
    "client_id",
}


def check_list_group_appointment_members_sort_by_item(value: str) -> ListGroupAppointmentMembersSortByItem:
    """`value` as ListGroupAppointmentMembersSortByItem; a value newer than this client is kept as it is."""
    return cast(ListGroupAppointmentMembersSortByItem, value)

from typing import Literal

ListGroupAppointmentMembersSortByItem = Literal["appointment_client_id", "client_id"]

LIST_GROUP_APPOINTMENT_MEMBERS_SORT_BY_ITEM_VALUES: set[ListGroupAppointmentMembersSortByItem] = {
    "appointment_client_id",
    "client_id",
}


def check_list_group_appointment_members_sort_by_item(value: str) -> ListGroupAppointmentMembersSortByItem:
    if value in LIST_GROUP_APPOINTMENT_MEMBERS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUP_APPOINTMENT_MEMBERS_SORT_BY_ITEM_VALUES!r}"
    )

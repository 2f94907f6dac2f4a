from typing import Literal, cast

ListRescheduleReasonsSortByItem = Literal["appointment_reschedule_reason_id", "reason"]

LIST_RESCHEDULE_REASONS_SORT_BY_ITEM_VALUES: set[ListRescheduleReasonsSortByItem] = {
    "appointment_reschedule_reason_id",
    "reason",
}


def check_list_reschedule_reasons_sort_by_item(value: str) -> ListRescheduleReasonsSortByItem:
    """`value` as ListRescheduleReasonsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListRescheduleReasonsSortByItem, value)

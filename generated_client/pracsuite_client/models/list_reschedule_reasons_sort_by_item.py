from typing import Literal

ListRescheduleReasonsSortByItem = Literal["appointment_reschedule_reason_id", "reason"]

LIST_RESCHEDULE_REASONS_SORT_BY_ITEM_VALUES: set[ListRescheduleReasonsSortByItem] = {
    "appointment_reschedule_reason_id",
    "reason",
}


def check_list_reschedule_reasons_sort_by_item(value: str) -> ListRescheduleReasonsSortByItem:
    if value in LIST_RESCHEDULE_REASONS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RESCHEDULE_REASONS_SORT_BY_ITEM_VALUES!r}")

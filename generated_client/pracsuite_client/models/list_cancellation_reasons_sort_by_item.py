from typing import Literal

ListCancellationReasonsSortByItem = Literal["appointment_cancellation_reason_id", "reason"]

LIST_CANCELLATION_REASONS_SORT_BY_ITEM_VALUES: set[ListCancellationReasonsSortByItem] = {
    "appointment_cancellation_reason_id",
    "reason",
}


def check_list_cancellation_reasons_sort_by_item(value: str) -> ListCancellationReasonsSortByItem:
    if value in LIST_CANCELLATION_REASONS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CANCELLATION_REASONS_SORT_BY_ITEM_VALUES!r}")

from typing import Literal, cast

ListCancellationReasonsSortByItem = Literal["appointment_cancellation_reason_id", "reason"]

LIST_CANCELLATION_REASONS_SORT_BY_ITEM_VALUES: set[ListCancellationReasonsSortByItem] = {
    "appointment_cancellation_reason_id",
    "reason",
}


def check_list_cancellation_reasons_sort_by_item(value: str) -> ListCancellationReasonsSortByItem:
    """`value` as ListCancellationReasonsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListCancellationReasonsSortByItem, value)

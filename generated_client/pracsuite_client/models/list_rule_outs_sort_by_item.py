from typing import Literal

ListRuleOutsSortByItem = Literal["app_time", "appointment_id"]

LIST_RULE_OUTS_SORT_BY_ITEM_VALUES: set[ListRuleOutsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_rule_outs_sort_by_item(value: str) -> ListRuleOutsSortByItem:
    if value in LIST_RULE_OUTS_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RULE_OUTS_SORT_BY_ITEM_VALUES!r}")

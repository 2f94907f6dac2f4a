from typing import Literal, cast

ListRuleOutsSortByItem = Literal["app_time", "appointment_id"]

LIST_RULE_OUTS_SORT_BY_ITEM_VALUES: set[ListRuleOutsSortByItem] = {
    "app_time",
    "appointment_id",
}


def check_list_rule_outs_sort_by_item(value: str) -> ListRuleOutsSortByItem:
    """`value` as ListRuleOutsSortByItem; a value newer than this client is kept as it is."""
    return cast(ListRuleOutsSortByItem, value)

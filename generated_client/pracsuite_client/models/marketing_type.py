"""MarketingType: 1 soft opt-in, 2 opt-in, 3 soft opt-out, 4 opt-out."""

from typing import Literal, cast

MarketingType = Literal[1, 2, 3, 4]

MARKETING_TYPE_VALUES: set[MarketingType] = {
    1,
    2,
    3,
    4,
}


def check_marketing_type(value: int) -> MarketingType:
    """`value` as MarketingType; a value newer than this client is kept as it is."""
    return cast(MarketingType, value)

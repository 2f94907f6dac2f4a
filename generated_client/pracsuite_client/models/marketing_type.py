from typing import Literal

MarketingType = Literal[1, 2, 3, 4]

MARKETING_TYPE_VALUES: set[MarketingType] = {
    1,
    2,
    3,
    4,
}


def check_marketing_type(value: int) -> MarketingType:
    if value in MARKETING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKETING_TYPE_VALUES!r}")

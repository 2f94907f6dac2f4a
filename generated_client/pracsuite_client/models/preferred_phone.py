from typing import Literal

PreferredPhone = Literal[1, 3]

PREFERRED_PHONE_VALUES: set[PreferredPhone] = {
    1,
    3,
}


def check_preferred_phone(value: int) -> PreferredPhone:
    if value in PREFERRED_PHONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERRED_PHONE_VALUES!r}")

"""PreferredPhone: Which number to call first: 1 home phone, 3 mobile."""

from typing import Literal, cast

PreferredPhone = Literal[1, 3]

PREFERRED_PHONE_VALUES: set[PreferredPhone] = {
    1,
    3,
}


def check_preferred_phone(value: int) -> PreferredPhone:
    """`value` as PreferredPhone; a value newer than this client is kept as it is."""
    return cast(PreferredPhone, value)

"""The API's local date-times (`app_time`, `memo_time`): naive, in the clinic's time zone, sent
as `YYYY-MM-DDTHH:MM:SS` (whole seconds, no offset). Resource methods take a `datetime` or that
string; records (the answer models) give them as naive `datetime`s already. `local_datetime()`,
which read one back when records gave the text, is kept for code written then: it takes either."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from pracsuite_client.types import Unset

__all__ = ["local_datetime", "to_local"]

_Other = TypeVar("_Other", str, str | Unset, str | None, str | Unset | None)


def to_local(value: datetime | _Other) -> str | _Other:
    """The wire text of a local date-time; strings, None and UNSET pass through unchanged."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is not None:
        raise ValueError(
            f"{value!r} has a time zone: the API takes the clinic's local time without one "
            "(pass a naive datetime)"
        )
    return value.replace(microsecond=0).isoformat()


def local_datetime(value: str | datetime) -> datetime:
    """A local date-time as a naive `datetime`: the `YYYY-MM-DDTHH:MM:SS` text parsed, a
    `datetime` (what `appointment.app_time` is now) as it is.

    Deprecated in the docs: records give naive `datetime`s themselves; kept so code written
    when they gave the text keeps working.
    """
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)

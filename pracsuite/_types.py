"""The API's local date-times (`app_time`, `memo_time`): naive, in the clinic's time zone, sent
as `YYYY-MM-DDTHH:MM:SS` (whole seconds, no offset). Resource methods take a `datetime` or that
string; `local_datetime()` reads one back from a record."""

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


def local_datetime(text: str) -> datetime:
    """A record's local date-time (`appointment.app_time`) as a naive `datetime`."""
    return datetime.fromisoformat(text)

"""The `format` keywords the spec uses, as a jsonschema FormatChecker registry.

Standard formats are checked strictly (jsonschema leaves `date-time` and `uri` unchecked without
optional extras); `iana-time-zone` is the spec's own, checked against the tz database (tzdata).
Add a format with `@register("name")`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
import zoneinfo
from collections.abc import Callable
from urllib.parse import urlsplit

from jsonschema import FormatChecker

_CHECKS: dict[str, Callable[[str], bool]] = {}
DESCRIPTIONS: dict[str, str] = {
    "date": "a date (YYYY-MM-DD)",
    "date-time": "an RFC 3339 date-time",
    "time": "an RFC 3339 time (HH:MM:SS with offset)",
    "email": "an email address",
    "uri": "an absolute URI",
    "uuid": "a UUID",
    "iana-time-zone": "an IANA time zone identifier",
}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_TIME = re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")  # RFC 3339 full-time
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def register(name: str) -> Callable[[Callable[[str], bool]], Callable[[str], bool]]:
    def add(check: Callable[[str], bool]) -> Callable[[str], bool]:
        _CHECKS[name] = check
        return check

    return add


@register("date")
def is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@register("date-time")
def is_date_time(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@register("time")
def is_time(value: str) -> bool:
    if not _TIME.match(value):
        return False
    return int(value[0:2]) < 24 and int(value[3:5]) < 60 and int(value[6:8]) < 61


@register("email")
def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


@register("uri")
def is_uri(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path)) and " " not in value


@register("uuid")
def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@register("iana-time-zone")
def is_iana_time_zone(value: str) -> bool:
    return value in time_zones()


def checker() -> FormatChecker:
    """A FormatChecker holding exactly the registered formats (strings only; others pass)."""
    fc = FormatChecker(formats=())
    for name, check in _CHECKS.items():
        fc.checks(name)(_strings_only(check))
    return fc


def _strings_only(check: Callable[[str], bool]) -> Callable[[object], bool]:
    def wrapped(value: object) -> bool:
        return not isinstance(value, str) or check(value)

    return wrapped

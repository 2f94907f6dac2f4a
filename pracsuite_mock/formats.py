"""The `format` keywords the spec uses: one checker per format (a jsonschema FormatChecker for
the mock and the suite) and, for the spec's own formats, one hypothesis strategy (registered with
schemathesis by `contract_tests.schemathesis_setup`). Registered once, here.

Standard formats are checked strictly (jsonschema leaves `date-time` and `uri` unchecked without
optional extras) and as calendar values: `2026-02-30` and `T25:00:00` are not dates. The spec's
own formats: `iana-time-zone`, a name from the tz database (tzdata), and `local-date-time`, a
calendar date-time without offset (`2026-01-01T09:00:00`, the tenant's local time).

Every check looks at the length first and uses no regex that can backtrack, so a long value
costs linear time. Add a format with `@register("name")` (and `_STRATEGIES` for a custom one).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from jsonschema import FormatChecker

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

_CHECKS: dict[str, Callable[[str], bool]] = {}
DESCRIPTIONS: dict[str, str] = {
    "date": "a date (YYYY-MM-DD)",
    "date-time": "an RFC 3339 date-time",
    "time": "an RFC 3339 time (HH:MM:SS with offset)",
    "email": "an email address",
    "uri": "an absolute URI",
    "uuid": "a UUID",
    "iana-time-zone": "an IANA time zone identifier",
    "local-date-time": "a local date-time on the calendar (YYYY-MM-DDTHH:MM:SS, no offset)",
}

# The longest value each format can have; checked before anything else.
MAX_EMAIL = 254  # RFC 5321: the longest forward-path
_MAX_URI = 2048
_MAX_ZONE = 64

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOCAL_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})")
_TIME = re.compile(r"\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})")  # RFC 3339 full-time
_SPACE = re.compile(r"\s")


def register(name: str) -> Callable[[Callable[[str], bool]], Callable[[str], bool]]:
    def add(check: Callable[[str], bool]) -> Callable[[str], bool]:
        _CHECKS[name] = check
        return check

    return add


@register("date")
def is_date(value: str) -> bool:
    if len(value) != 10 or not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@register("local-date-time")
def is_local_date_time(value: str) -> bool:
    if len(value) != 19 or not _LOCAL_DATE_TIME.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value.upper())
    except ValueError:
        return False
    return True


@register("date-time")
def is_date_time(value: str) -> bool:
    if len(value) > 40 or not _DATE_TIME.fullmatch(value):
        return False
    text = value.upper().replace("Z", "+00:00")
    head, _, tail = text.partition(".")
    if tail:  # Python parses at most 6 fraction digits; more are still RFC 3339
        digits = tail[:-6]
        text = f"{head}.{digits[:6].ljust(6, '0')}{tail[-6:]}"
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


@register("time")
def is_time(value: str) -> bool:
    if len(value) > 30 or not _TIME.fullmatch(value):
        return False
    return int(value[0:2]) < 24 and int(value[3:5]) < 60 and int(value[6:8]) < 61


@register("email")
def is_email(value: str) -> bool:
    """`local@domain.tld`: one `@`, no space, a dot inside the domain; at most 254 chars."""
    if len(value) > MAX_EMAIL or value.count("@") != 1 or _SPACE.search(value):
        return False
    local, _, domain = value.partition("@")
    return bool(local) and "." in domain[1:-1]


@register("uri")
def is_uri(value: str) -> bool:
    if len(value) > _MAX_URI or " " in value:
        return False
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


@register("uuid")
def is_uuid(value: str) -> bool:
    if len(value) > 45:
        return False
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
    return len(value) <= _MAX_ZONE and value in time_zones()


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


def strategies() -> dict[str, SearchStrategy[str]]:
    """Hypothesis strategies for the spec's own formats (the standard ones are built in).

    hypothesis is a test dependency, so it is imported here, not by the server."""
    from hypothesis import strategies as st

    local = st.datetimes(
        min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59)
    )
    return {
        "iana-time-zone": st.sampled_from(sorted(time_zones())),
        "local-date-time": local.map(_local_text),
    }


def _local_text(moment: dt.datetime) -> str:
    # A named function, not a lambda: hypothesis describes lambdas by parsing their source,
    # which is not thread-safe on Python 3.11 (schemathesis runs several workers).
    return moment.replace(microsecond=0).isoformat()

"""Build `q[]` filter entries: the one place that writes the filter syntax.

An entry is `<field>:<operator>:<value>` (the spec's `QueryFilters` `x-filter-syntax`; the
syntax itself is an assumption the live suite probes, which is why it lives only here). Values are
formatted by type:

- aware `datetime` → RFC 3339 UTC with `Z` (`2026-01-01T00:00:00Z`), the `timestamp` format of
  audit stamps such as `created` and `updated`; microseconds only when non-zero;
- naive `datetime` → local date-time without offset (`2026-01-01T09:00:00`), the `datetime`
  format of appointment-local times such as `app_time`;
- `bool` → `true` / `false`; `int` → decimal; `str` (and `str` enums) as they are.

>>> F("updated").gte(datetime(2026, 1, 1, tzinfo=UTC))
'updated:gte:2026-01-01T00:00:00Z'
>>> F("surname").contains("smi")
'surname:contains:smi'

The result is a plain `str`, so it goes straight into a generated function's `q=[...]`.
"""

from __future__ import annotations

import enum
import re
from datetime import UTC, date, datetime

__all__ = ["F", "FilterValue", "format_value"]

FilterValue = str | int | bool | datetime | date

_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SEPARATOR = ":"


def format_value(value: FilterValue) -> str:
    """The wire text of one filter value (see the module docstring for the rules)."""
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            utc = value.astimezone(UTC).replace(tzinfo=None)
            return utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds") + "Z"
        if value.microsecond:
            raise ValueError(
                "a local (naive) datetime filter has no fractional seconds in the API; "
                f"got {value.isoformat()}"
            )
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot format a {type(value).__name__} as a filter value")


class F:
    """A filterable field; its methods answer one `q[]` entry."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        if not _FIELD.match(field):
            raise ValueError(f"not a field name: {field!r}")
        self.field = field

    def __repr__(self) -> str:
        return f"F({self.field!r})"

    def _entry(self, operator: str, value: FilterValue) -> str:
        return SEPARATOR.join((self.field, operator, format_value(value)))

    def eq(self, value: FilterValue) -> str:
        return self._entry("eq", value)

    def ne(self, value: FilterValue) -> str:
        return self._entry("ne", value)

    def gt(self, value: FilterValue) -> str:
        return self._entry("gt", value)

    def gte(self, value: FilterValue) -> str:
        return self._entry("gte", value)

    def lt(self, value: FilterValue) -> str:
        return self._entry("lt", value)

    def lte(self, value: FilterValue) -> str:
        return self._entry("lte", value)

    def contains(self, value: str) -> str:
        """Case-insensitive substring (string fields only)."""
        return self._entry("contains", value)

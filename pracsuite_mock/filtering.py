"""`q[]` filters: parsing entries and applying them to records. The one place the syntax lives.

An entry is `<field><sep><operator><sep><value>`; the separator, the operators allowed per
format and the value patterns are the spec's `FilterSyntax` (`x-filter-syntax` of `QueryFilters`),
the fields and their formats each operation's `filters` (`x-filters`). Entries AND together. A filter on `updated` reads the record's
`modified` stamp. Timestamps compare as instants, local date-times as naive date-times.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pracsuite_spec import FilterSyntax

from .errors import BadRequest

PARAM = "q[]"
RECORD_FIELD = {"updated": "modified"}


@dataclass(frozen=True)
class Filter:
    field: str
    operator: str
    format: str
    value: Any

    def matches(self, record: Mapping[str, Any]) -> bool:
        actual = _coerce(record.get(RECORD_FIELD.get(self.field, self.field)), self.format)
        if actual is None:
            return self.operator == "ne"
        try:
            return _OPERATORS[self.operator](actual, self.value)
        except TypeError:
            return False


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: bool(a == b),
    "ne": lambda a, b: bool(a != b),
    "gt": lambda a, b: bool(a > b),
    "gte": lambda a, b: bool(a >= b),
    "lt": lambda a, b: bool(a < b),
    "lte": lambda a, b: bool(a <= b),
    "contains": lambda a, b: str(b).casefold() in str(a).casefold(),
}


def parse(entries: Iterable[str], fields: Mapping[str, str], syntax: FilterSyntax) -> list[Filter]:
    """Parse every entry or raise 400 naming the entry and what is wrong with it."""
    sep = syntax.separator
    operators, patterns, examples = syntax.operators, syntax.value_patterns, syntax.value_examples
    out: list[Filter] = []
    for entry in entries:
        parts = entry.split(sep, 2)
        if len(parts) != 3:
            raise BadRequest(f"{PARAM}: entry {entry!r} must be <field>{sep}<operator>{sep}<value>")
        name, operator, raw = parts
        if name not in fields:
            allowed = ", ".join(fields) or "none"
            raise BadRequest(f"{PARAM}: unknown filter field {name!r}, allowed: {allowed}")
        fmt = fields[name]
        allowed_ops = list(operators.get(fmt, []))
        if operator not in allowed_ops:
            raise BadRequest(
                f"{PARAM}: operator {operator!r} is not allowed for {fmt} field {name!r}, "
                f"allowed: {', '.join(allowed_ops)}"
            )
        value = _parse_value(raw, fmt, patterns.get(fmt))
        if value is None:
            example = examples.get(fmt)
            hint = f" (e.g. {example})" if example else ""
            raise BadRequest(f"{PARAM}: value {raw!r} for {name!r} is not a valid {fmt}{hint}")
        out.append(Filter(name, operator, fmt, value))
    return out


def apply(records: Iterable[Mapping[str, Any]], filters: list[Filter]) -> list[Any]:
    if not filters:  # the common case: no per-record test at all
        return list(records)
    return [r for r in records if all(f.matches(r) for f in filters)]


def _parse_value(raw: str, fmt: str, pattern: str | None) -> Any:
    if pattern is not None and not re.fullmatch(pattern, raw):
        return None
    return _coerce(raw, fmt)


def _coerce(value: Any, fmt: str) -> Any:
    """A record or query value as a comparable Python value of the format, or None."""
    if value is None:
        return None
    try:
        if fmt == "integer":
            if isinstance(value, bool):
                return None
            return int(value)
        if fmt == "boolean":
            if isinstance(value, bool):
                return value
            return {"true": True, "false": False}.get(str(value))
        if fmt == "timestamp":
            stamp = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
        if fmt == "datetime":
            return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None)
        return str(value)
    except (ValueError, TypeError, OverflowError):
        return None

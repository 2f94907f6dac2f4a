"""`pracsuite.filters` writes every `q[]` entry, formatting values by type."""

from __future__ import annotations

import doctest
import enum
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pracsuite import F, filters

# The spec's value patterns (components.parameters.QueryFilters.x-filter-syntax.value_patterns).
TIMESTAMP = re.compile(
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]{1,6})?Z$"
)
LOCAL = re.compile(
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
)


def test_module_examples():
    assert doctest.testmod(filters).failed == 0


def test_aware_datetimes_become_utc_with_z():
    plus_ten = timezone(timedelta(hours=10))
    assert F("updated").gte(datetime(2026, 1, 1, 10, tzinfo=plus_ten)) == (
        "updated:gte:2026-01-01T00:00:00Z"
    )
    assert F("created").lt(datetime(2026, 1, 1, 0, 0, 0, 5, tzinfo=UTC)) == (
        "created:lt:2026-01-01T00:00:00.000005Z"
    )


def test_naive_datetimes_stay_local_without_offset():
    assert F("app_time").gte(datetime(2026, 3, 4, 9, 30)) == "app_time:gte:2026-03-04T09:30:00"
    with pytest.raises(ValueError):
        F("app_time").gte(datetime(2026, 3, 4, 9, 30, 0, 1))


def test_other_types():
    class Colour(enum.StrEnum):
        RED = "red"

    assert F("archived").eq(True) == "archived:eq:true"
    assert F("archived").ne(False) == "archived:ne:false"
    assert F("client_id").gt(41) == "client_id:gt:41"
    assert F("surname").contains("smi") == "surname:contains:smi"
    assert F("email").eq("a:b@example.com") == "email:eq:a:b@example.com"
    assert F("colour").eq(Colour.RED) == "colour:eq:red"
    assert F("date_of_birth").lte(date(1990, 4, 1)) == "date_of_birth:lte:1990-04-01"


def test_bad_inputs():
    with pytest.raises(ValueError):
        F("sur:name")
    with pytest.raises(TypeError):
        F("x").eq(1.5)  # type: ignore[arg-type]


@given(
    st.datetimes(
        timezones=st.timezones(), min_value=datetime(1900, 1, 2), max_value=datetime(9998, 12, 30)
    )
)
def test_every_aware_datetime_matches_the_timestamp_pattern(moment):
    value = F("updated").gte(moment).split(":", 2)[2]
    assert TIMESTAMP.match(value)
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert parsed == moment.astimezone(UTC)


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    )
)
def test_every_local_datetime_matches_the_datetime_pattern(moment):
    assert LOCAL.match(F("app_time").eq(moment).split(":", 2)[2])

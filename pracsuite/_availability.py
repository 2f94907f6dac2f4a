"""Availability over any date range, from the API's searches of at most `MAX_DAYS` days.

The range (both dates inclusive) is cut into consecutive windows of at most `MAX_DAYS` days (the
spec's window, written into `_spec_constants` by scripts/generate_resources.py);
each window is one paginated search; the results are merged, de-duplicated by
(`app_time`, `practitioner_business_id`) and ordered by that pair, the API's own order.
`Client` runs the windows one after another, `AsyncClient` concurrently (bounded).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from pracsuite_client.models.available_appointment import AvailableAppointment

from ._spec_constants import AVAILABILITY_MAX_DAYS

__all__ = ["MAX_DAYS", "merge", "search_params", "windows"]

MAX_DAYS = AVAILABILITY_MAX_DAYS


def windows(start: date, end: date, max_days: int = MAX_DAYS) -> list[tuple[date, date]]:
    """Inclusive (from, to) windows covering start..end, each at most `max_days` days."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    out = []
    first = start
    while first <= end:
        last = min(first + timedelta(days=max_days - 1), end)
        out.append((first, last))
        first = last + timedelta(days=1)
    return out


def search_params(
    appointment_type_id: int,
    *,
    business_ids: Iterable[int] | None,
    practitioner_ids: Iterable[int] | None,
    profession_ids: Iterable[int] | None,
    resource_ids: Iterable[int] | None,
    client_id: int | None,
    account_id: int | None,
    manual: bool | None,
    online: bool | None,
    waiting_list: bool | None,
) -> dict[str, Any]:
    """Keyword arguments for `list_available_appointments`, leaving out what was not given."""
    if account_id is not None and client_id is None:
        raise ValueError("account_id needs client_id (together they select the fee category)")
    params: dict[str, Any] = {
        "appointment_type_id": appointment_type_id,
        "business_ids": business_ids,
        "practitioner_ids": practitioner_ids,
        "profession_ids": profession_ids,
        "resource_ids": resource_ids,
        "client_id": client_id,
        "account_id": account_id,
        "manual": manual,
        "online": online,
        "waiting_list": waiting_list,
    }
    return {
        name: (list(value) if name.endswith("_ids") else value)
        for name, value in params.items()
        if value is not None
    }


def _key(slot: AvailableAppointment) -> tuple[datetime, int]:
    return slot.app_time, slot.practitioner_business_id


def merge(found: Iterable[AvailableAppointment]) -> list[AvailableAppointment]:
    """De-duplicated by (app_time, practitioner_business_id), ordered by that pair."""
    unique: dict[tuple[datetime, int], AvailableAppointment] = {}
    for slot in found:
        unique.setdefault(_key(slot), slot)
    return [unique[k] for k in sorted(unique)]

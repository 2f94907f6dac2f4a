"""What `Client` and `AsyncClient` share: configuration, the retry policy, configured copies and
the checking of arguments. As httpx's `BaseClient`, only the I/O is twinned in the subclasses.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import date
from typing import Any, Self

import httpx
from pracsuite_client.client import Client as GeneratedClient

from . import _availability
from ._config import Config, resolve_config
from ._logs import setup_logging
from ._pacing import Pacer, Pacing
from ._resource import AsyncAPIResource, SyncAPIResource
from ._retry import RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "BaseClient", "as_date"]

DEFAULT_TIMEOUT = 30.0


def as_date(value: date | str, name: str) -> date:
    """A `date` from a date or an ISO 8601 date string (`"2026-01-05"`)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise TypeError(
        f"{name} takes a datetime.date or an ISO date string like '2026-01-05', not {value!r}"
    )


class BaseClient:
    """Configuration shared by the sync and async clients (see `pracsuite.Client`)."""

    #: The generated client: pass it (or this client) as `client=` to any generated function.
    api: GeneratedClient
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        vendor_key: str | None,
        subscriber_key: str | None,
        base_url: str | None,
        max_attempts: int,
        max_retry_time: float,
        retry_policy: RetryPolicy | None,
        pacing: Pacing,
    ) -> None:
        setup_logging()
        #: Shared by every request and retry of this client and of its `with_options` copies.
        self.pacer = Pacer(pacing)
        self._config: Config = resolve_config(vendor_key, subscriber_key, base_url)
        self._policy = retry_policy or RetryPolicy(
            max_attempts=max_attempts, max_time=max_retry_time
        )
        self.base_url = self._config.base_url

    def _http_kwargs(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        """The httpx client arguments both twins use (the transport and hooks are theirs)."""
        return {"base_url": self.base_url, "auth": self._config.auth, "timeout": timeout}

    def __repr__(self) -> str:
        return f"pracsuite.{type(self).__name__}(base_url={self.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client whose calls use these options; this client is unchanged.

        The copy shares the connection pool (closing either closes both), as openai-python's
        `with_options` does. `max_retries` counts retries (0: one attempt)."""
        new = copy.copy(self)
        # the copy makes its own resources, which send through the copy's options
        for name, value in list(vars(new).items()):
            if isinstance(value, SyncAPIResource | AsyncAPIResource):
                del new.__dict__[name]
        new.api = self.api.with_options(
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
        return new

    @staticmethod
    def _availability_params(
        appointment_type_id: int, start: date | str, end: date | str, **filters: Any
    ) -> tuple[list[tuple[date, date]], dict[str, Any]]:
        """The 7-day windows and the search parameters of `find_available_times`."""
        if isinstance(appointment_type_id, bool) or not isinstance(appointment_type_id, int):
            raise TypeError(f"appointment_type_id takes an int, not {appointment_type_id!r}")
        windows = _availability.windows(as_date(start, "start"), as_date(end, "end"))
        return windows, _availability.search_params(appointment_type_id, **filters)


def availability_filters(
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
    return {
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

"""`Client`: the synchronous client. Configuration lives in `BaseClient`; this is its sync I/O."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from types import TracebackType
from typing import Any, TypeVar, overload

import httpx
from pracsuite_client.api.available_appointment import list_available_appointments
from pracsuite_client.client import Client as GeneratedClient
from pracsuite_client.models.available_appointment import AvailableAppointment

from . import _availability, _pagination
from ._base_client import DEFAULT_TIMEOUT, BaseClient, availability_filters
from ._errors import raise_for_status
from ._pacing import Pacing
from ._pagination import Page, SyncListEndpoint, SyncListFunction
from ._retry import RetryPolicy, RetryTransport
from .resources import ClientResources

__all__ = ["Client"]

P = TypeVar("P")
T = TypeVar("T")


def _raise_on_error(response: httpx.Response) -> None:
    # A 3xx with a Location is left to the operation: a documented one (an attachment's 302)
    # is its answer, an undocumented one raises there.
    if not (response.is_success or response.is_redirect):
        response.read()
        raise_for_status(response)


class Client(ClientResources, BaseClient):
    """A PracSuite API client: keys on every request, retries, typed errors, pagination.

    Every operation is `client.<resource>.<verb>(...)` (`client.patients.retrieve(1)`,
    `client.appointments.list()`), generated from the spec. It can also be passed (or its `.api`)
    as `client=` to any generated endpoint function; non-2xx answers raise `pracsuite.APIError`
    subclasses.
    """

    _http: httpx.Client

    def __init__(
        self,
        *,
        vendor_key: str | None = None,
        subscriber_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_attempts: int = 4,
        max_retry_time: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        requests_per_second: float | None = None,
        max_in_flight: int | None = 8,
        pacing: Pacing | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Keys and base URL default to PRACSUITE_VENDOR_KEY, PRACSUITE_SUBSCRIBER_KEY and
        PRACSUITE_BASE_URL (then https://api.pracsuite.com/v1). `retry_policy` overrides
        `max_attempts` and `max_retry_time`. Pacing is client-wide (every thread, every retry):
        at most `max_in_flight` requests at once and `requests_per_second` started per second
        (None: no bound; after a 429 without a set rate, the client learns one), or a whole
        `pracsuite.Pacing` as `pacing`. `transport` replaces the network (tests), and `sleep`
        the wait between retries. `PRACSUITE_LOG=debug` logs every request (keys and query
        values redacted)."""
        super().__init__(
            vendor_key=vendor_key,
            subscriber_key=subscriber_key,
            base_url=base_url,
            max_attempts=max_attempts,
            max_retry_time=max_retry_time,
            retry_policy=retry_policy,
            pacing=pacing or Pacing(requests_per_second, max_in_flight),
        )
        self._http = httpx.Client(
            **self._http_kwargs(timeout),
            transport=RetryTransport(transport, self._policy, sleep=sleep, pacer=self.pacer),
            event_hooks={"response": [_raise_on_error]},
        )
        # The generated layer adds its key guard here: the keys reach base_url's origin only,
        # whatever redirect is followed.
        self.api = GeneratedClient(base_url=self.base_url).set_httpx_client(self._http)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @overload
    def paginate(
        self,
        endpoint: SyncListEndpoint[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> Iterator[T]: ...

    @overload
    def paginate(
        self,
        endpoint: SyncListFunction[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> Iterator[T]: ...

    @overload
    def paginate(
        self,
        endpoint: SyncListEndpoint[Any] | SyncListFunction[Any],
        /,
        *,
        items: None = None,
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> Iterator[Any]: ...

    def paginate(
        self,
        endpoint: Any,
        /,
        *,
        items: Callable[[Any], Sequence[Any]] | None = None,
        page_size: int = 100,
        id_field: str | None = None,
        keyset: bool = False,
        **params: Any,
    ) -> Iterator[Any]:
        """Lazily iterate the items of every page of a list operation.

        `endpoint` is a generated module (`list_patients`) or its `sync_detailed`; `params` are
        the operation's own (`sort_by=`, `q=`, ...). `items` picks the page's item list (and
        types the items); `id_field` de-duplicates by that field; `keyset=True` walks by id
        instead of by page (see `pracsuite._pagination` for the guarantees of each mode).
        """
        return _pagination.paginate(
            self.api,
            _pagination.sync_call(endpoint),  # refuses a non-list operation now, not lazily
            items=items,
            page_size=page_size,
            id_field=id_field,
            keyset=keyset,
            params=params,
        )

    @overload
    def page(
        self,
        endpoint: SyncListEndpoint[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page: int = ...,
        page_size: int = ...,
        **params: Any,
    ) -> Page[P, T]: ...

    @overload
    def page(
        self,
        endpoint: SyncListEndpoint[P],
        /,
        *,
        items: None = None,
        page: int = ...,
        page_size: int = ...,
        **params: Any,
    ) -> Page[P, Any]: ...

    def page(
        self,
        endpoint: Any,
        /,
        *,
        items: Callable[[Any], Sequence[Any]] | None = None,
        page: int = 1,
        page_size: int = 100,
        **params: Any,
    ) -> Page[Any, Any]:
        """One page of a list operation, as a `Page`: `.items`, `.total_entries`,
        `.has_next_page()`, `.next_page()`, `.iter_pages()`."""
        return _pagination.first_page(
            self.api, endpoint, items=items, page=page, page_size=page_size, params=params
        )

    def find_available_times(
        self,
        appointment_type_id: int,
        start: date | str,
        end: date | str,
        *,
        business_ids: Iterable[int] | None = None,
        practitioner_ids: Iterable[int] | None = None,
        profession_ids: Iterable[int] | None = None,
        resource_ids: Iterable[int] | None = None,
        client_id: int | None = None,
        account_id: int | None = None,
        manual: bool | None = None,
        online: bool | None = None,
        waiting_list: bool | None = None,
        page_size: int = 100,
    ) -> list[AvailableAppointment]:
        """Available times from `start` to `end` (inclusive, any length; dates or ISO strings),
        merged, de-duplicated by (app_time, practitioner_business_id) and ordered by them; one
        7-day search at a time."""
        windows, params = self._availability_params(
            appointment_type_id,
            start,
            end,
            **availability_filters(
                business_ids,
                practitioner_ids,
                profession_ids,
                resource_ids,
                client_id,
                account_id,
                manual,
                online,
                waiting_list,
            ),
        )
        found: list[AvailableAppointment] = []
        for first, last in windows:
            found.extend(
                self.paginate(
                    list_available_appointments,
                    items=lambda page: page.available_times,
                    page_size=page_size,
                    from_=first,
                    to=last,
                    **params,
                )
            )
        return _availability.merge(found)

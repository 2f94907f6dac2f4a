"""`AsyncClient`: the asyncio client. Configuration lives in `BaseClient`; this is its async I/O."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
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
from ._pagination import AsyncListEndpoint, AsyncListFunction, AsyncPage
from ._retry import AsyncRetryTransport, RetryPolicy
from .resources import AsyncClientResources

__all__ = ["AsyncClient"]

P = TypeVar("P")
T = TypeVar("T")


async def _raise_on_error(response: httpx.Response) -> None:
    # A 3xx with a Location is left to the operation (see _client._raise_on_error).
    if not (response.is_success or response.is_redirect):
        await response.aread()
        raise_for_status(response)


class AsyncClient(AsyncClientResources, BaseClient):
    """The asyncio twin of `pracsuite.Client`: `await client.<resource>.<verb>(...)`, lists
    with `async for`; generated `asyncio*` functions take `client=client` (or `client.api`)."""

    _http: httpx.AsyncClient

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
        max_concurrency: int = 4,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """As `pracsuite.Client`; `max_concurrency` bounds the concurrent availability windows."""
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        super().__init__(
            vendor_key=vendor_key,
            subscriber_key=subscriber_key,
            base_url=base_url,
            max_attempts=max_attempts,
            max_retry_time=max_retry_time,
            retry_policy=retry_policy,
            pacing=pacing or Pacing(requests_per_second, max_in_flight),
        )
        self.max_concurrency = max_concurrency
        self._http = httpx.AsyncClient(
            **self._http_kwargs(timeout),
            transport=AsyncRetryTransport(transport, self._policy, sleep=sleep, pacer=self.pacer),
            event_hooks={"response": [_raise_on_error]},
        )
        # The generated layer adds its key guard here: the keys reach base_url's origin only,
        # whatever redirect is followed.
        self.api = GeneratedClient(base_url=self.base_url).set_async_httpx_client(self._http)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @overload
    def paginate(
        self,
        endpoint: AsyncListEndpoint[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> AsyncIterator[T]: ...

    @overload
    def paginate(
        self,
        endpoint: AsyncListFunction[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> AsyncIterator[T]: ...

    @overload
    def paginate(
        self,
        endpoint: AsyncListEndpoint[Any] | AsyncListFunction[Any],
        /,
        *,
        items: None = None,
        page_size: int = ...,
        id_field: str | None = ...,
        keyset: bool = ...,
        **params: Any,
    ) -> AsyncIterator[Any]: ...

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
    ) -> AsyncIterator[Any]:
        """As `pracsuite.Client.paginate`, as an async iterator (`async for`)."""
        return _pagination.apaginate(
            self.api,
            _pagination.async_call(endpoint),  # refuses a non-list operation now, not lazily
            items=items,
            page_size=page_size,
            id_field=id_field,
            keyset=keyset,
            params=params,
        )

    @overload
    async def page(
        self,
        endpoint: AsyncListEndpoint[P],
        /,
        *,
        items: Callable[[P], Sequence[T]],
        page: int = ...,
        page_size: int = ...,
        **params: Any,
    ) -> AsyncPage[P, T]: ...

    @overload
    async def page(
        self,
        endpoint: AsyncListEndpoint[P],
        /,
        *,
        items: None = None,
        page: int = ...,
        page_size: int = ...,
        **params: Any,
    ) -> AsyncPage[P, Any]: ...

    async def page(
        self,
        endpoint: Any,
        /,
        *,
        items: Callable[[Any], Sequence[Any]] | None = None,
        page: int = 1,
        page_size: int = 100,
        **params: Any,
    ) -> AsyncPage[Any, Any]:
        """As `pracsuite.Client.page`; `next_page()` is awaited, `iter_pages()` is `async for`."""
        return await _pagination.afirst_page(
            self.api, endpoint, items=items, page=page, page_size=page_size, params=params
        )

    async def find_available_times(
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
        """As `pracsuite.Client.find_available_times`, with the 7-day windows searched
        concurrently, at most `max_concurrency` at a time."""
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
        gate = asyncio.Semaphore(self.max_concurrency)

        async def window(first: date, last: date) -> list[AvailableAppointment]:
            async with gate:
                pages = self.paginate(
                    list_available_appointments,
                    items=lambda page: page.available_times,
                    page_size=page_size,
                    from_=first,
                    to=last,
                    **params,
                )
                return [slot async for slot in pages]

        results = await asyncio.gather(*(window(first, last) for first, last in windows))
        return _availability.merge(slot for batch in results for slot in batch)

"""What the generated resources (`pracsuite.resources`) stand on: the resource base classes and
the lazy paginators their `list` methods answer.

A paginator sends nothing until it is iterated; iterating fetches one page at a time and stops
when the caller stops (`next(iter(client.patients.list()))` costs one request). Each iteration
starts again from the first page. `pages()` walks `Page`s, `first_page()` fetches only the first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pracsuite_client.types import Response

from ._pagination import AsyncPage, Page, _page_of

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client

__all__ = ["AsyncAPIResource", "AsyncPaginator", "SyncAPIResource", "SyncPaginator"]

P = TypeVar("P")
T = TypeVar("T")


class SyncAPIResource:
    """One resource of `pracsuite.Client` (`client.patients`); its methods are generated."""

    def __init__(self, client: Client) -> None:
        self._client = client


class AsyncAPIResource:
    """One resource of `pracsuite.AsyncClient`; its methods are generated and awaitable."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class SyncPaginator(Generic[P, T]):
    """The items of every page of a list, fetched lazily: iterate it (`for patient in ...`)."""

    __slots__ = ("_call", "_client", "_items", "_params")

    def __init__(
        self,
        client: Client,
        call: Callable[..., Response[P]],
        items: Callable[[P], Sequence[T]],
        params: dict[str, Any],
    ) -> None:
        self._client = client
        self._call = call
        self._items = items
        self._params = params

    def first_page(self) -> Page[P, T]:
        """The first page only (one request): `.items`, `.total_entries`, `.next_page()`."""
        api = self._client.api
        model: P = _page_of(self._call(client=api, **self._params))
        return Page(api, model, self._items, set())

    def pages(self) -> Iterator[Page[P, T]]:
        """Each page in turn, fetched as the iteration reaches it."""
        return self.first_page().iter_pages()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def first(self) -> T | None:
        """The first item, or None when the list is empty (one request)."""
        return next(iter(self.first_page().items), None)


class AsyncPaginator(Generic[P, T]):
    """As `SyncPaginator`, for `AsyncClient`: `async for patient in ...`."""

    __slots__ = ("_call", "_client", "_items", "_params")

    def __init__(
        self,
        client: AsyncClient,
        call: Callable[..., Awaitable[Response[P]]],
        items: Callable[[P], Sequence[T]],
        params: dict[str, Any],
    ) -> None:
        self._client = client
        self._call = call
        self._items = items
        self._params = params

    async def first_page(self) -> AsyncPage[P, T]:
        """The first page only (one request)."""
        api = self._client.api
        model: P = _page_of(await self._call(client=api, **self._params))
        return AsyncPage(api, model, self._items, set())

    async def pages(self) -> AsyncIterator[AsyncPage[P, T]]:
        """Each page in turn, fetched as the iteration reaches it."""
        first = await self.first_page()
        async for page in first.iter_pages():
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def first(self) -> T | None:
        """The first item, or None when the list is empty (one request)."""
        return next(iter((await self.first_page()).items), None)

"""Auto-pagination of any list operation, sync and async.

Give it a generated endpoint module (`pracsuite_client.api.patient.list_patients`) or its
`sync_detailed` / `asyncio_detailed` function, plus the operation's parameters. It calls the
generated function for the first page, then follows `links.next` (an absolute URL, fetched through
the same httpx client, so the same keys, retries and errors) until it is null or a page is empty.

Items are typed when you pass `items=lambda page: page.patients`; without it the item list is
found on the page model (its only list field) and typed `Any`.

Consistency while pages change (offset pagination has no snapshot):
- link mode (default): a record inserted before the cursor shifts later records right (one is seen
  twice); one deleted before the cursor shifts them left (one is skipped). `id_field="client_id"`
  drops the repeats, so there is never a duplicate; a deletion mid-iteration can still cause a gap.
- keyset mode (`keyset=True`, needs `id_field` and an operation whose `x-filters` let `<id_field>`
  be compared with `gt`): each request is page 1 of `q[]=<id_field>:gt:<last id seen>`, sorted by
  the id. Every record that exists for the whole iteration is yielded exactly once, whatever else
  is inserted or deleted; records created during it appear only if their id is above the cursor.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

import attrs
import httpx
from pracsuite_client.client import Client as GeneratedClient
from pracsuite_client.types import Response, json_body

from ._errors import PracSuiteError, UnexpectedResponseError
from .filters import F

__all__ = [
    "AsyncListEndpoint",
    "AsyncListFunction",
    "AsyncPage",
    "Page",
    "SyncListEndpoint",
    "SyncListFunction",
    "afirst_page",
    "apaginate",
    "first_page",
    "paginate",
]

P = TypeVar("P")
T = TypeVar("T")


class SyncListEndpoint(Protocol[P]):
    """A generated list-operation module, as used by `Client`."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[P]: ...


class SyncListFunction(Protocol[P]):
    """A generated list operation's `sync_detailed` function."""

    def __call__(self, *args: Any, **kwargs: Any) -> Response[P]: ...


class AsyncListEndpoint(Protocol[P]):
    """A generated list-operation module, as used by `AsyncClient`."""

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Response[P]: ...


class AsyncListFunction(Protocol[P]):
    """A generated list operation's `asyncio_detailed` function."""

    def __call__(self, *args: Any, **kwargs: Any) -> Awaitable[Response[P]]: ...


# --- shared, I/O-free steps --------------------------------------------------------------------


def _page_of(response: Response[Any] | Any) -> Any:
    page = response.parsed if isinstance(response, Response) else response  # `sync` gives the page
    if page is None:  # a documented answer with no body: not a list operation
        raise PracSuiteError(f"unexpected list response: {response!r}")
    return page


def _items_of(page: Any, items: Callable[[Any], Sequence[Any]] | None) -> Sequence[Any]:
    if items is not None:
        return items(page)
    lists = [
        value
        for f in attrs.fields(type(page))
        if f.name != "additional_properties" and isinstance(value := getattr(page, f.name), list)
    ]
    if len(lists) != 1:
        raise PracSuiteError(f"cannot tell the items of {type(page).__name__}: pass items=")
    return lists[0]


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _next_url(page: Any, base_url: httpx.URL, visited: set[str], batch_size: int) -> str | None:
    """The next page's URL, or None at the end. Refuses to send the keys to another origin."""
    links = getattr(page, "links", None)
    url = getattr(links, "next_", None)
    if not isinstance(url, str) or not url or batch_size == 0:
        return None
    if _origin(httpx.URL(url)) != _origin(base_url):
        raise PracSuiteError(f"links.next points outside {base_url}: refusing to follow it")
    if url in visited:
        raise PracSuiteError("links.next repeats a page already fetched")
    visited.add(url)
    return url


class _Dedupe:
    def __init__(self, id_field: str | None) -> None:
        self._id_field = id_field
        self._seen: set[Hashable] = set()

    def new(self, batch: Sequence[T]) -> list[T]:
        if self._id_field is None:
            return list(batch)
        fresh = []
        for item in batch:
            ident = getattr(item, self._id_field)
            if ident not in self._seen:
                self._seen.add(ident)
                fresh.append(item)
        return fresh


def _keyset_params(params: dict[str, Any], id_field: str | None) -> tuple[str, list[str]]:
    if id_field is None:
        raise ValueError("keyset=True needs id_field=, the record's id field")
    sort_by = params.get("sort_by")
    if sort_by is not None and (not sort_by or str(sort_by[0]) != id_field):
        raise ValueError(f"keyset=True needs sort_by to start with {id_field!r}")
    return id_field, list(params.pop("q", None) or [])


def _list_call(endpoint: Any, attribute: str) -> Any:
    """The generated function to call, refusing at once what is not a list operation."""
    call = getattr(endpoint, attribute, endpoint)
    name = getattr(endpoint, "__name__", repr(endpoint)).rsplit(".", 1)[-1]
    try:
        takes_pages = "page_size" in inspect.signature(call).parameters
    except (TypeError, ValueError):
        takes_pages = False
    if not takes_pages:
        raise TypeError(
            f"paginate() takes a list operation (a generated module such as list_patients, or "
            f"its {attribute}); {name} has no page_size: call it directly instead"
        )
    return call


def sync_call(endpoint: Any) -> Callable[..., Response[Any]]:
    return _list_call(endpoint, "sync_detailed")  # type: ignore[no-any-return]


def async_call(endpoint: Any) -> Callable[..., Awaitable[Response[Any]]]:
    return _list_call(endpoint, "asyncio_detailed")  # type: ignore[no-any-return]


def _parse_page(model: type[Any], response: httpx.Response) -> Any:
    """The next page (a `links.next` answer) as the first page's model, read as the generated
    functions read theirs (`json_body`: orjson when installed)."""
    try:
        return model.from_dict(json_body(response))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponseError(
            f"cannot parse the page ({type(exc).__name__}: {exc})", response
        ) from exc


def _total(page: Any) -> int | None:
    total = getattr(page, "total_entries", None)
    return total if isinstance(total, int) else None


# --- page objects ------------------------------------------------------------------------------


class _PageBase(Generic[P, T]):
    def __init__(
        self,
        api: GeneratedClient,
        model: P,
        items: Callable[[Any], Sequence[Any]] | None,
        visited: set[str],
    ) -> None:
        #: The page as the generated model (`ListPatientsResponse200`...).
        self.model = model
        #: The page's items.
        self.items: list[T] = list(_items_of(model, items))
        #: How many records the whole listing has (the API's `total_entries`).
        self.total_entries = _total(model)
        self._api = api
        self._items = items
        self._visited = visited

    def _next_url(self, base_url: httpx.URL) -> str | None:
        return _next_url(self.model, base_url, set(self._visited), len(self.items))

    def has_next_page(self) -> bool:
        """Whether `links.next` points to another page (and this one was not empty)."""
        links = getattr(self.model, "links", None)
        url = getattr(links, "next_", None)
        return isinstance(url, str) and bool(url) and bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, total_entries={self.total_entries})"


class Page(_PageBase[P, T]):
    """One page of a list operation (`Client.page`); iterate it for its items."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def next_page(self) -> Page[P, T]:
        """The following page (follows `links.next`); `PracSuiteError` if there is none."""
        http = self._api.get_httpx_client()
        url = self._next_url(http.base_url) if self.has_next_page() else None
        if url is None:
            raise PracSuiteError("this is the last page: check has_next_page() first")
        model = _parse_page(type(self.model), http.get(url))
        return Page(self._api, model, self._items, self._visited | {url})

    def iter_pages(self) -> Iterator[Page[P, T]]:
        """This page, then each following one."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page


class AsyncPage(_PageBase[P, T]):
    """One page of a list operation (`AsyncClient.page`); iterate it for its items."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    async def next_page(self) -> AsyncPage[P, T]:
        """The following page (follows `links.next`); `PracSuiteError` if there is none."""
        http = self._api.get_async_httpx_client()
        url = self._next_url(http.base_url) if self.has_next_page() else None
        if url is None:
            raise PracSuiteError("this is the last page: check has_next_page() first")
        model = _parse_page(type(self.model), await http.get(url))
        return AsyncPage(self._api, model, self._items, self._visited | {url})

    async def iter_pages(self) -> AsyncIterator[AsyncPage[P, T]]:
        """This page, then each following one."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page


def first_page(
    api: GeneratedClient,
    endpoint: Any,
    *,
    items: Callable[[Any], Sequence[Any]] | None,
    page: int,
    page_size: int,
    params: dict[str, Any],
) -> Page[Any, Any]:
    call = sync_call(endpoint)
    model = _page_of(call(client=api, page=page, page_size=page_size, **params))
    return Page(api, model, items, set())


async def afirst_page(
    api: GeneratedClient,
    endpoint: Any,
    *,
    items: Callable[[Any], Sequence[Any]] | None,
    page: int,
    page_size: int,
    params: dict[str, Any],
) -> AsyncPage[Any, Any]:
    call = async_call(endpoint)
    model = _page_of(await call(client=api, page=page, page_size=page_size, **params))
    return AsyncPage(api, model, items, set())


# --- sync --------------------------------------------------------------------------------------


def paginate(
    api: GeneratedClient,
    endpoint: Any,
    *,
    items: Callable[[Any], Sequence[Any]] | None,
    page_size: int,
    id_field: str | None,
    keyset: bool,
    params: dict[str, Any],
) -> Iterator[Any]:
    call = sync_call(endpoint)
    if keyset:
        yield from _keyset(api, call, items, page_size, params, id_field)
        return
    http = api.get_httpx_client()
    dedupe = _Dedupe(id_field)
    visited: set[str] = set()
    page = _page_of(call(client=api, page_size=page_size, **params))
    while True:
        batch = _items_of(page, items)
        yield from dedupe.new(batch)
        url = _next_url(page, http.base_url, visited, len(batch))
        if url is None:
            return
        page = _parse_page(type(page), http.get(url))


def _keyset(
    api: GeneratedClient,
    call: Callable[..., Response[Any]],
    items: Callable[[Any], Sequence[Any]] | None,
    page_size: int,
    params: dict[str, Any],
    id_field: str | None,
) -> Iterator[Any]:
    params = dict(params)
    key, q = _keyset_params(params, id_field)
    cursor: list[str] = []
    while True:
        page = _page_of(call(client=api, page=1, page_size=page_size, q=q + cursor, **params))
        batch = _items_of(page, items)
        yield from batch
        if len(batch) < page_size:
            return
        cursor = [F(key).gt(getattr(batch[-1], key))]


# --- async -------------------------------------------------------------------------------------


async def apaginate(
    api: GeneratedClient,
    endpoint: Any,
    *,
    items: Callable[[Any], Sequence[Any]] | None,
    page_size: int,
    id_field: str | None,
    keyset: bool,
    params: dict[str, Any],
) -> AsyncIterator[Any]:
    call = async_call(endpoint)
    if keyset:
        async for item in _akeyset(api, call, items, page_size, params, id_field):
            yield item
        return
    http = api.get_async_httpx_client()
    dedupe = _Dedupe(id_field)
    visited: set[str] = set()
    page = _page_of(await call(client=api, page_size=page_size, **params))
    while True:
        batch = _items_of(page, items)
        for item in dedupe.new(batch):
            yield item
        url = _next_url(page, http.base_url, visited, len(batch))
        if url is None:
            return
        page = _parse_page(type(page), await http.get(url))


async def _akeyset(
    api: GeneratedClient,
    call: Callable[..., Awaitable[Response[Any]]],
    items: Callable[[Any], Sequence[Any]] | None,
    page_size: int,
    params: dict[str, Any],
    id_field: str | None,
) -> AsyncIterator[Any]:
    params = dict(params)
    key, q = _keyset_params(params, id_field)
    cursor: list[str] = []
    while True:
        page = _page_of(await call(client=api, page=1, page_size=page_size, q=q + cursor, **params))
        batch = _items_of(page, items)
        for item in batch:
            yield item
        if len(batch) < page_size:
            return
        cursor = [F(key).gt(getattr(batch[-1], key))]

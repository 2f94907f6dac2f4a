"""The client object every operation function takes (`client=`).

PracSuite changes to the stock openapi-python-client 0.29.1 client:

- a default timeout (`DEFAULT_TIMEOUT`), so no call can hang for ever;
- `with_options`, `with_headers`, `with_timeout` and `with_cookies` return a configured COPY that
  shares the httpx client (its keys, retries and connection pool) and applies its options to its
  own requests only; they never change the client they were called on;
- a client given only an `httpx.AsyncClient` (`pracsuite.AsyncClient().api`) refuses sync calls
  with a TypeError at once, and one given only an `httpx.Client` refuses asyncio calls, instead
  of quietly building a second, unconfigured httpx client;
- the operation functions accept a `pracsuite.Client` itself (anything with a client as `.api`);
- a network failure raises `errors.APIConnectionError` / `APITimeoutError` (the httpx exception
  is the `__cause__`), so every failure of a call is an `errors.PracSuiteError`;
- the two API keys (`KEY_HEADERS`) go to the base URL's origin only: every httpx client this
  object sends through, built or given (`set_httpx_client`), gets a request hook that removes
  them from any request to another origin, such as the follow-up of the 302 of an attachment's
  content to its storage. httpx itself drops only `Authorization` across origins.
"""

import ssl
from collections.abc import Mapping
from typing import Any, Protocol, Self

import httpx
from attrs import define, evolve, field, frozen

from . import errors

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEY_HEADERS",
    "MAX_RETRIES_EXTENSION",
    "AuthenticatedClient",
    "Client",
    "HasApi",
    "RequestOptions",
    "resolve_client",
]

#: Used when no timeout is given: 30 s for each of connect, read, write and pool.
DEFAULT_TIMEOUT = httpx.Timeout(30.0)
#: The httpx request extension that carries a per-call `max_retries` to a retrying transport.
MAX_RETRIES_EXTENSION = "pracsuite.max_retries"
#: The API's key headers: sent to the base URL's origin and nowhere else.
KEY_HEADERS = ("x-api-key", "A-api-key")

_Origin = tuple[str, str, int | None]


def _origin(url: httpx.URL) -> _Origin:
    return url.scheme, url.host, url.port  # httpx leaves the port None when it is the default


def _strip_keys_abroad(request: httpx.Request, home: _Origin) -> None:
    if _origin(request.url) != home:
        for name in KEY_HEADERS:
            request.headers.pop(name, None)


@frozen
class _KeyGuard:
    """Request hook of an `httpx.Client`. A hook, not auth: httpx runs request hooks for every
    request it sends, a redirect's follow-up included, and after any auth has set the headers."""

    home: _Origin

    def __call__(self, request: httpx.Request) -> None:
        _strip_keys_abroad(request, self.home)


@frozen
class _AsyncKeyGuard:
    """The `httpx.AsyncClient` twin of `_KeyGuard` (async clients await their hooks)."""

    home: _Origin

    async def __call__(self, request: httpx.Request) -> None:
        _strip_keys_abroad(request, self.home)


def _guard_keys(http: httpx.Client | httpx.AsyncClient, base_url: str) -> None:
    """Add the key guard to `http` after its own request hooks (the user's stay, and run first,
    so a key one of them adds is stripped too); once per client."""
    hooks = http.event_hooks
    if any(isinstance(hook, (_KeyGuard, _AsyncKeyGuard)) for hook in hooks["request"]):
        return
    # Where the requests go: the httpx client's base URL, else (none set) this object's.
    home = _origin(http.base_url if http.base_url.host else httpx.URL(base_url))
    guard = _AsyncKeyGuard(home) if isinstance(http, httpx.AsyncClient) else _KeyGuard(home)
    http.event_hooks = {**hooks, "request": [*hooks["request"], guard]}


@frozen
class RequestOptions:
    """Options for one request, or for every request of a client copy (`with_options`)."""

    headers: Mapping[str, str] = field(factory=dict)
    query: Mapping[str, Any] = field(factory=dict)
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None

    @classmethod
    def of(
        cls,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> "RequestOptions":
        if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
            raise ValueError(f"max_retries must be an integer >= 0, not {max_retries!r}")
        return cls(dict(extra_headers or {}), dict(extra_query or {}), timeout, max_retries)

    def merged(self, other: "RequestOptions | None") -> "RequestOptions":
        """These options, overridden by `other`'s."""
        if other is None:
            return self
        return RequestOptions(
            {**self.headers, **other.headers},
            {**self.query, **other.query},
            other.timeout if other.timeout is not None else self.timeout,
            other.max_retries if other.max_retries is not None else self.max_retries,
        )

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """httpx `request()` keyword arguments with these options added."""
        kwargs = dict(kwargs)
        if self.headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **self.headers}
        if self.query:
            kwargs["params"] = {**kwargs.get("params", {}), **self.query}
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        if self.max_retries is not None:
            kwargs["extensions"] = {**kwargs.get("extensions", {}), MAX_RETRIES_EXTENSION: self.max_retries}
        return kwargs


@define
class _BaseClient:
    """Configuration shared by `Client` and `AuthenticatedClient` (see `Client`)."""

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _options: RequestOptions = field(factory=RequestOptions, kw_only=True, alias="options")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    # Set when the caller handed over an httpx client of one kind only: the other kind is refused.
    _given: str | None = field(default=None, init=False)

    # --- configured copies (never mutate self) ---

    def _copy(self, options: RequestOptions) -> Self:
        new = evolve(self, options=self._options.merged(options))
        new._client, new._async_client, new._given = self._client, self._async_client, self._given
        return new

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client whose requests use these options; this one is unchanged."""
        return self._copy(
            RequestOptions.of(
                timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
            )
        )

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that adds `headers` to its requests; this one is unchanged."""
        return self.with_options(extra_headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that sends `cookies` (as a Cookie header); this one is unchanged."""
        cookie = "; ".join(f"{name}={value}" for name, value in {**self._cookies, **cookies}.items())
        return self.with_options(extra_headers={"Cookie": cookie})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with its own timeout; this one is unchanged."""
        return self.with_options(timeout=timeout)

    # --- the httpx clients ---

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send the sync calls through `client` (its headers, auth and timeout; not this object's).
        If no async client is set too, asyncio calls are refused. The key guard is added to it."""
        _guard_keys(client, self._base_url)
        self._client = client
        self._given = "both" if self._given in ("async", "both") else "sync"
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, built from this configuration if none was set."""
        if self._client is None:
            if self._given == "async":
                raise TypeError(
                    "this client sends through an httpx.AsyncClient (e.g. pracsuite.AsyncClient().api): "
                    "call the operation's asyncio() or asyncio_detailed(), or pass pracsuite.Client().api"
                )
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
            _guard_keys(self._client, self._base_url)
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send the asyncio calls through `async_client`. If no sync client is set too, sync calls
        are refused. The key guard is added to it."""
        _guard_keys(async_client, self._base_url)
        self._async_client = async_client
        self._given = "both" if self._given in ("sync", "both") else "async"
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, built from this configuration if none was set."""
        if self._async_client is None:
            if self._given == "sync":
                raise TypeError(
                    "this client sends through a sync httpx.Client (e.g. pracsuite.Client().api): "
                    "call the operation's sync() or sync_detailed(), or pass pracsuite.AsyncClient().api"
                )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
            _guard_keys(self._async_client, self._base_url)
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    # --- sending (what the operation functions call) ---

    def request(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """Send one request built by an operation's `_get_kwargs`, with this client's options and
        then `options` applied. A network failure raises `errors.APIConnectionError`."""
        http = self.get_httpx_client()
        try:
            return http.request(**self._options.merged(options).apply(kwargs))
        except httpx.TransportError as exc:
            raise _connection_error(exc) from exc

    async def arequest(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """The asyncio twin of `request`."""
        http = self.get_async_httpx_client()
        try:
            return await http.request(**self._options.merged(options).apply(kwargs))
        except httpx.TransportError as exc:
            raise _connection_error(exc) from exc


def _connection_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises this when the error was made without a request
        request = None
    cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
    return cls(f"{type(exc).__name__}: {exc}", request=request)


@define
class Client(_BaseClient):
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default: DEFAULT_TIMEOUT).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False. A redirect
        to another origin (an attachment's storage) is followed without the keys (`KEY_HEADERS`).

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and
        ``httpx.AsyncClient`` constructor.

        ``options``: `RequestOptions` applied to every request (see `with_options`).

    Attributes:
        raise_on_unexpected_status: Kept for compatibility: every answer the client cannot read
            raises `errors.UnexpectedResponseError`, whatever its value.
    """


@define
class AuthenticatedClient(_BaseClient):
    """A Client that sends a token in one header (`auth_header_name`), as `Client` otherwise.

    PracSuite needs two keys, so use `Client(headers=...)` or `pracsuite.Client` instead.

    Attributes:
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __attrs_post_init__(self) -> None:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token


class HasApi(Protocol):
    """Anything that carries a generated client as `.api`, such as `pracsuite.Client`."""

    @property
    def api(self) -> Client: ...


def resolve_client(client: "Client | AuthenticatedClient | HasApi") -> "Client | AuthenticatedClient":
    """The generated client to send through: `client` itself, or its `.api`."""
    if isinstance(client, _BaseClient):
        return client  # type: ignore[return-value]
    api = getattr(client, "api", None)
    if isinstance(api, _BaseClient):
        return api  # type: ignore[return-value]
    raise TypeError(f"client= takes a pracsuite_client.Client or a pracsuite.Client, not {type(client).__name__}")

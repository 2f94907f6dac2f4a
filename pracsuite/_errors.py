"""The one exception hierarchy of the client, and the mapping from an error response to it.

Every non-2xx answer becomes an `APIError` subclass chosen by HTTP status, carrying the fields
of the documented envelope `{"error": {"status", "code", "detail", "validation"?},
"request_id"}`. A network failure that outlived the retries becomes an `APIConnectionError`.
Messages name the method, the path and the envelope; never a header, so never a key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "InvalidParamsError",
    "NotFoundError",
    "PermissionDeniedError",
    "PracSuiteError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "error_from_response",
    "parse_retry_after",
]


class PracSuiteError(Exception):
    """Base of every error this package raises."""


class APIError(PracSuiteError):
    """The API answered a non-2xx status. Fields come from the error envelope when present."""

    def __init__(
        self,
        status: int,
        code: str | None,
        detail: str,
        request_id: str | None,
        *,
        method: str = "",
        path: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.request_id = request_id
        self.method = method
        self.path = path
        #: Response headers (never the request's, which hold the keys).
        self.headers: Mapping[str, str] = dict(headers or {})
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        code = f" {self.code}" if self.code else ""
        rid = f" (request_id={self.request_id})" if self.request_id else ""
        return f"{where}{self.status}{code}: {self.detail}{rid}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"detail={self.detail!r}, request_id={self.request_id!r})"
        )


class InvalidParamsError(APIError):
    """400 INVALID_PARAMS: a query or path parameter broke a rule named in `detail`."""


class AuthenticationError(APIError):
    """401 UNAUTHORIZED: a key was not recognised."""


class PermissionDeniedError(APIError):
    """403 MISSING_AUTHENTICATION_TOKEN: a key is missing, or the endpoint does not exist."""


class NotFoundError(APIError):
    """404 NOT_FOUND: no such record for this tenant."""


class ValidationError(APIError):
    """422 INVALID_BODY: `validation` lists (field, message) for each bad body field."""

    def __init__(
        self,
        status: int,
        code: str | None,
        detail: str,
        request_id: str | None,
        *,
        validation: list[tuple[str, str]] | None = None,
        method: str = "",
        path: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.validation: list[tuple[str, str]] = list(validation or [])
        super().__init__(
            status, code, detail, request_id, method=method, path=path, headers=headers
        )

    def _message(self) -> str:
        issues = "; ".join(f"{field}: {message}" for field, message in self.validation)
        return super()._message() + (f" [{issues}]" if issues else "")


class RateLimitError(APIError):
    """429 TOO_MANY_REQUESTS, after the retries gave up. `retry_after` is in seconds, or None."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(APIError):
    """5xx: the server failed (after the retries, for the retryable statuses)."""


class APIConnectionError(PracSuiteError):
    """The request could not be completed over the network (after the retries).

    The underlying httpx exception is the `__cause__`.
    """

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        self.method = method
        self.path = path
        super().__init__(f"{method} {path}: {message}" if method else message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), after the retries."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidParamsError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or HTTP-date), or None."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from datetime import datetime  # an HTTP-date is rare: import lazily
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _envelope(response: httpx.Response) -> tuple[dict[str, Any], str | None]:
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}, None
    if not isinstance(body, dict):
        return {}, None
    error = body.get("error")
    request_id = body.get("request_id")
    return (error if isinstance(error, dict) else {}), (
        str(request_id) if request_id is not None else None
    )


def error_from_response(response: httpx.Response) -> APIError:
    """The typed error for a non-2xx response whose body has been read."""
    error, request_id = _envelope(response)
    status = response.status_code
    code = error.get("code")
    detail = error.get("detail")
    if not isinstance(detail, str) or not detail:
        detail = response.reason_phrase or "HTTP error"
    kwargs: dict[str, Any] = {
        "method": response.request.method,
        "path": response.request.url.path,
        "headers": response.headers,
    }
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    if cls is ValidationError:
        issues = error.get("validation")
        kwargs["validation"] = [
            (str(item.get("field", "")), str(item.get("message", "")))
            for item in (issues if isinstance(issues, list) else [])
            if isinstance(item, dict)
        ]
    return cls(status, code if isinstance(code, str) else None, detail, request_id, **kwargs)


def raise_for_status(response: httpx.Response) -> None:
    """httpx response hook: raise the typed error for any non-2xx (body must be read)."""
    if not response.is_success:
        raise error_from_response(response)

"""The one exception hierarchy of the PracSuite clients (this generated layer and `pracsuite`).

Every failure of a call is a `PracSuiteError`:

- `APIError` (and a subclass per status): the API answered a non-2xx status. It carries the
  `response` (so the request, the headers and the status), the parsed `body`, and the fields of
  the documented envelope `{"error": {"status", "code", "detail", "validation"?}, "request_id"}`.
  An error code this client does not know is kept as a string, never refused.
- `UnexpectedResponseError`: a 2xx answer this client cannot read (not JSON, a required field
  missing, an undocumented status); it carries the `response` and the raw `body` text.
- `APIConnectionError` / `APITimeoutError`: the request did not complete over the network; it
  carries the `request` (the httpx exception is the `__cause__`).

Messages name the method, the path and the envelope; never a request header, so never a key.
"""

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
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
    "UnexpectedResponseError",
    "UnexpectedStatus",
    "ValidationError",
    "error_from_response",
    "parse_retry_after",
]


class PracSuiteError(Exception):
    """Base of every error the PracSuite clients raise."""


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
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.request_id = request_id
        self.method = method
        self.path = path
        #: The response (its `.request` is the request, whose headers hold the keys: not logged).
        self.response = response
        #: The parsed JSON body (the envelope); the raw text if it is not JSON; None if empty.
        self.body = body
        #: Response headers (never the request's, which hold the keys).
        self.headers: Mapping[str, str] = dict(
            headers if headers is not None else (response.headers if response is not None else {})
        )
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
        **kwargs: Any,
    ) -> None:
        self.validation: list[tuple[str, str]] = list(validation or [])
        super().__init__(status, code, detail, request_id, **kwargs)

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


class UnexpectedResponseError(PracSuiteError):
    """A 2xx answer this client cannot read; `body` is its raw text, `response` the response."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        self.response = response
        self.status = response.status_code
        self.body = response.text
        request = response.request
        super().__init__(f"{request.method} {request.url.path}: {response.status_code}: {message}")


class UnexpectedStatus(UnexpectedResponseError):
    """A 2xx status the spec does not document for this operation."""


class APIConnectionError(PracSuiteError):
    """The request could not be completed over the network (after the retries).

    The underlying httpx exception is the `__cause__`; there is no response.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        request: httpx.Request | None = None,
    ) -> None:
        self.method = method or (request.method if request is not None else "")
        self.path = path or (request.url.path if request is not None else "")
        self.request = request
        self.response: httpx.Response | None = None
        where = f"{self.method} {self.path}: " if self.method else ""
        super().__init__(where + message)


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
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text or None


def error_from_response(response: httpx.Response) -> APIError:
    """The typed error for a non-2xx response whose body has been read."""
    body = _body(response)
    envelope = body if isinstance(body, dict) else {}
    error = envelope.get("error")
    error = error if isinstance(error, dict) else {}
    request_id = envelope.get("request_id")
    status = response.status_code
    code = error.get("code")
    detail = error.get("detail")
    if not isinstance(detail, str) or not detail:
        detail = response.reason_phrase or "HTTP error"
    kwargs: dict[str, Any] = {
        "method": response.request.method,
        "path": response.request.url.path,
        "response": response,
        "body": body,
    }
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    if cls is ValidationError:
        issues = error.get("validation")
        kwargs["validation"] = [
            (str(item.get("field", "")), str(item.get("message", "")))
            for item in (issues if isinstance(issues, list) else [])
            if isinstance(item, dict)
        ]
    return cls(
        status,
        code if isinstance(code, str) else None,
        detail,
        str(request_id) if request_id is not None else None,
        **kwargs,
    )

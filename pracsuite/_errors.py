"""The one exception hierarchy of the client, shared with the generated layer.

The classes live in `pracsuite_client.errors` (generated from openapi/generator/templates/
errors.py.jinja), so a call through either layer raises the same `PracSuiteError` subclasses;
this module re-exports them and adds the httpx response hook.
"""

from __future__ import annotations

import httpx
from pracsuite_client.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidParamsError,
    NotFoundError,
    PermissionDeniedError,
    PracSuiteError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnexpectedStatus,
    ValidationError,
    error_from_response,
    parse_retry_after,
)

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
    "raise_for_status",
]


def raise_for_status(response: httpx.Response) -> None:
    """httpx response hook: raise the typed error for any non-2xx (body must be read)."""
    if not response.is_success:
        raise error_from_response(response)

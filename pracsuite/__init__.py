"""PracSuite API client: the generated `pracsuite_client`, with keys, retries, typed errors,
pagination and multi-week availability around it.

    with pracsuite.Client() as client:          # keys from PRACSUITE_* environment variables
        for patient in client.paginate(list_patients, items=lambda p: p.patients):
            ...
"""

from pracsuite_client import __version__

from ._async_client import AsyncClient
from ._client import Client
from ._config import DEFAULT_BASE_URL
from ._errors import (
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
    ValidationError,
)
from ._pagination import AsyncPage, Page
from ._retry import RetryPolicy
from .attachments import StorageError, Upload, UploadAccessDenied, UploadTooLarge
from .filters import F

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AuthenticationError",
    "Client",
    "F",
    "InvalidParamsError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PracSuiteError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "StorageError",
    "UnexpectedResponseError",
    "Upload",
    "UploadAccessDenied",
    "UploadTooLarge",
    "ValidationError",
    "__version__",
]

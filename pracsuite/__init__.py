"""PracSuite API client: every operation as `client.<resource>.<verb>(...)`, generated from the
spec over the generated `pracsuite_client`, with keys, retries, pacing, typed errors, lazy
pagination and multi-week availability.

    with pracsuite.Client() as client:          # keys from PRACSUITE_* environment variables
        for patient in client.patients.list(sort_by=["surname"]):
            ...
"""

from pracsuite_client import __version__
from pracsuite_client.types import UNSET, Unset

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
from ._pacing import Pacing
from ._pagination import AsyncPage, Page
from ._resource import AsyncPaginator, SyncPaginator
from ._resource_extras import SlotTakenError
from ._retry import RetryPolicy
from ._types import local_datetime
from .attachments import StorageError, Upload, UploadAccessDenied, UploadTooLarge
from .filters import F

__all__ = [
    "DEFAULT_BASE_URL",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "Client",
    "F",
    "InvalidParamsError",
    "NotFoundError",
    "Pacing",
    "Page",
    "PermissionDeniedError",
    "PracSuiteError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "SlotTakenError",
    "StorageError",
    "SyncPaginator",
    "UnexpectedResponseError",
    "Unset",
    "Upload",
    "UploadAccessDenied",
    "UploadTooLarge",
    "ValidationError",
    "__version__",
    "local_datetime",
]

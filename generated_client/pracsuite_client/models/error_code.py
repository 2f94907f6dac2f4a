"""ErrorCode: Machine-readable error code."""

from typing import Literal, cast

ErrorCode = Literal[
    "INVALID_BODY",
    "INVALID_PARAMS",
    "MISSING_AUTHENTICATION_TOKEN",
    "NOT_FOUND",
    "PAYLOAD_TOO_LARGE",
    "SERVER_ERROR",
    "TOO_MANY_REQUESTS",
    "UNAUTHORIZED",
    "UNSUPPORTED_MEDIA_TYPE",
]

ERROR_CODE_VALUES: set[ErrorCode] = {
    "INVALID_BODY",
    "INVALID_PARAMS",
    "MISSING_AUTHENTICATION_TOKEN",
    "NOT_FOUND",
    "PAYLOAD_TOO_LARGE",
    "SERVER_ERROR",
    "TOO_MANY_REQUESTS",
    "UNAUTHORIZED",
    "UNSUPPORTED_MEDIA_TYPE",
}


def check_error_code(value: str) -> ErrorCode:
    """`value` as ErrorCode; a value newer than this client is kept as it is."""
    return cast(ErrorCode, value)

from typing import Literal

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
    if value in ERROR_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_CODE_VALUES!r}")

"""The error envelope and one exception type per status the mock answers.

Every error body is `{"error": {"status", "code", "detail", "validation"?}, "request_id"}`
(components/schemas/ErrorEnvelope in the spec). Handlers raise an `ApiError` subclass; the app
turns it into the envelope.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, ClassVar

from .responses import JSONResponse


def printable(text: str) -> str:
    """The text as valid UTF-8: a lone surrogate (which JSON can carry but UTF-8 cannot) is
    shown escaped (`\\ud800`), so an error can name the bad field without failing to render."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


@dataclass(frozen=True)
class FieldIssue:
    """One entry of `error.validation[]` on a 422: the body field and the rule it broke."""

    field: str
    message: str


class ApiError(Exception):
    """Base of every error the API answers; carries the HTTP status, code and detail."""

    status: ClassVar[int] = 500
    code: ClassVar[str] = "SERVER_ERROR"
    default_detail: ClassVar[str] = "An unexpected error occurred."

    def __init__(
        self,
        detail: str | None = None,
        *,
        validation: list[FieldIssue] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.detail = detail or self.default_detail
        self.validation = validation
        self.headers = headers or {}
        super().__init__(self.detail)

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        detail = printable(self.detail)
        error: dict[str, Any] = {"status": self.status, "code": self.code, "detail": detail}
        if self.validation is not None:
            error["validation"] = [
                {"field": printable(i.field), "message": printable(i.message)}
                for i in self.validation
            ]
        return {"error": error, "request_id": request_id or str(uuid.uuid4())}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


class BadRequest(ApiError):
    status = 400
    code = "INVALID_PARAMS"
    default_detail = "One or more request parameters are invalid."


class Unauthorized(ApiError):
    status = 401
    code = "UNAUTHORIZED"
    default_detail = "Access could not be verified for this request."


class MissingAuthenticationToken(ApiError):
    status = 403
    code = "MISSING_AUTHENTICATION_TOKEN"
    default_detail = "Authentication token is missing or the requested endpoint does not exist."


class NotFound(ApiError):
    status = 404
    code = "NOT_FOUND"
    default_detail = "Could not find the requested record."

    @classmethod
    def record(cls, noun: str, record_id: object) -> NotFound:
        return cls(f"Could not find {noun} with ID {record_id}")


class InvalidBody(ApiError):
    status = 422
    code = "INVALID_BODY"
    default_detail = "There are some issues with the request body."

    def __init__(self, issues: list[FieldIssue], detail: str | None = None) -> None:
        super().__init__(detail, validation=issues)


class PayloadTooLarge(ApiError):
    status = 413
    code = "PAYLOAD_TOO_LARGE"
    default_detail = "The request body is too large."


class UnsupportedMediaType(ApiError):
    status = 415
    code = "UNSUPPORTED_MEDIA_TYPE"
    default_detail = "The request body must be JSON (Content-Type: application/json)."


class TooManyRequests(ApiError):
    status = 429
    code = "TOO_MANY_REQUESTS"

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"Rate limit exceeded: retry after {retry_after} s.",
            headers={"Retry-After": str(retry_after)},
        )


class ServerError(ApiError):
    """500; also the base for injected gateway faults (502/503)."""


class BadGateway(ServerError):
    status = 502
    default_detail = "Bad gateway."


class ServiceUnavailable(ServerError):
    status = 503
    default_detail = "The service is temporarily unavailable."

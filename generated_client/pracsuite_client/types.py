"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define

try:  # optional: several times faster than the standard library; never required
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None  # type: ignore[assignment]


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def json_body(response: httpx.Response) -> Any:
    """The answer's JSON document, as `response.json()` reads it.

    With orjson installed it reads the body (a 60-patient page in well under half the time).
    A document orjson refuses but the standard library reads (an encoding other than UTF-8, an
    integer beyond 64 bits, NaN...) is read by `response.json()`, so the result never depends on
    whether orjson is installed, and a body neither can read raises `response.json()`'s error.
    """
    if _orjson is not None:
        try:
            return _orjson.loads(response.content)
        except _orjson.JSONDecodeError:
            pass
    return response.json()


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "json_body"]

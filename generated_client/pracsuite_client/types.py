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
    """The type of `UNSET`: "not given", as opposed to None ("null").

    A request field left `UNSET` is not sent at all (PATCH changes only what is given; None sends
    null, which clears the field). A response field typed `X | Unset` is one the spec does not
    require, so an answer may leave it out: test with `isinstance(value, Unset)` (or truthiness:
    `UNSET` is falsy). Fields every answer carries are required in the spec and never `Unset`.
    """

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


#: `_DIGITS_ONLY` keeps digits as "0" and blanks out every other byte, so that a run of 19 digits,
#: the shortest integer orjson may not read exactly, is found with one `find`.
_DIGITS_ONLY = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 19


def _may_hold_long_integer(content: bytes) -> bool:
    """Whether `content` has a run of 19 digits or more. (Sampling every n-th byte first does not
    pay: PracSuite's date-times look like long runs of digits in such a sample.)"""
    return content.translate(_DIGITS_ONLY).find(_LONG_NUMBER) >= 0


def json_body(response: httpx.Response) -> Any:
    """The answer's JSON document, exactly as `response.json()` reads it.

    With orjson installed, orjson reads it (a 60-patient page in less than half the time). orjson
    reads an integer beyond 64 bits as a float, so a body with a run of 19 digits or more (rare:
    ids, phone numbers and timestamps are shorter) is left to `response.json()`, as is anything
    orjson refuses (an encoding other than UTF-8, NaN...): the result never depends on whether
    orjson is installed, and a body neither can read raises `response.json()`'s error.
    """
    if _orjson is not None:
        content = response.content
        if not _may_hold_long_integer(content):
            try:
                return _orjson.loads(content)
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


@define
class Redirect:
    """A documented redirect: where it points (its `Location` header) and its status. Follow it
    without the API keys: it points at another origin (storage)."""

    location: str
    status_code: int


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Redirect",
    "RequestFiles",
    "Response",
    "Unset",
    "json_body",
]

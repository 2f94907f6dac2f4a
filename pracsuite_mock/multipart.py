"""multipart/form-data as a stream of parts, over python-multipart (Starlette's own form parser).

Parts come out as they arrive and a part's data in chunks, so a 100 MB file is never held in
memory and the caller can stop at any byte (the storage emulation refuses an oversize file as
soon as it passes the limit). Starlette's `request.form()` would spool the whole file first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, MultipartState, parse_options_header

MAX_HEADER_BYTES = 8192


class MalformedMultipart(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass
class PartStart:
    name: str
    filename: str | None
    content_type: str | None


@dataclass
class PartData:
    data: bytes


def boundary_of(content_type: str) -> str:
    """The boundary of a `multipart/form-data` Content-Type, or `MalformedMultipart`."""
    media, params = parse_options_header(content_type)
    boundary = params.get(b"boundary", b"")
    if media != b"multipart/form-data":
        raise MalformedMultipart("not multipart/form-data")
    if not 0 < len(boundary) <= 70:
        raise MalformedMultipart("no boundary")
    return boundary.decode("latin-1")


async def parts(chunks: AsyncIterator[bytes], boundary: str) -> AsyncIterator[PartStart | PartData]:
    """Each part as a `PartStart` followed by its data as `PartData` chunks."""
    events: list[PartStart | PartData] = []
    headers: dict[bytes, bytes] = {}
    field = bytearray()
    value = bytearray()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        value.extend(data[start:end])

    def on_header_end() -> None:
        headers[bytes(field).strip().lower()] = bytes(value).strip()
        field.clear()
        value.clear()

    def on_headers_finished() -> None:
        events.append(_part_start(headers))
        headers.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if end > start:
            events.append(PartData(data[start:end]))

    parser = MultipartParser(
        boundary,
        {
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
            "on_part_data": on_part_data,
        },
        max_header_size=MAX_HEADER_BYTES,
    )
    try:
        async for chunk in chunks:
            parser.write(chunk)
            for event in events:
                yield event
            events.clear()
    except MultipartParseError as error:
        raise MalformedMultipart(str(error)) from None
    if parser.state is not MultipartState.END:
        raise MalformedMultipart("truncated before the closing boundary")


def _part_start(headers: dict[bytes, bytes]) -> PartStart:
    disposition, params = parse_options_header(headers.get(b"content-disposition", b""))
    if disposition != b"form-data":
        raise MalformedMultipart("a part without Content-Disposition: form-data")
    if b"name" not in params:
        raise MalformedMultipart("a part without a name")
    filename = params.get(b"filename")
    content_type = headers.get(b"content-type")
    return PartStart(
        params[b"name"].decode("utf-8", "replace"),
        None if filename is None else filename.decode("utf-8", "replace"),
        None if content_type is None else content_type.decode("latin-1"),
    )

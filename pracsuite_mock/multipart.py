"""A streaming multipart/form-data reader: parts come out as they arrive, a part's data in chunks,
so a 100 MB file is never held in memory and the reader can stop at any byte (the storage
emulation refuses an oversize file as soon as it passes the limit)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

MAX_HEADER_BYTES = 8192
_DISPOSITION_PARAM = re.compile(r';\s*([A-Za-z*]+)="?([^";]*)"?')


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
    media, _, params = content_type.partition(";")
    if media.strip().lower() != "multipart/form-data":
        raise MalformedMultipart("not multipart/form-data")
    found = re.search(r'boundary="?([^";]{1,70})"?', params)
    if found is None:
        raise MalformedMultipart("no boundary")
    return found.group(1)


async def parts(chunks: AsyncIterator[bytes], boundary: str) -> AsyncIterator[PartStart | PartData]:
    """Each part as a `PartStart` followed by its data as `PartData` chunks."""
    first = b"--" + boundary.encode()
    delimiter = b"\r\n" + first
    buffer = bytearray()
    source = aiter(chunks)

    async def more() -> bool:
        try:
            buffer.extend(await anext(source))
        except StopAsyncIteration:
            return False
        return True

    # The preamble, up to the first boundary line.
    while (at := buffer.find(first)) < 0:
        if len(buffer) > MAX_HEADER_BYTES or not await more():
            raise MalformedMultipart("no opening boundary")
    del buffer[: at + len(first)]
    while True:
        while len(buffer) < 2:
            if not await more():
                raise MalformedMultipart("truncated after a boundary")
        if buffer[:2] == b"--":
            return  # the closing boundary
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            if len(buffer) > MAX_HEADER_BYTES or not await more():
                raise MalformedMultipart("part headers too long or truncated")
        yield _part_start(bytes(buffer[:end]))
        del buffer[: end + 4]
        while True:
            at = buffer.find(delimiter)
            if at >= 0:
                if at:
                    yield PartData(bytes(buffer[:at]))
                del buffer[: at + len(delimiter)]
                break
            # Keep what could be the start of the delimiter; hand out the rest.
            keep = len(delimiter) - 1
            if len(buffer) > keep:
                yield PartData(bytes(buffer[:-keep]))
                del buffer[:-keep]
            if not await more():
                raise MalformedMultipart("truncated inside a part")


def _part_start(raw: bytes) -> PartStart:
    headers: dict[str, str] = {}
    for line in raw.decode("utf-8", "replace").split("\r\n"):
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition", "")
    if not disposition.lower().startswith("form-data"):
        raise MalformedMultipart("a part without Content-Disposition: form-data")
    params = {k.lower(): v for k, v in _DISPOSITION_PARAM.findall(disposition)}
    if "name" not in params:
        raise MalformedMultipart("a part without a name")
    return PartStart(params["name"], params.get("filename"), headers.get("content-type"))

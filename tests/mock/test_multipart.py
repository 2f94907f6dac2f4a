"""The streaming multipart reader: however the body is cut into chunks, the parts are the same."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pracsuite_mock.multipart import (
    MalformedMultipart,
    PartData,
    PartStart,
    boundary_of,
    parts,
)

BOUNDARY = "b0undary"


def encode(fields: dict[str, str], content: bytes) -> tuple[str, bytes]:
    request = httpx.Request(
        "POST",
        "http://x/",
        data=fields,
        files={"file": ("f.bin", content, "image/png")},
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    return request.headers["content-type"], request.read()


async def _chunks(body: bytes, cuts: list[int]) -> AsyncIterator[bytes]:
    last = 0
    for cut in [*sorted({c % (len(body) + 1) for c in cuts}), len(body)]:
        yield body[last:cut]
        last = cut


def read(body: bytes, boundary: str, cuts: list[int]) -> list[tuple[str, str | None, bytes]]:
    async def run() -> list[tuple[str, str | None, bytes]]:
        out: list[tuple[str, str | None, bytes]] = []
        async for event in parts(_chunks(body, cuts), boundary):
            if isinstance(event, PartStart):
                out.append((event.name, event.content_type, b""))
            else:
                assert isinstance(event, PartData)
                name, kind, data = out[-1]
                out[-1] = (name, kind, data + event.data)
        return out

    return asyncio.run(run())


@given(
    fields=st.dictionaries(st.sampled_from(["key", "Policy", "x-amz-date"]), st.text(max_size=30)),
    content=st.binary(max_size=300),
    cuts=st.lists(st.integers(0, 2000), max_size=12),
)
def test_chunking_never_changes_the_parts(
    fields: dict[str, str], content: bytes, cuts: list[int]
) -> None:
    content_type, body = encode(fields, content)
    got = read(body, boundary_of(content_type), cuts)
    assert got == [
        *((name, None, value.encode()) for name, value in fields.items()),
        ("file", "image/png", content),
    ]


def test_content_containing_almost_the_boundary_is_kept() -> None:
    tricky = b"\r\n--" + BOUNDARY.encode()[:-1] + b"\r\n--" + BOUNDARY.encode()[:3]
    content_type, body = encode({}, tricky)
    assert read(body, boundary_of(content_type), [5, 17, 40])[0][2] == tricky


@pytest.mark.parametrize(
    "value", ["application/json", "multipart/form-data", "text/plain; boundary=x"]
)
def test_only_multipart_with_a_boundary(value: str) -> None:
    with pytest.raises(MalformedMultipart):
        boundary_of(value)


def test_a_truncated_body_is_malformed() -> None:
    content_type, body = encode({"key": "k"}, b"data")
    with pytest.raises(MalformedMultipart):
        read(body[:-10], boundary_of(content_type), [])


def test_a_large_part_is_handed_out_in_chunks_no_larger_than_it_came() -> None:
    chunk = 64 * 1024
    _, body = encode({"key": "k"}, b"\xab" * (5 * 1024 * 1024))

    async def largest() -> int:
        async def chunks() -> AsyncIterator[bytes]:
            for at in range(0, len(body), chunk):
                yield body[at : at + chunk]

        sizes = [len(e.data) async for e in parts(chunks(), BOUNDARY) if isinstance(e, PartData)]
        return max(sizes)

    assert asyncio.run(largest()) <= chunk + len(BOUNDARY) + 4

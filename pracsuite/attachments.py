"""Attachments end to end: upload (the two steps of the documented guide) and download.

Upload: step one asks the API for a presigned POST (`url` and `fields`); step two sends a
multipart/form-data POST to `url` with every field exactly as answered, then the file, streamed
from disk or from the file object given. Download: the API answers a 302 to storage; its
`Location` is fetched by a separate plain request. Neither storage request carries the API keys:
storage is another origin, and a presigned URL is its own credential.

Storage refusals raise `StorageError` subclasses named after S3's error codes
(`UploadAccessDenied` for a changed field or an expired policy, `UploadTooLarge` over the
policy's size limit). The sync functions take a `pracsuite.Client`, the async twins a
`pracsuite.AsyncClient`; both clients expose them on their attachments resource
(`client.patient_attachments.upload`, `.download`, `.stream`).
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx
from pracsuite_client.api.patient_attachment import (
    create_patient_attachment_upload,
    get_patient_attachment_content,
)
from pracsuite_client.models.patient_attachment_upload_request import (
    PatientAttachmentUploadRequest,
)

from ._errors import PracSuiteError

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client

__all__ = [
    "FileInput",
    "StorageError",
    "Upload",
    "UploadAccessDenied",
    "UploadTooLarge",
    "adownload_attachment",
    "astream_attachment",
    "aupload_attachment",
    "download_attachment",
    "stream_attachment",
    "upload_attachment",
]

#: A path, or a binary file object open for reading.
FileInput = str | os.PathLike[str] | IO[bytes]
STORAGE_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_XML_TAG = re.compile(r"<(Code|Message)>(.*?)</\1>", re.DOTALL)


class StorageError(PracSuiteError):
    """Storage refused an upload or a download: `status_code`, S3's `code` and `message`."""

    def __init__(self, status_code: int, code: str, message: str) -> None:
        super().__init__(f"storage answered {status_code} {code}: {message}")
        self.status_code = status_code
        self.code = code
        self.message = message


class UploadAccessDenied(StorageError):
    """403: a field was changed or missing, the signature does not match, or the presigned
    POST has expired (ask the API for a new one)."""


class UploadTooLarge(StorageError):
    """400 `EntityTooLarge`: the file is larger than the policy allows (the guide: 100 MB)."""


@dataclass(frozen=True)
class Upload:
    """What storage answered a completed upload: the object's `key`, `etag` and `location`."""

    key: str
    etag: str | None
    location: str | None
    status_code: int


def _storage_error(response: httpx.Response) -> StorageError:
    found = dict(_XML_TAG.findall(response.text[:20_000]))
    code = found.get("Code", "Unknown")
    message = found.get("Message", response.reason_phrase)
    if response.status_code == 403:
        return UploadAccessDenied(response.status_code, code, message)
    if code == "EntityTooLarge":
        return UploadTooLarge(response.status_code, code, message)
    return StorageError(response.status_code, code, message)


def _file_name(file: FileInput, file_name: str | None) -> str:
    if file_name:
        return file_name
    if isinstance(file, str | os.PathLike):
        return Path(file).name
    name = getattr(file, "name", None)
    if isinstance(name, str) and name:
        return Path(name).name
    raise ValueError("file_name= is required when the file object has no name")


def _prepare(
    file: FileInput, file_name: str | None, content_type: str | None, stack: ExitStack
) -> tuple[str, IO[bytes], str]:
    """The file's name, an open binary file, and its content type."""
    name = _file_name(file, file_name)
    if isinstance(file, str | os.PathLike):
        opened: IO[bytes] = stack.enter_context(Path(file).open("rb"))  # noqa: SIM115 (closed by stack)
    elif hasattr(file, "read"):
        opened = file
    else:
        raise TypeError(f"file takes a path or a binary file object, not {type(file).__name__}")
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, opened, kind


def _presigned(content: bytes) -> tuple[str, dict[str, str]]:
    """`url` and `fields` exactly as the API answered them (order and unknown fields kept)."""
    answer = json.loads(content)
    return str(answer["url"]), {str(k): str(v) for k, v in answer["fields"].items()}


def _uploaded(response: httpx.Response, fields: dict[str, str]) -> Upload:
    if not response.is_success:
        response.read()
        raise _storage_error(response)
    return Upload(
        key=fields.get("key", ""),
        etag=response.headers.get("etag"),
        location=response.headers.get("location"),
        status_code=response.status_code,
    )


def _bare(transport: httpx.BaseTransport | None) -> httpx.Client:
    """A client with no headers, keys or redirects of its own: only what storage should see."""
    return httpx.Client(transport=transport, timeout=STORAGE_TIMEOUT, follow_redirects=False)


def _abare(transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, timeout=STORAGE_TIMEOUT, follow_redirects=False)


# --- sync --------------------------------------------------------------------------------------


def upload_attachment(
    client: Client,
    patient_id: int,
    file: FileInput,
    *,
    file_name: str | None = None,
    content_type: str | None = None,
    storage_transport: httpx.BaseTransport | None = None,
) -> Upload:
    """Upload a file to a patient's attachments (both steps of the guide); the file is streamed.

    `file_name` defaults to the path's (or file object's) name and must have an extension;
    `content_type` to a guess from it. Raises `UploadAccessDenied`, `UploadTooLarge` or
    `StorageError` when storage refuses, an `APIError` when the API does."""
    with ExitStack() as stack:
        name, opened, kind = _prepare(file, file_name, content_type, stack)
        issued = create_patient_attachment_upload.sync_detailed(
            patient_id, client=client.api, body=PatientAttachmentUploadRequest(file_name=name)
        )
        url, fields = _presigned(issued.content)
        storage = stack.enter_context(_bare(storage_transport))
        response = storage.post(url, data=fields, files={"file": (name, opened, kind)})
        return _uploaded(response, fields)


def _location(client: Client, attachment_id: int) -> str:
    return get_patient_attachment_content.sync(attachment_id, client=client.api).location


def stream_attachment(
    client: Client,
    attachment_id: int,
    *,
    chunk_size: int | None = None,
    storage_transport: httpx.BaseTransport | None = None,
) -> Iterator[bytes]:
    """The attachment's bytes in chunks, as storage sends them (follows the API's 302 without
    the keys). The download starts when iteration does."""
    url = _location(client, attachment_id)
    with _bare(storage_transport) as storage, storage.stream("GET", url) as response:
        if not response.is_success:
            response.read()
            raise _storage_error(response)
        yield from response.iter_bytes(chunk_size)


def download_attachment(
    client: Client, attachment_id: int, *, storage_transport: httpx.BaseTransport | None = None
) -> bytes:
    """The attachment's bytes (whole: use `stream_attachment` for large files)."""
    return b"".join(stream_attachment(client, attachment_id, storage_transport=storage_transport))


# --- async -------------------------------------------------------------------------------------


async def aupload_attachment(
    client: AsyncClient,
    patient_id: int,
    file: FileInput,
    *,
    file_name: str | None = None,
    content_type: str | None = None,
    storage_transport: httpx.AsyncBaseTransport | None = None,
) -> Upload:
    """`upload_attachment` for `pracsuite.AsyncClient`."""
    with ExitStack() as stack:
        name, opened, kind = _prepare(file, file_name, content_type, stack)
        issued = await create_patient_attachment_upload.asyncio_detailed(
            patient_id, client=client.api, body=PatientAttachmentUploadRequest(file_name=name)
        )
        url, fields = _presigned(issued.content)
        async with _abare(storage_transport) as storage:
            response = await storage.post(url, data=fields, files={"file": (name, opened, kind)})
            if not response.is_success:
                await response.aread()
            return _uploaded(response, fields)


async def astream_attachment(
    client: AsyncClient,
    attachment_id: int,
    *,
    chunk_size: int | None = None,
    storage_transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncIterator[bytes]:
    """`stream_attachment` for `pracsuite.AsyncClient`."""
    redirect = await get_patient_attachment_content.asyncio(attachment_id, client=client.api)
    async with (
        _abare(storage_transport) as storage,
        storage.stream("GET", redirect.location) as response,
    ):
        if not response.is_success:
            await response.aread()
            raise _storage_error(response)
        async for chunk in response.aiter_bytes(chunk_size):
            yield chunk


async def adownload_attachment(
    client: AsyncClient,
    attachment_id: int,
    *,
    storage_transport: httpx.AsyncBaseTransport | None = None,
) -> bytes:
    """`download_attachment` for `pracsuite.AsyncClient`."""
    chunks: list[bytes] = []
    async for chunk in astream_attachment(
        client, attachment_id, storage_transport=storage_transport
    ):
        chunks.append(chunk)
    return b"".join(chunks)

"""`pracsuite.attachments` against a real mock server: both steps of an upload, downloads through
the documented 302, storage refusals as typed errors, and no API key ever sent to storage."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from client_support import CLINIC_1, VENDOR, Counting
from pracsuite_client.api.patient_attachment import (
    get_patient_attachment_content,
    list_patient_attachments_by_patient,
)
from pracsuite_client.types import Redirect

import pracsuite
from pracsuite import attachments

pytestmark = pytest.mark.http
LIMIT = 1_500_000


@pytest.fixture(scope="module")
def small_limit_url(serve: Callable[..., str]) -> str:
    """A mock whose storage accepts files up to LIMIT bytes (the default is 100 MiB)."""
    return serve("--max-upload-bytes", str(LIMIT))


@pytest.fixture
def client(small_limit_url: str) -> pracsuite.Client:
    return pracsuite.Client(vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=small_limit_url)


def newest_attachment(client: pracsuite.Client, patient_id: int) -> int:
    files = list(
        client.paginate(
            list_patient_attachments_by_patient,
            items=lambda p: p.patient_attachments,
            client_id=patient_id,
        )
    )
    return max(f.attachment_client_id for f in files)


def test_upload_a_path_then_download_it_byte_for_byte(
    client: pracsuite.Client, tmp_path: Path
) -> None:
    content = bytes(range(256)) * 2000  # 512 KB, more than one chunk each way
    path = tmp_path / "scan.pdf"
    path.write_bytes(content)
    storage = Counting()
    upload = pracsuite.attachments.upload_attachment(client, 2, path, storage_transport=storage)
    assert upload.status_code == 204 and upload.key.endswith("/scan.pdf")
    attachment_id = newest_attachment(client, 2)
    assert (
        pracsuite.attachments.download_attachment(client, attachment_id, storage_transport=storage)
        == content
    )
    assert [r.method for r in storage.requests] == ["POST", "GET"]
    for request in storage.requests:  # storage is another origin: the keys never go there
        assert not {"x-api-key", "a-api-key"} & {k.lower() for k in request.headers}


def test_upload_a_file_object_and_stream_it_back(client: pracsuite.Client) -> None:
    content = b"memo " * 10_000
    client.patient_attachments.upload(3, io.BytesIO(content), file_name="memo.txt")
    chunks = list(client.patient_attachments.stream(newest_attachment(client, 3), chunk_size=4096))
    assert len(chunks) > 1 and b"".join(chunks) == content


def test_the_low_layer_returns_the_documented_302(client: pracsuite.Client) -> None:
    redirect = get_patient_attachment_content.sync(1, client=client.api)
    assert isinstance(redirect, Redirect)
    assert redirect.status_code == 302 and "/_storage/" in redirect.location


def test_a_file_over_the_limit_is_refused_as_too_large(client: pracsuite.Client) -> None:
    before = newest_attachment(client, 4)
    with pytest.raises(pracsuite.UploadTooLarge) as caught:
        client.patient_attachments.upload(4, io.BytesIO(b"x" * (LIMIT + 1)), file_name="big.bin")
    assert (caught.value.status_code, caught.value.code) == (400, "EntityTooLarge")
    assert newest_attachment(client, 4) == before


def test_storage_refusals_map_to_typed_errors() -> None:
    def answer(status: int, code: str) -> httpx.Response:
        xml = f"<Error><Code>{code}</Code><Message>why</Message></Error>"
        return httpx.Response(status, text=xml, headers={"content-type": "application/xml"})

    denied = attachments._storage_error(answer(403, "AccessDenied"))
    assert isinstance(denied, pracsuite.UploadAccessDenied) and denied.message == "why"
    assert isinstance(
        attachments._storage_error(answer(400, "EntityTooLarge")), pracsuite.UploadTooLarge
    )
    other = attachments._storage_error(answer(400, "MalformedPOSTRequest"))
    assert type(other) is pracsuite.StorageError and other.code == "MalformedPOSTRequest"


def test_bad_input_is_a_clear_error(client: pracsuite.Client) -> None:
    with pytest.raises(ValueError, match="file_name"):
        client.patient_attachments.upload(1, io.BytesIO(b"x"))
    with pytest.raises(TypeError, match="path or a binary file object"):
        client.patient_attachments.upload(1, 42, file_name="a.txt")  # type: ignore[arg-type]
    with pytest.raises(pracsuite.ValidationError):
        client.patient_attachments.upload(1, io.BytesIO(b"x"), file_name="no-extension")
    with pytest.raises(pracsuite.NotFoundError):
        client.patient_attachments.download(999_999)


def test_the_async_twins(small_limit_url: str) -> None:
    async def run() -> tuple[bytes, bytes]:
        async with pracsuite.AsyncClient(
            vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=small_limit_url
        ) as client:
            await client.patient_attachments.upload(
                5, io.BytesIO(b"async bytes"), file_name="a.txt"
            )
            files = [
                f
                async for f in client.paginate(
                    list_patient_attachments_by_patient,
                    items=lambda p: p.patient_attachments,
                    client_id=5,
                )
            ]
            newest = max(f.attachment_client_id for f in files)
            whole = await client.patient_attachments.download(newest)
            streamed = b"".join([c async for c in client.patient_attachments.stream(newest)])
            return whole, streamed

    assert asyncio.run(run()) == (b"async bytes", b"async bytes")


def test_only_a_documented_redirect_is_an_answer(
    make_client: Callable[..., pracsuite.Client],
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://storage.example.test/f?sig=1"})

    client = make_client(handler)
    assert get_patient_attachment_content.sync(1, client=client.api).location.endswith("sig=1")
    with pytest.raises(pracsuite.PracSuiteError):  # a 302 the list operation does not document
        list_patient_attachments_by_patient.sync(1, client=client.api)

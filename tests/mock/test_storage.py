"""The storage emulation (`pracsuite_mock.storage`): the documented upload workflow end to end
with plain httpx, and S3's refusals (changed or missing field, expired policy, oversize)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig
from pracsuite_mock.app import MockState, create_app
from pracsuite_mock.embed import DEMO_HEADERS, asgi_client
from pracsuite_mock.storage import MAX_UPLOAD_BYTES, UPLOAD_SECONDS

LIMIT = 1000


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        import time

        return time.time() + self.offset


@pytest.fixture
def mock() -> Iterator[tuple[httpx.Client, httpx.Client, MockState, Clock]]:
    """The API client (keys), a bare client for storage (no keys), the state and its clock."""
    app = create_app(MockConfig(max_upload_bytes=LIMIT))
    state: MockState = app.state.mock
    clock = Clock()
    state.storage.clock = clock
    with (
        asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS) as api,
        asgi_client(app) as bare,
    ):
        yield api, bare, state, clock


def presign(api: httpx.Client, file_name: str = "letter.txt") -> dict[str, Any]:
    answer = api.post("/patient/1/patient_attachment", json={"file_name": file_name})
    assert answer.status_code == 201, answer.text
    issued: dict[str, Any] = answer.json()
    return issued


def send(
    bare: httpx.Client, issued: dict[str, Any], content: bytes, **fields: str
) -> httpx.Response:
    data = {**issued["fields"], **fields}
    return bare.post(issued["url"], data=data, files={"file": ("x", content, "text/plain")})


def attachments(api: httpx.Client) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = api.get(
        "/patient/1/patient_attachment", params={"page_size": 100}
    ).json()["patient_attachments"]
    return found


def error_code(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/xml"), response.text
    return response.text.split("<Code>", 1)[1].split("</Code>", 1)[0]


def test_the_documented_workflow_uploads_lists_and_downloads(mock: Any) -> None:
    api, bare, _, _ = mock
    before = attachments(api)
    issued = presign(api, "referral.txt")
    assert issued["url"].startswith("http://testserver/_storage/")
    stored = send(bare, issued, b"hello storage")
    assert stored.status_code == 204, stored.text
    assert stored.headers["etag"]
    after = attachments(api)
    assert len(after) == len(before) + 1
    new = after[-1]
    assert (new["file_size"], new["file_type"]) == (13, "txt")
    redirect = api.get(new["links"]["content"])
    assert redirect.status_code == 302
    download = bare.get(redirect.headers["location"])
    assert download.content == b"hello storage"
    assert download.headers["content-type"].startswith("text/plain")
    presigned = api.get(new["links"]["presign_url"]).json()
    assert presigned["file_name"] == "referral.txt"
    assert bare.get(presigned["url"]).content == b"hello storage"


def test_the_policy_allows_up_to_100_mib_by_default() -> None:
    with asgi_client(create_app(), base_url="http://t/v1", headers=DEMO_HEADERS) as api:
        policy = json.loads(base64.b64decode(presign(api)["fields"]["Policy"]))
    assert ["content-length-range", 0, MAX_UPLOAD_BYTES] in policy["conditions"]
    assert MAX_UPLOAD_BYTES == 100 * 1024 * 1024


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_any_changed_field_is_refused_and_nothing_is_stored(data: st.DataObject) -> None:
    app = create_app(MockConfig(max_upload_bytes=LIMIT))
    with (
        asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS) as api,
        asgi_client(app) as bare,
    ):
        issued = presign(api)
        name = data.draw(st.sampled_from(sorted(issued["fields"])))
        suffix = data.draw(st.text("abcXYZ019/=", min_size=1, max_size=5))
        count = len(attachments(api))
        refused = send(bare, issued, b"data", **{name: issued["fields"][name] + suffix})
        assert refused.status_code == 403, (name, refused.text)
        assert error_code(refused) in ("AccessDenied", "SignatureDoesNotMatch")
        assert len(attachments(api)) == count


def test_a_changed_key_is_access_denied(mock: Any) -> None:
    api, bare, _, _ = mock
    issued = presign(api)
    refused = send(bare, issued, b"data", key=issued["fields"]["key"].replace("temp/", "other/"))
    assert (refused.status_code, error_code(refused)) == (403, "AccessDenied")
    assert "Policy Condition failed" in refused.text and "$key" in refused.text


def test_a_missing_field_is_invalid_argument(mock: Any) -> None:
    api, bare, _, _ = mock
    issued = presign(api)
    del issued["fields"]["x-amz-signature"]
    refused = send(bare, issued, b"data")
    assert (refused.status_code, error_code(refused)) == (400, "InvalidArgument")


def test_an_extra_field_is_access_denied(mock: Any) -> None:
    api, bare, _, _ = mock
    refused = send(bare, presign(api), b"data", acl="public-read")
    assert (refused.status_code, error_code(refused)) == (403, "AccessDenied")
    assert "Extra input fields: acl" in refused.text


def test_an_expired_policy_is_access_denied(mock: Any) -> None:
    api, bare, _, clock = mock
    issued = presign(api)
    clock.offset = UPLOAD_SECONDS + 1
    refused = send(bare, issued, b"data")
    assert (refused.status_code, error_code(refused)) == (403, "AccessDenied")
    assert "Policy expired" in refused.text


@pytest.mark.parametrize(("size", "status"), [(LIMIT, 204), (LIMIT + 1, 400), (5 * LIMIT, 400)])
def test_the_content_length_range_is_enforced(mock: Any, size: int, status: int) -> None:
    api, bare, _, _ = mock
    count = len(attachments(api))
    answer = send(bare, presign(api), b"x" * size)
    assert answer.status_code == status, answer.text
    if status == 400:
        assert error_code(answer) == "EntityTooLarge"
        assert f"<MaxSizeAllowed>{LIMIT}</MaxSizeAllowed>" in answer.text
        assert len(attachments(api)) == count


def test_a_body_that_is_not_multipart_is_malformed(mock: Any) -> None:
    api, bare, _, _ = mock
    issued = presign(api)
    refused = bare.post(issued["url"], json=issued["fields"])
    assert (refused.status_code, error_code(refused)) == (400, "MalformedPOSTRequest")


def test_a_download_url_expires(mock: Any) -> None:
    api, bare, _, clock = mock
    seeded = attachments(api)[0]
    url = api.get(seeded["links"]["content"]).headers["location"]
    first = bare.get(url)
    assert first.status_code == 200 and len(first.content) == seeded["file_size"]
    clock.offset = 901
    expired = bare.get(url)  # the same URL again: never answered from a cache
    assert (expired.status_code, error_code(expired)) == (403, "AccessDenied")
    assert "Request has expired" in expired.text


def test_a_changed_download_signature_or_key_is_refused(mock: Any) -> None:
    api, bare, _, _ = mock
    url = api.get(attachments(api)[0]["links"]["content"]).headers["location"]
    assert bare.get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0")).status_code == 403
    assert bare.get(url.replace("/attachments/", "/attachments/x")).status_code == 403
    assert bare.get(url.split("?")[0]).status_code == 403


def test_storage_paths_are_not_api_paths(mock: Any) -> None:
    api, bare, _, _ = mock
    assert bare.get("/_storage/other-bucket/x").status_code == 404
    assert api.get("/_storage/pracsuite-mock-attachments/x").status_code == 403  # under /v1


def test_with_db_files_live_beside_it(tmp_path: Any) -> None:
    db = tmp_path / "mock.db"
    state: MockState = create_app(MockConfig(db=str(db))).state.mock
    assert state.storage.root == tmp_path / "mock.db.storage"
    state.store.close()

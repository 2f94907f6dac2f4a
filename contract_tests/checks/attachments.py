"""The documented upload workflow end to end (docs guide "Uploading Attachments"): ask the API
for a presigned POST, send the file to storage with every field as answered, find it listed,
download it through the documented 302, and see storage refuse a changed `key` and a file over
the limit.

Documented facts (fail everywhere): the unchanged upload succeeds, a changed key is refused, a
file over the limit is refused. What the guide leaves open rests on the operation's
`x-assumption` (`precision.assumed`: enforced on the mock, reported on live): storage's 204,
S3's error codes, the file listed at once with its size, the download byte for byte.

Storage is another origin: nothing sent there carries a key (the guard refuses it). The
oversize file is the policy's own limit plus one byte, sent only when that limit is small (the
gate's mock uses 1 MiB); on live it would be 100 MB, so only the policy's range is compared.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests import precision
from contract_tests.api import Api, describe, expect_status
from contract_tests.checks import patients
from contract_tests.checks.listings import fetch_all
from contract_tests.checks.workflows import Observe, Writer, _ignore
from contract_tests.failures import check
from contract_tests.precision import assumed

UPLOAD = "createPatientAttachmentUpload"
ASSUMPTION = "/paths/~1patient~1{client_id}~1patient_attachment/post"
DOCUMENTED_LIMIT = 100 * 1024 * 1024
SEND_OVERSIZE_UP_TO = 8 * 1024 * 1024
CONTENT = b"PracSuite contract suite test file\n" * 300


@dataclass
class Presigned:
    url: str
    fields: dict[str, str]

    @property
    def max_bytes(self) -> int | None:
        """The policy's content-length-range upper bound, when the policy is readable."""
        try:
            policy = json.loads(base64.b64decode(self.fields["Policy"]))
            ranges = [
                c
                for c in policy["conditions"]
                if isinstance(c, list) and c[0] == "content-length-range"
            ]
            return int(ranges[0][2]) if ranges else None
        except (KeyError, ValueError, TypeError, IndexError):
            return None


def presign(w: Writer, client_id: int, file_name: str) -> Presigned:
    path = f"/patient/{client_id}/patient_attachment"
    answer = w.call(UPLOAD, "POST", path, json_body={"file_name": file_name})
    expect_status(answer, 201)
    body = answer.json()
    return Presigned(str(body["url"]), {str(k): str(v) for k, v in body["fields"].items()})


def to_storage(api: Api, issued: Presigned, content: bytes, **changed: str) -> httpx.Response:
    """Step two: multipart/form-data to `url`, the fields as answered (or `changed`), file last.
    No key headers: the API's client has none by default, and storage must not see them."""
    fields = {**issued.fields, **changed}
    api.throttle.wait()  # storage too is held to PRACSUITE_MAX_RPS
    return api.client.post(
        issued.url, data=fields, files={"file": ("contract.txt", content, "text/plain")}
    )


def error_code(response: httpx.Response) -> str:
    text = response.text
    return text.split("<Code>", 1)[1].split("</Code>", 1)[0] if "<Code>" in text else "?"


def attachments_of(api: Api, client_id: int) -> list[dict[str, Any]]:
    items, _ = fetch_all(
        api, f"/patient/{client_id}/patient_attachment", [], items_key="patient_attachments"
    )
    return items


@check
def check_attachment_upload_cycle(api: Api, observe: Observe = _ignore) -> None:
    """Upload as the guide says → listed → downloaded byte for byte; changed key and oversize
    refused by storage; nothing refused is listed."""
    w = Writer(api, observe)
    client_id = patients.first_patient_id(api)
    name = f"contract-{uuid.uuid4().hex[:12]}.txt"
    before = {a["attachment_client_id"] for a in attachments_of(api, client_id)}

    issued = presign(w, client_id, name)
    changed = to_storage(api, issued, CONTENT, key=issued.fields["key"] + "-changed")
    assert not changed.is_success, (
        f"storage accepted a changed key (the guide: rejected): {describe(changed)}"
    )
    assumed(
        (changed.status_code, error_code(changed)) == (403, "AccessDenied"),
        ASSUMPTION,
        f"changed key → {changed.status_code} {error_code(changed)}, not 403 AccessDenied",
    )

    stored = to_storage(api, issued, CONTENT)
    assert stored.is_success, f"storage refused the upload as answered: {describe(stored)}"
    assumed(stored.status_code == 204, ASSUMPTION, f"upload → {stored.status_code}, not 204")

    new = [a for a in attachments_of(api, client_id) if a["attachment_client_id"] not in before]
    assumed(len(new) == 1, ASSUMPTION, f"after storage answered, {len(new)} new attachments listed")
    if len(new) == 1:
        assumed(
            new[0].get("file_size") == len(CONTENT),
            ASSUMPTION,
            f"listed file_size {new[0].get('file_size')}, sent {len(CONTENT)} bytes",
        )
        content = w.call(
            "getPatientAttachmentContent",
            "GET",
            f"/patient_attachment/{new[0]['attachment_client_id']}/content",
        )
        expect_status(content, 302)
        api.throttle.wait()
        downloaded = api.client.get(content.headers["location"])  # no keys: another origin
        assert downloaded.status_code == 200, f"download from storage: {describe(downloaded)}"
        assert downloaded.content == CONTENT, "the downloaded bytes differ from the uploaded ones"

    limit = issued.max_bytes
    if precision.is_live():  # the gate's mock has a smaller limit on purpose (targets.py)
        assumed(
            limit == DOCUMENTED_LIMIT,
            ASSUMPTION,
            f"the policy's content-length-range allows {limit} bytes, not 100 MiB",
        )
    if limit is not None and limit <= SEND_OVERSIZE_UP_TO:
        count = len(attachments_of(api, client_id))
        big = to_storage(api, presign(w, client_id, name), b"x" * (limit + 1))
        assert not big.is_success, f"storage accepted {limit + 1} bytes over a {limit} limit"
        assumed(
            (big.status_code, error_code(big)) == (400, "EntityTooLarge"),
            ASSUMPTION,
            f"oversize → {big.status_code} {error_code(big)}, not 400 EntityTooLarge",
        )
        assert len(attachments_of(api, client_id)) == count, "a refused upload was listed"


@check
def check_expired_upload_policy_refused(short_lived: Api, seconds: int) -> None:
    """Mock only (its policy's lifetime is a setting): on a mock whose upload policies last
    `seconds`, an upload sent after the policy's expiration is refused 403 AccessDenied and
    nothing is listed; one sent within it is stored."""
    w = Writer(short_lived)
    client_id = patients.first_patient_id(short_lived)
    fresh = to_storage(short_lived, presign(w, client_id, "contract-in-time.txt"), CONTENT)
    assert fresh.is_success, f"an upload within the policy's life refused: {describe(fresh)}"
    count = len(attachments_of(short_lived, client_id))
    issued = presign(w, client_id, "contract-expired.txt")
    time.sleep(seconds + 1.1)  # the expiration is stamped to the second
    late = to_storage(short_lived, issued, CONTENT)
    assert (late.status_code, error_code(late)) == (403, "AccessDenied"), (
        f"an upload {seconds + 1.1:g} s after a {seconds} s policy was issued: "
        f"{late.status_code} {error_code(late)}, not 403 AccessDenied"
    )
    assert len(attachments_of(short_lived, client_id)) == count, "a refused upload was listed"

"""The storage side of attachments, emulating S3 at `/_storage/<bucket>/` on the mock's own server
(outside `/v1`, so the API's 403-for-unknown-path routing never sees it; the answer cache never
stores its answers, as nothing here marks an answer cacheable).

Upload, step two of the documented workflow: a presigned POST as S3 takes it. The API issues
`fields` whose `Policy` (base64 JSON: expiration and conditions) is signed with HMAC-SHA256
(`x-amz-signature`); the POST must be multipart/form-data with every issued field, unchanged,
before the file. Answers as S3: 204 with `Location` and `ETag`; 403 `AccessDenied` for a changed
field (`Policy Condition failed`), an extra field, or an expired policy; 403
`SignatureDoesNotMatch` for a changed policy or signature; 400 `EntityTooLarge` as soon as the
file passes the policy's content-length-range (`EntityTooSmall` below it); 400 `InvalidArgument`
for a missing field or no file; 400 `MalformedPOSTRequest` for a body that is not multipart.

Download: a presigned GET (`X-Amz-Date`, `X-Amz-Expires`, `X-Amz-Signature` in the query), valid
for `DOWNLOAD_SECONDS`; after that 403 `AccessDenied` "Request has expired".

Bytes are streamed both ways: an upload is written to a temporary file in the storage directory
in chunks and renamed into place when complete, a download is read from disk in chunks. The
directory is `MockConfig.storage_dir`; by default beside the `--db` file (`<db>.storage/`, so
stored files outlive a restart as the records do) or a temporary directory removed at exit.
The signing secret is derived from the seed, so URLs issued before a restart with `--db` still
work after it: it protects against a changed field, not against an attacker.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from .multipart import MalformedMultipart, PartData, PartStart, boundary_of, parts

PATH_PREFIX = "/_storage"
BUCKET = "pracsuite-mock-attachments"
MAX_UPLOAD_BYTES = 100 * 1024 * 1024  # the guide's "100 MB" (taken as MiB: an assumption)
UPLOAD_SECONDS = 3600
DOWNLOAD_SECONDS = 900
ALGORITHM = "AWS4-HMAC-SHA256"
_MAX_FIELD_BYTES = 20_000
# Form fields S3 never checks against the policy.
_UNCHECKED = frozenset({"policy", "x-amz-signature", "file"})


@dataclass(frozen=True)
class Stored:
    """A completed upload: the object's key and what storage learnt of it."""

    key: str
    size: int
    content_type: str
    etag: str


OnUpload = Callable[[Stored], Awaitable[None]]


class StorageError(Exception):
    """An S3 error answer: status, code, message and any extra elements."""

    def __init__(self, status: int, code: str, message: str, **extra: str | int) -> None:
        super().__init__(f"{code}: {message}")
        self.status, self.code, self.message, self.extra = status, code, message, extra

    def response(self) -> Response:
        extra = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in self.extra.items())
        request_id = uuid.uuid4().hex[:16].upper()
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{self.code}</Code><Message>{escape(self.message)}</Message>{extra}"
            f"<RequestId>{request_id}</RequestId><HostId>pracsuite-mock</HostId></Error>"
        )
        return Response(
            body,
            self.status,
            media_type="application/xml",
            headers={"x-amz-request-id": request_id},
        )


def _stamp(moment: float) -> str:
    return dt.datetime.fromtimestamp(moment, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _amz_date(moment: float) -> str:
    return dt.datetime.fromtimestamp(moment, dt.UTC).strftime("%Y%m%dT%H%M%SZ")


class Storage:
    """Signs upload policies and download URLs, and serves `/_storage/…` as S3 would."""

    def __init__(
        self,
        root: Path,
        *,
        secret: bytes,
        max_upload_bytes: int = MAX_UPLOAD_BYTES,
        upload_seconds: int = UPLOAD_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.secret = secret
        self.max_upload_bytes = max_upload_bytes
        self.upload_seconds = upload_seconds
        self.clock = clock

    def _sign(self, text: str) -> str:
        return hmac.new(self.secret, text.encode(), hashlib.sha256).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / hashlib.sha256(key.encode()).hexdigest()

    # --- issuing ---------------------------------------------------------------------------

    def presign_post(self, origin: str, key: str) -> dict[str, Any]:
        """The documented step-one answer: `url` and the `fields` to send unchanged."""
        now = self.clock()
        day = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%Y%m%d")
        fields = {
            "key": key,
            "x-amz-algorithm": ALGORITHM,
            "x-amz-credential": f"MOCKACCESSKEY/{day}/ap-southeast-2/s3/aws4_request",
            "x-amz-date": _amz_date(now),
            "x-amz-security-token": "mock-session-token",
        }
        policy = {
            "expiration": _stamp(now + self.upload_seconds),
            "conditions": [
                {"bucket": BUCKET},
                *({name: value} for name, value in fields.items()),
                ["content-length-range", 0, self.max_upload_bytes],
            ],
        }
        encoded = base64.b64encode(json.dumps(policy, separators=(",", ":")).encode()).decode()
        signed = {**fields, "Policy": encoded, "x-amz-signature": self._sign(encoded)}
        return {"url": f"{origin}{PATH_PREFIX}/{BUCKET}/", "fields": signed}

    def presign_get(self, origin: str, key: str) -> tuple[str, str]:
        """A download URL for `key`, valid `DOWNLOAD_SECONDS`, and when it expires."""
        now = self.clock()
        date = _amz_date(now)
        signature = self._sign(f"GET\n{key}\n{date}\n{DOWNLOAD_SECONDS}")
        query = (
            f"X-Amz-Algorithm={ALGORITHM}&X-Amz-Date={date}"
            f"&X-Amz-Expires={DOWNLOAD_SECONDS}&X-Amz-Signature={signature}"
        )
        url = f"{origin}{PATH_PREFIX}/{BUCKET}/{quote(key)}?{query}"
        return url, _stamp(now + DOWNLOAD_SECONDS)

    def has(self, key: str) -> bool:
        return self._path(key).exists()

    def put(self, key: str, content: bytes, content_type: str) -> None:
        """Store a small object directly (the seed's placeholder files)."""
        path = self._path(key)
        path.write_bytes(content)
        _meta_path(path).write_text(json.dumps({"content_type": content_type}))

    # --- serving -------------------------------------------------------------------------

    async def handle(self, request: Request, on_upload: OnUpload) -> Response:
        try:
            bucket, _, key = request.url.path[len(PATH_PREFIX) + 1 :].partition("/")
            if bucket != BUCKET:
                raise StorageError(404, "NoSuchBucket", "The specified bucket does not exist")
            if request.method == "POST" and not key:
                return await self._upload(request, on_upload)
            if request.method in ("GET", "HEAD") and key:
                return self._download(request, unquote(key))
            raise StorageError(
                405,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
            )
        except StorageError as exc:
            return exc.response()

    def _download(self, request: Request, key: str) -> Response:
        query = request.query_params
        date, expires, signature = (
            query.get("X-Amz-Date"),
            query.get("X-Amz-Expires"),
            query.get("X-Amz-Signature"),
        )
        if not (date and expires and signature and expires.isdigit()):
            raise StorageError(403, "AccessDenied", "Access Denied")
        expected = self._sign(f"GET\n{key}\n{date}\n{expires}")
        if not hmac.compare_digest(expected, signature):
            raise StorageError(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        issued = dt.datetime.strptime(date, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC).timestamp()
        now = self.clock()
        if now > issued + int(expires):
            raise StorageError(
                403,
                "AccessDenied",
                "Request has expired",
                **{"X-Amz-Expires": expires, "Expires": _stamp(issued + int(expires))},
                ServerTime=_stamp(now),
            )
        path = self._path(key)
        if not path.exists():
            raise StorageError(404, "NoSuchKey", "The specified key does not exist.", Key=key)
        meta = json.loads(_meta_path(path).read_text())
        return FileResponse(
            path,
            media_type=meta["content_type"],
            headers={"etag": meta.get("etag", '""')},
        )  # streamed from disk in 64 KiB chunks

    async def _upload(self, request: Request, on_upload: OnUpload) -> Response:
        try:
            boundary = boundary_of(request.headers.get("content-type", ""))
        except MalformedMultipart:
            raise StorageError(
                400,
                "MalformedPOSTRequest",
                "The body of your POST request is not well-formed multipart/form-data.",
            ) from None
        body = request.stream()
        try:
            stored = await self._receive(parts(body, boundary), on_upload)
        except MalformedMultipart:
            raise StorageError(
                400,
                "MalformedPOSTRequest",
                "The body of your POST request is not well-formed multipart/form-data.",
            ) from None
        except StorageError:
            # Read the rest (and drop it), so the client sees the error rather than a reset.
            async for _ in body:
                pass
            raise
        location = f"{request.url.scheme}://{request.url.netloc}{PATH_PREFIX}/{BUCKET}/"
        return Response(
            status_code=204,
            headers={"location": location + quote(stored.key), "etag": stored.etag},
        )

    async def _receive(self, stream: Any, on_upload: OnUpload) -> Stored:
        fields: dict[str, str] = {}
        current: bytearray | None = None
        name = ""
        async for event in stream:
            if isinstance(event, PartStart):
                if current is not None:
                    fields.setdefault(name.lower(), current.decode("utf-8", "replace"))
                name, current = event.name, bytearray()
                if name.lower() == "file":
                    limits = self._check_policy(fields)
                    return await self._store(stream, fields, event, limits, on_upload)
            elif current is not None:
                current += event.data
                if len(current) > _MAX_FIELD_BYTES:
                    raise StorageError(
                        400,
                        "MaxPostPreDataLengthExceeded",
                        "Your POST request fields preceding the upload file were too large.",
                    )
        raise StorageError(
            400,
            "InvalidArgument",
            "POST requires exactly one file upload per request.",
            ArgumentName="file",
        )

    def _check_policy(self, fields: dict[str, str]) -> tuple[int, int]:
        """S3's checks of the fields before the file; the content-length-range it allows."""
        for required in (
            "key",
            "policy",
            "x-amz-algorithm",
            "x-amz-credential",
            "x-amz-date",
            "x-amz-signature",
        ):
            if required not in fields:
                raise StorageError(
                    400,
                    "InvalidArgument",
                    f"Bucket POST must contain a field named '{required}'.  If it is specified, "
                    "please check the order of the fields.",
                    ArgumentName=required,
                )
        if not hmac.compare_digest(self._sign(fields["policy"]), fields["x-amz-signature"]):
            raise StorageError(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. "
                "Check your key and signing method.",
            )
        try:
            policy = json.loads(base64.b64decode(fields["policy"], validate=True))
            expiration = dt.datetime.strptime(policy["expiration"], "%Y-%m-%dT%H:%M:%SZ")
            conditions = list(policy["conditions"])
        except (binascii.Error, ValueError, KeyError, TypeError):
            raise StorageError(
                400, "InvalidPolicyDocument", "Invalid Policy: Invalid JSON."
            ) from None
        if self.clock() > expiration.replace(tzinfo=dt.UTC).timestamp():
            raise StorageError(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
        covered = set(_UNCHECKED)
        limits = (0, self.max_upload_bytes)
        present = {**fields, "bucket": BUCKET}
        for condition in conditions:
            if isinstance(condition, dict):
                ((field, value),) = condition.items()
                op, field = "eq", field.lower()
            elif condition[0] == "content-length-range":
                limits = (int(condition[1]), int(condition[2]))
                continue
            else:
                op, field, value = condition[0], condition[1].lstrip("$").lower(), condition[2]
            covered.add(field)
            got = present.get(field, "")
            if not (got == value if op == "eq" else got.startswith(value)):
                shown = json.dumps([op, f"${field}", value])
                raise StorageError(
                    403,
                    "AccessDenied",
                    f"Invalid according to Policy: Policy Condition failed: {shown}",
                )
        extra = sorted(f for f in fields if f not in covered and not f.startswith("x-ignore-"))
        if extra:
            raise StorageError(
                403, "AccessDenied", f"Invalid according to Policy: Extra input fields: {extra[0]}"
            )
        return limits

    async def _store(
        self,
        stream: Any,
        fields: dict[str, str],
        start: PartStart,
        limits: tuple[int, int],
        on_upload: OnUpload,
    ) -> Stored:
        smallest, largest = limits
        key = fields["key"]
        final = self._path(key)
        partial = final.with_suffix(f".{uuid.uuid4().hex}.part")
        digest = hashlib.md5(usedforsecurity=False)
        size = 0
        try:
            with partial.open("wb") as out:
                async for event in stream:
                    if not isinstance(event, PartData):
                        break  # S3 ignores what follows the file
                    size += len(event.data)
                    if size > largest:
                        raise StorageError(
                            400,
                            "EntityTooLarge",
                            "Your proposed upload exceeds the maximum allowed size",
                            ProposedSize=size,
                            MaxSizeAllowed=largest,
                        )
                    digest.update(event.data)
                    out.write(event.data)
                async for _ in stream:  # the rest of the form, to its closing boundary
                    pass
            if size < smallest:
                raise StorageError(
                    400,
                    "EntityTooSmall",
                    "Your proposed upload is smaller than the minimum allowed size",
                    ProposedSize=size,
                    MinSizeAllowed=smallest,
                )
            etag = f'"{digest.hexdigest()}"'
            content_type = start.content_type or "binary/octet-stream"
            os.replace(partial, final)
            _meta_path(final).write_text(json.dumps({"content_type": content_type, "etag": etag}))
        finally:
            partial.unlink(missing_ok=True)
        stored = Stored(key, size, content_type, etag)
        await on_upload(stored)
        return stored


def _meta_path(path: Path) -> Path:
    return path.with_suffix(".json")

"""The ASGI app: every spec operation under `/v1`, in this order per request (`serve`): the
answer cache (`answer_cache`: a GET answered before is answered again as is, until its tenant is
written) → route (unknown → 403) → faults → auth (403 missing / 401 unknown) → rate limit (429,
cached answers too) → validation (400; a body that is not JSON 415, larger than the spec's
`x-max-body-bytes` 413, invalid 422) → handler → optional response validation. Any unexpected
exception answers 500 SERVER_ERROR in the envelope (tests show none happens). The storage side
(`/_storage/`) is served beside it and checks its own signatures.

Links in answers are built from `MockConfig.public_url` when set, else from the request's Host
header when it is a well-formed host[:port], else from the address the server listens on: a
client cannot make the mock echo arbitrary text into links, and the per-base-URL shapers live in
a small LRU cache, so distinct Hosts cannot grow memory.
"""

from __future__ import annotations

import asyncio
import atexit
import hashlib
import json
import logging
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Awaitable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

import pracsuite_spec
from pracsuite_spec import Operation, Spec

from . import handlers
from .answer_cache import Answers, Recorder, tenants_by_key
from .auth import Caller, Keys, authenticate
from .errors import (
    ApiError,
    PayloadTooLarge,
    ServerError,
    UnsupportedMediaType,
)
from .faults import DroppedConnection, FaultInjector
from .handlers.attachments import on_upload
from .handlers.availability import AvailabilityIndexes
from .listing import RequestURL
from .rate_limit import RateLimiter
from .request_key import RequestKey, request_key, text
from .routing import PREFIX, Match, Router, logged
from .seed import seed_store
from .seed_from_recording import seed_from_recording
from .shaping import Shaper, Shapes
from .storage import MAX_UPLOAD_BYTES, PATH_PREFIX, UPLOAD_SECONDS, Storage
from .store import Store
from .validation import Validators, parse_body, validate_parameters

log = logging.getLogger("pracsuite_mock")


@dataclass
class MockConfig:
    seed: int = 1
    size: Literal["small", "large"] = "small"
    db: str | None = None
    keys: Keys = field(default_factory=Keys)
    rate_limit: float | None = None  # requests per second per vendor key
    faults: float = 0.0
    validate_responses: bool = False
    spec_path: str | None = None
    public_url: str | None = None  # e.g. https://mock.example.com/v1: the base of every link
    answer_cache: bool = True  # repeat GET answers until the tenant is written (answer_cache.py)
    seed_from: str | None = None  # a recording whose records go over the seed (seed_from_recording)
    # Where stored attachment files go (storage.py): default beside --db, else a temporary dir.
    storage_dir: str | None = None
    max_upload_bytes: int = MAX_UPLOAD_BYTES  # the policy's content-length-range upper bound
    # How long an upload policy stays valid; the gate shortens it to see an expired one refused.
    upload_policy_seconds: int = UPLOAD_SECONDS


# A Host header we build links from: a DNS name or IPv4 address, or a bracketed IPv6 literal,
# with an optional port; bounded, so the check itself is cheap.
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?"
)
_JSON_TYPE = re.compile(r"application/(?:[A-Za-z0-9.+-]{1,100}\+)?json", re.IGNORECASE)
SHAPER_CACHE_SIZE = 16


class MockState:
    """Everything one mock holds, built once from its config: the spec (read here, not at
    import), the router (routes bound to handlers; an operation without a handler fails here, at
    start-up), the store, what is computed from them and kept (compiled shapes, schema
    validators, availability indexes, answers), the rate limit and faults. Two mocks in one
    process share none of it."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.spec: Spec = pracsuite_spec.load(config.spec_path)
        self.router = Router(self.spec, handlers.bind(self.spec.operations))
        self.store = Store(config.db)
        with self.store.atomic():  # with --db, the first seed is one transaction: all or nothing
            seed_store(self.store, self.spec, seed=config.seed, size=config.size)
        if config.seed_from is not None:
            if config.db is not None:
                raise ValueError("--seed-from serves a recording in memory: it takes no --db")
            seed_from_recording(self.store, self.spec, self.router, config.seed_from)
        self.storage = Storage(
            _storage_dir(config),
            secret=hashlib.sha256(f"pracsuite-mock-storage-{config.seed}".encode()).digest(),
            max_upload_bytes=config.max_upload_bytes,
            upload_seconds=config.upload_policy_seconds,
        )
        self.limiter = RateLimiter(config.rate_limit) if config.rate_limit else None
        self.faults = FaultInjector(config.faults, seed=config.seed) if config.faults else None
        self.max_body_bytes = self.spec.max_body_bytes
        self.public = _public_base(config.public_url) if config.public_url else None
        self.shapes = Shapes(self.spec)
        self._shapers: OrderedDict[str, Shaper] = OrderedDict()
        self.validators = Validators()
        self.availability = AvailabilityIndexes(self.store)
        # Faults make answers vary by chance, so with them every request is computed.
        self.answers = Answers() if config.answer_cache and self.faults is None else None
        self.tenants = tenants_by_key(config.keys.subscribers)

    def shaper(self, base_url: str) -> Shaper:
        """The shaper for a base URL, from a bounded LRU cache."""
        found = self._shapers.get(base_url)
        if found is None:
            found = self._shapers[base_url] = Shaper(self.shapes, base_url)
            while len(self._shapers) > SHAPER_CACHE_SIZE:
                self._shapers.popitem(last=False)
        else:
            self._shapers.move_to_end(base_url)
        return found

    def origin(self, request: RequestKey) -> tuple[str, str, str]:
        """(scheme, host[:port], path prefix) that links start with."""
        if self.public is not None:
            return self.public
        host = text(request.host) or ""
        if len(host) > 260 or not _HOST.fullmatch(host):
            name, port = request.server or ("127.0.0.1", None)
            default = {"http": 80, "https": 443}.get(request.scheme)
            host = name if port in (None, default) else f"{name}:{port}"
        return request.scheme, host, PREFIX


def _storage_dir(config: MockConfig) -> Path:
    """Stored files live beside the records: next to the --db file (they outlive a restart as
    the records do), else in a temporary directory removed at exit."""
    if config.storage_dir:
        return Path(config.storage_dir)
    if config.db:
        return Path(f"{config.db}.storage")
    temporary = tempfile.mkdtemp(prefix="pracsuite-mock-storage-")
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)
    return Path(temporary)


def _public_base(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise ValueError(f"public URL must be http(s)://host[:port][/path], got {url!r}")
    return parts.scheme, parts.netloc, parts.path.rstrip("/") or PREFIX


def create_app(config: MockConfig | None = None) -> MockApp:
    app = MockApp()
    app.state.mock = app.mock = MockState(config or MockConfig())
    return app


class MockApp(Starlette):
    """Every HTTP request, whatever its method or path, goes to `serve`: a Starlette route would
    answer some (a path segment holding a newline, an unlisted method) with its own plain-text
    404/405 instead of the documented envelope. Starlette runs the lifespan."""

    mock: MockState

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await serve(self.mock, scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


@dataclass(frozen=True, slots=True)
class Admitted:
    """A request let through to its handler: its operation and binding, and who sent it."""

    match: Match
    caller: Caller


async def serve(state: MockState, scope: Scope, receive: Receive, send: Send) -> None:
    """One request: answered from the answer cache when it holds the answer, else computed."""
    key = request_key(scope)
    cached = None
    tenant = generation = None
    if state.answers is not None and scope["method"] == "GET" and key.vendor:
        tenant = state.tenants.get(key.subscriber) if key.subscriber else None
        if tenant is not None:
            generation = state.store.generation(tenant)  # before the app reads anything
            try:
                cached = state.answers.get(key, generation)
            except TypeError:  # a part a server gave in a type that cannot be a key: no caching
                tenant = None
    request = None
    if cached is None:
        request = Request(scope, receive)
        if request.url.path.startswith(PATH_PREFIX + "/"):  # it checks its own signatures
            upload = partial(on_upload, state.store)
            response = await _answer(state.storage.handle(request, upload), request)
            await response(scope, receive, send)
            return
    try:
        # A cached answer was computed for a request with the same keys and path, admitted to
        # the same route (and with a cache there are no faults): only the rate limit is new.
        admitted = None if request is None else await admit(state, key, request)
        if state.limiter is not None:  # the one rate limit, of computed and cached answers alike
            state.limiter.check((key.vendor or b"").decode("latin-1"))
    except Exception as exc:  # each kind has its answer: see _failure
        path = scope["path"] if request is None else request.url.path
        await _failure(exc, scope["method"], path)(scope, receive, send)
        return
    if cached is not None:
        await send(cached.start)
        await send(cached.body)
        return
    assert request is not None and admitted is not None
    if admitted.match.binding.cacheable and admitted.caller.tenant_id == tenant:
        assert state.answers is not None and generation is not None
        send = Recorder(state.answers, send, key, generation)
    response = await _answer(_dispatch(state, request, key, admitted), request)
    await response(scope, receive, send)


async def admit(state: MockState, key: RequestKey, request: Request) -> Admitted:
    """Route (unknown → 403) → faults → auth (403 missing / 401 unknown); the rate limit (429)
    follows, in `serve`."""
    match = state.router.match(request.method, request.url.path)
    if match is None:
        raise state.router.miss(request.method, request.url.path)
    if state.faults is not None:
        fault = state.faults.draw()
        if fault is not None:
            if fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "drop":
                raise DroppedConnection()
            else:
                error = fault.error()
                if error is not None:
                    raise error
    return Admitted(match, authenticate(key, state.config.keys))


async def _answer(computing: Awaitable[Response], request: Request) -> Response:
    """The response being computed, or the one its error answers."""
    try:
        return await computing
    except Exception as exc:  # each kind has its answer: see _failure
        return _failure(exc, request.method, request.url.path)


def _failure(exc: Exception, method: str, path: str) -> Response:
    """The answer to a request that raised `exc`: never a bare 5xx without the envelope."""
    if isinstance(exc, DroppedConnection):
        return _DroppedResponse()
    if isinstance(exc, ClientDisconnect):  # the client went away mid-body: nobody to answer
        log.info("client disconnected before sending the whole body of %s %s", method, logged(path))
        return Response(status_code=400)
    if isinstance(exc, ApiError):
        return exc.response()
    log.exception("unexpected error on %s %s", method, logged(path), exc_info=exc)
    return ServerError().response()


class _DroppedResponse(Response):
    """Starts a response and abandons it: the client sees the connection drop mid-body."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"truncated', "more_body": True})
        raise DroppedConnection("fault injection: connection dropped")


async def _dispatch(
    state: MockState, request: Request, key: RequestKey, admitted: Admitted
) -> Response:
    """Validation (400; a body that is not JSON 415, larger than the spec's `x-max-body-bytes`
    413, invalid 422) → handler → optional response validation."""
    match, caller = admitted.match, admitted.caller
    op = match.operation
    inputs = validate_parameters(
        op,
        match.path_params,
        request.query_params.multi_items(),
        state.spec.filter_syntax,
        state.validators,
    )
    if op.body_schema is not None:
        body = await _json_body(request, state.max_body_bytes)
        inputs.body = parse_body(op, body, state.validators)
    scheme, host, prefix = state.origin(key)
    ctx = handlers.Context(
        request=request,
        operation=op,
        caller=caller,
        inputs=inputs,
        store=state.store,
        spec=state.spec,
        shaper=state.shaper(f"{scheme}://{host}{prefix}"),
        url=RequestURL(scheme, host, prefix + request.url.path[len(PREFIX) :], request.url.query),
        storage=state.storage,
        availability=state.availability,
    )
    response = await match.binding.handler(ctx)
    # With --db, answer only once every write so far (this one's, and any it shows) is committed.
    await state.store.flushed()
    if state.config.validate_responses:
        _check_response(op, response, state.validators)
    return response


async def _json_body(request: Request, limit: int) -> bytes:
    """The raw body of a JSON request: 415 unless it is JSON, 413 above `limit` bytes (read no
    further than that)."""
    content_type = request.headers.get("content-type")
    declared = request.headers.get("content-length")
    if content_type is None:
        if declared in (None, "0"):
            chunk = await _read_limited(request, limit)
            if not chunk:
                return chunk
        raise UnsupportedMediaType()
    media_type = content_type.split(";", 1)[0].strip()
    if len(media_type) > 127 or not _JSON_TYPE.fullmatch(media_type):
        raise UnsupportedMediaType(
            f"The request body must be JSON (Content-Type: application/json), got {media_type!r}."
        )
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
    return await _read_limited(request, limit)


async def _read_limited(request: Request, limit: int) -> bytes:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
    return bytes(body)


def _check_response(op: Operation, response: Response, validators: Validators) -> None:
    if not op.documents(response.status_code):
        raise ServerError(f"response status {response.status_code} is not in the spec")
    schema = op.response_schema(response.status_code)
    if schema is None:
        return
    body = json.loads(bytes(response.body))
    errors = list(validators.for_schema(schema).iter_errors(body))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path)
        raise ServerError(f"response does not match the spec at /{where}: {first.message[:200]}")

"""The ASGI app: every spec operation under `/v1`, in this order per request:
route (unknown → 403) → faults → auth (403 missing / 401 unknown) → rate limit (429) →
validation (400 / 422) → handler → optional response validation. Any unexpected exception
answers 500 SERVER_ERROR in the envelope (tests show none happens).
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import request_response
from starlette.types import Receive, Scope, Send

from . import handlers
from .auth import Keys, authenticate
from .errors import ApiError, ServerError
from .resources import Shaper
from .routing import PREFIX, Router
from .seed import seed_store
from .simulation import DroppedConnection, FaultInjector, RateLimiter
from .spec import Spec, load_spec
from .store import Store
from .validation import parse_body, validate_parameters, validator_for

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


class MockState:
    """Everything the app holds: spec, router, store and simulation, built once."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.spec: Spec = load_spec(config.spec_path)
        self.router = Router(self.spec)
        self.store = Store(config.db)
        seed_store(self.store, self.spec, seed=config.seed, size=config.size)
        self.limiter = RateLimiter(config.rate_limit) if config.rate_limit else None
        self.faults = FaultInjector(config.faults, seed=config.seed) if config.faults else None
        self._shapers: dict[str, Shaper] = {}

    def shaper(self, base_url: str) -> Shaper:
        found = self._shapers.get(base_url)
        if found is None:
            found = self._shapers[base_url] = Shaper(self.spec, base_url)
        return found


def create_app(config: MockConfig | None = None) -> Starlette:
    state = MockState(config or MockConfig())

    async def endpoint(request: Request) -> Response:
        try:
            return await _dispatch(state, request)
        except DroppedConnection:
            return _DroppedResponse()
        except ApiError as exc:
            return exc.response()
        except Exception:  # the last line of defence: never a bare 5xx without the envelope
            log.exception("unexpected error on %s %s", request.method, request.url.path)
            return ServerError().response()

    # Every request, whatever its method or path, goes to our own spec-driven router: a Starlette
    # route would answer some (a path segment holding a newline, an unlisted method) with its own
    # plain-text 404/405 instead of the documented envelope.
    app = Starlette()
    app.router.default = request_response(endpoint)
    app.state.mock = state
    return app


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


async def _dispatch(state: MockState, request: Request) -> Response:
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
    caller = authenticate(request.headers, state.config.keys)
    if state.limiter is not None:
        state.limiter.check(caller.vendor_key)
    op = match.operation
    inputs = validate_parameters(
        op, match.path_params, request.query_params.multi_items(), state.spec.filter_syntax
    )
    if op.body_schema is not None:
        inputs.body = parse_body(op, await request.body())
    base = f"{request.url.scheme}://{request.url.netloc}{PREFIX}"
    ctx = handlers.Context(
        request=request,
        operation=op,
        caller=caller,
        inputs=inputs,
        store=state.store,
        spec=state.spec,
        shaper=state.shaper(base),
    )
    response = await handlers.handler_for(op)(ctx)
    if state.config.validate_responses:
        _check_response(op.responses, response)
    return response


def _check_response(responses: dict[str, Any], response: Response) -> None:
    spec_response = responses.get(str(response.status_code))
    if spec_response is None:
        raise ServerError(f"response status {response.status_code} is not in the spec")
    schema = ((spec_response.get("content") or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return
    body = json.loads(bytes(response.body))
    errors = list(validator_for(schema).iter_errors(body))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path)
        raise ServerError(f"response does not match the spec at /{where}: {first.message[:200]}")

"""Transport rules of request bodies, on every operation that takes one: a body larger than the
spec's `x-max-body-bytes` is 413 (declared or streamed without a length), a body that is not
declared JSON (another media type, or none) is 415, and JSON text holding a lone surrogate, in a
value or a field name, is 422. Each answers a status its operation documents. Bodies are refused
before any record is looked up, so every path parameter is 1."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx

import pracsuite_spec
from contract_tests import run_state
from contract_tests.api import Api, describe, error_detail
from contract_tests.checks.integrity import expect_documented
from contract_tests.failures import check

JSON = {"content-type": "application/json"}


def body_operations() -> list[pracsuite_spec.Operation]:
    """Every operation of the spec that takes a JSON request body."""
    return [op for op in pracsuite_spec.load().operations if op.method in ("post", "patch", "put")]


def _path(op: pracsuite_spec.Operation) -> str:
    return re.sub(r"\{[^}]+\}", "1", op.path)


def _send(
    api: Api,
    op: pracsuite_spec.Operation,
    content: bytes | Iterator[bytes],
    headers: dict[str, str],
) -> httpx.Response:
    api.throttle.wait()
    run_state.current().counts.add()
    response = api.client.request(
        op.method.upper(), api.url(_path(op)), content=content, headers={**api.headers(), **headers}
    )
    api.sent.last, api.sent.last_response = response.request, response
    return response


def max_body_bytes() -> int:
    return pracsuite_spec.load().max_body_bytes


@check
def check_body_size_limit(api: Api, op: pracsuite_spec.Operation) -> None:
    """A body over `x-max-body-bytes` is 413, declared by Content-Length or streamed."""
    big = json.dumps({"first_name": "Probe", "surname": "Contract" + "x" * max_body_bytes()})
    payload = big.encode()
    expect_documented(_send(api, op, payload, JSON), op.operation_id, 413)

    def stream() -> Iterator[bytes]:
        for start in range(0, len(payload), 65536):
            yield payload[start : start + 65536]

    expect_documented(_send(api, op, stream(), JSON), op.operation_id, 413)


@check
def check_content_type_required(api: Api, op: pracsuite_spec.Operation) -> None:
    """A JSON body declared as another media type, or not declared, is 415."""
    body = json.dumps({"first_name": "Probe", "surname": "Contractct"}).encode()
    for headers in (
        {"content-type": "text/plain"},
        {"content-type": "application/x-www-form-urlencoded"},
        {},
    ):
        expect_documented(_send(api, op, body, headers), op.operation_id, 415)


@check
def check_lone_surrogates_refused(api: Api, op: pracsuite_spec.Operation) -> None:
    """JSON text holding a lone surrogate, in a value or a field name, is 422; in a value, the
    422 names the field (the spec's Request bodies: "answers 422 naming the field")."""
    for text in (
        b'{"first_name": "Probe", "surname": "Contract\\ud800"}',
        b'{"first_name": "Probe", "surname": "Contracts", "\\udc00": 1}',
    ):
        response = _send(api, op, text, JSON)
        expect_documented(response, op.operation_id, 422)
        if b"ud800" in text:
            named = {str(v.get("field")) for v in _validation(response)}
            assert "surname" in named or "surname" in error_detail(response), (
                f"{op.label}: the 422 for a lone surrogate in surname names {sorted(named)}, "
                f"not the field: {describe(response)}"
            )


def _validation(response: httpx.Response) -> list[dict[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        return []
    error = body.get("error") if isinstance(body, dict) else None
    entries = error.get("validation") if isinstance(error, dict) else None
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

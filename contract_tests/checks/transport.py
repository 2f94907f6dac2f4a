"""Transport rules of request bodies, on every write: a body larger than the spec's
`x-max-body-bytes` is 413 (declared or streamed without a length), a body that is not declared
JSON (another media type, or none) is 415, and JSON text holding a lone surrogate, in a value or
a field name, is 422. Each answers the error envelope its operation documents."""

from __future__ import annotations

import json

import httpx

from contract_tests import spec as spec_mod
from contract_tests import stats
from contract_tests.api import Api
from contract_tests.checks.failures import check
from contract_tests.checks.integrity import expect_documented

OPERATION = "createPatient"
PATH = "/patient"


def _send(api: Api, content: bytes | object, headers: dict[str, str]) -> httpx.Response:
    api.throttle.wait()
    stats.count_request()
    response = api.client.post(api.url(PATH), content=content, headers={**api.headers(), **headers})  # type: ignore[arg-type]
    api.sent.last = response.request
    return response


def max_body_bytes() -> int:
    return int(spec_mod.load_spec().get("x-max-body-bytes") or 1_048_576)


@check
def check_body_size_limit(api: Api) -> None:
    limit = max_body_bytes()
    big = json.dumps({"first_name": "Probe", "surname": "Contract" + "x" * limit}).encode()
    declared = _send(api, big, {"content-type": "application/json"})
    expect_documented(declared, OPERATION, 413)

    def stream() -> object:
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    streamed = _send(api, stream(), {"content-type": "application/json"})
    expect_documented(streamed, OPERATION, 413)


@check
def check_content_type_required(api: Api) -> None:
    body = json.dumps({"first_name": "Probe", "surname": "Contractct"}).encode()
    for headers in ({"content-type": "text/plain"}, {"content-type": "application/x-www-form-urlencoded"}, {}):  # fmt: skip
        response = _send(api, body, headers)
        expect_documented(response, OPERATION, 415)


@check
def check_lone_surrogates_refused(api: Api) -> None:
    for text in (
        b'{"first_name": "Probe", "surname": "Contract\\ud800"}',
        b'{"first_name": "Probe", "surname": "Contracts", "\\udc00": 1}',
    ):
        response = _send(api, text, {"content-type": "application/json"})
        expect_documented(response, OPERATION, 422)

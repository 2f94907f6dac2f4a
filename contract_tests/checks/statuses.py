"""The strict profile's rule for every answer a domain check receives from our mock: its status
is one the operation documents (`responses` of the spec). Installed on each mock `Api` by the
runtime (`Api.on_answer`); on live an undocumented status is left to the checks, which fail only
on what the docs say."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from contract_tests.api import describe


def require_documented(response: httpx.Response) -> None:
    """AssertionError when `response`'s status is not documented for its operation (a request
    to a path or method of no operation is the auth checks' business: its 403 is documented
    API-wide)."""
    from contract_tests.checks import strict

    request = response.request
    path = urlsplit(str(request.url)).path.split("/v1", 1)[-1]
    op = strict.operation_for(request.method, path)
    if op is None:
        return
    assert strict.status_documented(op, response.status_code), (
        f"{describe(response)}: status {response.status_code} is not documented for {op.label}"
    )

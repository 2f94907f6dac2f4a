"""A failing check reads as one block (operation, check, expected, got, a curl without keys),
skips read as words, and an undocumented status of the mock fails the strict profile."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from contract_tests import console, targets
from contract_tests.api import Api
from contract_tests.checks import integrity
from contract_tests.checks.statuses import require_documented
from contract_tests.failures import CheckFailure
from contract_tests.report import TestRecord
from contract_tests.run_state import RunState
from tests.contract_checks import broken

pytest.importorskip("pracsuite_mock.app")


def teapot(app: Any) -> Any:
    """GET /patient/{id} answers 418, a status the spec does not document."""

    def rewrite(scope: Any, status: int, body: Any) -> Any:
        return body

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/patient/"):

            async def send_418(message: Any) -> None:
                if message["type"] == "http.response.start":
                    message = {**message, "status": 418}
                await send(message)

            await broken.rewrite_answers(app, rewrite)(scope, receive, send_418)
            return
        await app(scope, receive, send)

    return wrapped


def api_for(wrap: Any = None) -> Api:
    app = targets.mock_app()
    api = Api.for_asgi(
        wrap(app) if wrap else app, targets.MOCK_VENDOR_KEY, targets.MOCK_SUBSCRIBER_KEY
    )
    api.on_answer = require_documented
    return api


def test_an_undocumented_status_fails_on_the_mock() -> None:
    with pytest.raises(AssertionError, match="status 418 is not documented for GET /patient"):
        api_for(teapot).get("/patient/1")
    api_for().get("/patient/1")  # 200: documented


def test_a_failure_reads_as_one_block_with_a_curl_and_no_keys(mock_run: RunState) -> None:
    with pytest.raises(CheckFailure) as caught:
        integrity.check_group_capacity_exact(api_for(teapot_groups))
    failure = caught.value.redacted()
    record = TestRecord("id", None, "integrity", "failed", 1, 0.1, failure.got, "x", failure)
    block = console.failure_block(record)
    text = "\n".join(block)
    assert len(block) <= 6
    assert "operation: POST /group_appointment/{appointment_id}/add_group_member" in text
    assert "check:     group_capacity_exact" in text
    assert "expected:  status 201" in text
    assert failure.request_id is not None and f"request:   {failure.request_id}" in text
    assert "reproduce: curl -s -X POST" in text and "$PRACSUITE_VENDOR_KEY" in text
    assert targets.MOCK_VENDOR_KEY not in text and targets.MOCK_SUBSCRIBER_KEY not in text


def teapot_groups(app: Any) -> Any:
    """Add-member refuses every member (422), as a group that is always full."""

    def rewrite(scope: Any, body: Any) -> Any:
        if scope["path"].endswith("/add_group_member"):
            return {**(body or {}), "client_id": 10**9}
        return body

    return broken.rewrite_requests(app, rewrite)


def test_skip_reasons_are_words_not_reprs() -> None:
    xfailed = SimpleNamespace(wasxfail="assumption broken: detail names the parameter")
    assert console.skip_reason(xfailed) == "assumption broken: detail names the parameter"
    skipped = SimpleNamespace(longrepr=("f.py", 1, "Skipped: no record has a value for fax"))
    assert console.skip_reason(skipped) == "no record has a value for fax"
    crash = SimpleNamespace(message="Skipped: not testable here")
    raised = SimpleNamespace(longrepr=SimpleNamespace(reprcrash=crash))
    assert console.skip_reason(raised) == "not testable here"

"""The mock's limits (`checks/limits.py`): its rate limit, request head limit and read timeout."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

import pracsuite_spec
from contract_tests import run_state, targets
from contract_tests.api import Api
from contract_tests.checks import limits


@pytest.fixture(autouse=True)
def _mock_only() -> None:
    if run_state.current().live:
        pytest.skip("the rate and head limits checked are our mock's own settings")


def limited_mock(per_second: float) -> Api:
    """A new embedded mock of the suite's seed with `--rate-limit per_second`."""
    return targets.mock_api(rate_limit=per_second)


def test_over_the_rate_limit_is_429_with_retry_after() -> None:
    limits.check_rate_limit_answers_429_with_retry_after(limited_mock)


def test_the_request_head_is_measured_whole(api: Api) -> None:
    from pracsuite_mock.server_protocol import DEFAULT_MAX_HEAD_BYTES  # the gate's server's

    if urlsplit(api.base_url).hostname == "testserver":
        pytest.skip("the server's own limits need a real server, not the in-process app")
    op = pracsuite_spec.load().operation("listRescheduleReasons")
    limits.check_head_measured_whole(op, api.base_url, api.headers(), DEFAULT_MAX_HEAD_BYTES)


def test_an_incomplete_request_is_408_after_the_timeout() -> None:
    from pracsuite_mock.embed import DEMO_HEADERS, serve_in_background

    # A server of its own: the gate's keeps the default 15 s, too long to wait for here.
    with serve_in_background(["--request-timeout", "1"]) as base_url:
        limits.check_incomplete_request_times_out(
            pracsuite_spec.load().operation("listRescheduleReasons"), base_url, DEMO_HEADERS, 1.0
        )

"""The domain checks can fail: each runs against a deliberately broken mock and must raise,
and passes against the real one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import pracsuite_spec
from contract_tests import targets
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, availability, pagination
from contract_tests.checks.listings import ListTarget
from contract_tests.failures import CheckFailure
from tests.contract_checks import broken

pytest.importorskip("pracsuite_mock.app")


def api_for(wrap: Callable[[Any], Any] | None = None) -> Api:
    app = targets.mock_app()
    return Api.for_asgi(
        wrap(app) if wrap else app, targets.MOCK_VENDOR_KEY, targets.MOCK_SUBSCRIBER_KEY
    )


def list_op(operation_id: str) -> pracsuite_spec.Operation:
    op = pracsuite_spec.load().operation(operation_id)
    assert op.listing is not None
    return op


def paginate(api: Api) -> None:
    op = list_op("listPatients")
    pagination.check_pages_concatenate(ListTarget(api, op, op.path, []), page_size=7)


def window(api: Api) -> None:
    op = list_op("listAvailableAppointments")
    availability.check_window_limit(
        ListTarget(api, op, op.path, QueryBuilder(api).window_query(op))
    )


def and_semantics(api: Api) -> None:
    op = list_op("listAvailableAppointments")
    target = ListTarget(api, op, op.path, QueryBuilder(api).window_query(op))
    items = availability.listing(target)
    pairs = availability.pick_and_pairs(op, items)
    assert pairs, "the mock's data offers no filter pair to tell AND from OR"
    for a, b in pairs:
        availability.check_and_semantics(target, a, b)


CASES = [
    ("off-by-one page", broken.off_by_one_page, paginate),
    ("8-day window accepted", broken.eight_day_window, window),
    ("OR instead of AND", broken.or_instead_of_and, and_semantics),
]
# The operation and check each bug's failure names, as fields.
NAMED = {
    "off-by-one page": ("GET /patient", "pages_concatenate"),
    "8-day window accepted": ("GET /available_appointments", "window_limit"),
    "OR instead of AND": ("GET /available_appointments", "and_semantics"),
}


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_catches_the_bug(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    with pytest.raises(CheckFailure) as caught:
        check(api_for(wrap))
    failure = caught.value
    assert (failure.operation, failure.check) == NAMED[bug]
    assert str(failure) == failure.got  # what the live-precision rule quotes
    assert failure.expected  # the property the check states
    assert failure.curl is not None and failure.curl.startswith("curl -s ")
    assert '-H "x-api-key: $PRACSUITE_VENDOR_KEY"' in failure.curl
    assert "mock-vendor-key" not in failure.curl


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_passes_on_the_real_mock(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    check(api_for())

"""The strict profile, the write-then-read workflows and the tenant isolation check can fail:
each runs against a mock broken in one way and must raise, and passes on the real mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import pracsuite_spec
from contract_tests import targets
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, strict, tenants, workflows
from contract_tests.checks.listings import ListTarget
from tests.contract_checks import broken

pytest.importorskip("pracsuite_mock.app")


def api_for(wrap: Callable[[Any], Any] | None = None, *, second: bool = False) -> Api:
    app = targets.mock_app()
    key = "mock-clinic-2" if second else targets.MOCK_SUBSCRIBER_KEY
    return Api.for_asgi(wrap(app) if wrap else app, targets.MOCK_VENDOR_KEY, key)


def patients_strict(api: Api) -> None:
    """The patient list and one patient, held to the strict profile with their links."""
    ops = [
        pracsuite_spec.load().operation("listPatients"),
        pracsuite_spec.load().operation("getPatient"),
    ]
    strict.crawl(api, [(ops[0], "/patient", []), (ops[1], "/patient/1", [])], per_list=1)


def isolation(api: Api) -> None:
    op = pracsuite_spec.load().operation("listItems")
    assert op.listing is not None
    other = api.with_keys(subscriber_key="mock-clinic-2")
    tenants.check_list_isolated(ListTarget(api, op, op.path, []), other)


def book_cancel(api: Api) -> None:
    workflows.check_book_cancel_cycle(api, QueryBuilder(api))


def defaults(api: Api) -> None:
    workflows.check_write_defaults_stored(api)


def stale(app: Any) -> Any:
    return broken.stale_availability(app, targets.mock_app())


CASES = [
    ("a list leaking another tenant's records", broken.leaky_list, isolation),
    ("cancel with an empty body not recorded", broken.cancel_not_recorded, book_cancel),
    ("false stored as null", broken.false_stored_as_null, defaults),
    ("a booked time still offered", stale, book_cancel),
    ("an envelope without request_id", broken.no_request_id, strict.check_error_envelopes),
    ("a documented field dropped", broken.dropped_field, patients_strict),
    ("an undocumented field", broken.undocumented_field, patients_strict),
    ("a dead link", broken.dead_link, patients_strict),
]


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_catches_the_bug(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    with pytest.raises(AssertionError):
        check(api_for(wrap))


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_passes_on_the_real_mock(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    check(api_for())

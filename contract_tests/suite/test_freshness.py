"""Read-your-writes through an identical URL (`checks/freshness.py`), in both tenants."""

from __future__ import annotations

import pytest

from contract_tests import run_state
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, freshness


@pytest.fixture(params=["first tenant", "second tenant"])
def tenant(request: pytest.FixtureRequest, writes: Api) -> Api:
    if request.param == "first tenant":
        return writes
    other: Api = request.getfixturevalue("other_tenant")
    return other


def test_an_edit_is_seen_through_the_urls_read_before(tenant: Api) -> None:
    freshness.check_patient_edit_seen(tenant)
    freshness.check_appointment_edit_seen(tenant, QueryBuilder(tenant))


def test_a_record_asked_for_before_it_exists_is_found_once_created(writes: Api) -> None:
    freshness.check_created_after_404_found(writes)


def test_keys_are_checked_on_urls_answered_before(api: Api) -> None:
    freshness.check_keys_checked_on_warm_urls(api)


def test_links_follow_the_host_asked(api: Api) -> None:
    if run_state.current().live:
        pytest.skip("the Host of the live API is its own: a mock-only promise")
    freshness.check_links_follow_host(api)


def test_an_edited_record_moves_in_a_sorted_list(writes: Api) -> None:
    if run_state.current().live:
        pytest.skip("the collation of a live sort is not documented: a mock-only promise")
    freshness.check_sorted_list_follows_an_edit(writes)

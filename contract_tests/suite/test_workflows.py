"""Write-then-read workflows (`checks/workflows.py`): need a target that allows writes."""

from __future__ import annotations

import pytest

from contract_tests import run_state, targets
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, attachments, workflows


def test_booking_takes_the_time_and_cancelling_gives_it_back(
    writes: Api, queries: QueryBuilder
) -> None:
    workflows.check_book_cancel_cycle(writes, queries)


def test_reservation_takes_the_time_until_removed(writes: Api, queries: QueryBuilder) -> None:
    workflows.check_reserve_release_cycle(writes, queries)


def test_documented_values_of_write_bodies_are_stored(writes: Api) -> None:
    workflows.check_write_defaults_stored(writes)


def test_attachment_upload_download_and_storage_refusals(writes: Api) -> None:
    attachments.check_attachment_upload_cycle(writes)


def test_a_booking_takes_exactly_the_times_it_overlaps(writes: Api, queries: QueryBuilder) -> None:
    workflows.check_booking_takes_exactly_its_time(writes, queries)


def test_an_upload_after_its_policy_expired_is_refused() -> None:
    if run_state.current().live:
        pytest.skip("a policy's lifetime is the mock's setting; live ones last an hour")
    seconds = 1
    short_lived = targets.mock_api(upload_policy_seconds=seconds)
    attachments.check_expired_upload_policy_refused(short_lived, seconds)

"""Boundaries and integrity (`checks/integrity.py`): they write (fill a group, cancel entries)."""

from __future__ import annotations

import pytest

from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, integrity


@pytest.fixture
def scratch(writes: Api) -> Api:
    return writes


def test_a_group_takes_members_up_to_its_limit_exactly(scratch: Api) -> None:
    integrity.check_group_capacity_exact(scratch)


def test_unknown_and_foreign_references_are_refused(scratch: Api) -> None:
    integrity.check_references_refused(scratch)


def test_a_booking_with_another_patients_account_is_refused(scratch: Api) -> None:
    integrity.check_booking_foreign_account_refused(scratch, QueryBuilder(scratch))


def test_availability_with_another_patients_account_is_400(scratch: Api) -> None:
    integrity.check_availability_foreign_account(scratch, QueryBuilder(scratch))


def test_the_sub_lists_of_a_removed_entry_are_gone(scratch: Api) -> None:
    integrity.check_removed_sublists_gone(scratch)


def test_a_folder_lists_exactly_its_attachments(api: Api) -> None:
    integrity.check_folders_list_their_attachments(api)


def test_a_note_where_the_practitioner_does_not_work_is_refused(scratch: Api) -> None:
    integrity.check_note_elsewhere_refused(scratch)


def test_a_removal_not_recorded_as_cancelled_is_no_cancellation(scratch: Api) -> None:
    integrity.check_removal_is_not_a_cancellation(scratch)

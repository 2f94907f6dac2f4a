"""The strict profile of our own mock (`checks/strict.py`): run against the mock only; the live
API is held to the public spec, never to this."""

from __future__ import annotations

import pytest

from contract_tests import runtime
from contract_tests import spec as spec_mod
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, strict, workflows


@pytest.fixture(autouse=True)
def _mock_only() -> None:
    if runtime.current().settings.is_live:
        pytest.skip("the strict profile is our mock's promise, not the live API's")


def test_every_answer_and_link_is_strict_and_every_operation_answers(
    writes: Api, queries: QueryBuilder
) -> None:
    """Every GET the data allows and every link inside the answers, then the write workflows:
    each answer strict, each link alive, and every operation of the spec answered 2xx."""
    tour = strict.crawl(writes, strict.starts(queries))
    observe = strict.Observer(tour)
    workflows.check_write_defaults_stored(writes, observe)
    workflows.check_book_cancel_cycle(writes, queries, observe)
    workflows.check_reserve_release_cycle(writes, queries, observe)
    workflows.check_other_writes(writes, queries, observe)
    missing = tour.missing(spec_mod.operations())
    assert not missing, f"operations that never answered 2xx: {', '.join(missing)}"


def test_error_envelopes_are_strict(api: Api) -> None:
    strict.check_error_envelopes(api)

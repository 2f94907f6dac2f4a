"""Transport rules of request bodies (`checks/transport.py`): 413, 415, lone surrogates. Run on
the mock: live, a refused body proves nothing and an accepted one writes a patient."""

from __future__ import annotations

import pytest

import pracsuite_spec
from contract_tests import run_state
from contract_tests.api import Api
from contract_tests.checks import transport
from contract_tests.suite._support import label

OPERATIONS = transport.body_operations()


@pytest.fixture(autouse=True)
def _mock_only() -> None:
    if run_state.current().live:
        pytest.skip("body limits are probed on the mock only (an accepted body writes a patient)")


@pytest.mark.parametrize("op", OPERATIONS, ids=label)
def test_a_body_over_the_limit_is_413(writes: Api, op: pracsuite_spec.Operation) -> None:
    transport.check_body_size_limit(writes, op)


@pytest.mark.parametrize("op", OPERATIONS, ids=label)
def test_a_body_not_declared_json_is_415(writes: Api, op: pracsuite_spec.Operation) -> None:
    transport.check_content_type_required(writes, op)


@pytest.mark.parametrize("op", OPERATIONS, ids=label)
def test_a_lone_surrogate_is_422(writes: Api, op: pracsuite_spec.Operation) -> None:
    transport.check_lone_surrogates_refused(writes, op)

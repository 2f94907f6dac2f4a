"""Schemathesis over every operation of the spec (examples, coverage and fuzzing phases, positive
and negative data, every built-in response check), then the stateful phase through the spec's
OpenAPI links (createPatient → getPatient → editPatient, …).

Against `live` without PRACSUITE_ALLOW_WRITES=1 only GET operations are selected and there is no
stateful phase (every link starts at a write). Importing this module loads nothing: the schema
is the run's, loaded at collection (`schemathesis_setup.parametrized_at_collection`).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from contract_tests import precision
from contract_tests.api import retry_after
from contract_tests.run_state import RunState
from contract_tests.schemathesis_setup import parametrized_at_collection

SETTINGS = settings(deadline=None, suppress_health_check=list(HealthCheck))
MAX_429_RETRIES = 3


def call(case: schemathesis.Case[Any], **kwargs: Any) -> schemathesis.Response:
    """`case.call()`, waiting out `429 Retry-After` (a live API may rate-limit us)."""
    response = case.call(**kwargs)
    for _ in range(MAX_429_RETRIES):
        if response.status_code != 429:
            break
        time.sleep(retry_after(response))  # type: ignore[arg-type]
        response = case.call(**kwargs)
    return response


@parametrized_at_collection
@SETTINGS
def test_operation(case: schemathesis.Case[Any]) -> None:
    response = call(case)
    precision.validate_response(case, response)


def workflow(schema: Any) -> Any:
    """The stateful phase's state machine over the schema's links, calling through `call`."""

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> schemathesis.Response:
            return call(case, **kwargs)

        def validate_response(
            self,
            response: Any,
            case: schemathesis.Case[Any],
            additional_checks: Any = None,
            **kw: Any,
        ) -> None:
            precision.validate_response(
                case,
                response,
                additional_checks=additional_checks,
                transport_kwargs=kw or None,
                recorder=self.recorder,
            )

    return Workflow


def test_stateful_links(run: RunState, schema: Any) -> None:
    if not run.settings.allow_writes:
        pytest.skip("stateful phase writes: set PRACSUITE_ALLOW_WRITES=1 for live")
    workflow(schema).run(settings=settings(SETTINGS, max_examples=8, stateful_step_count=6))

"""Schemathesis over every operation of the spec (examples, coverage and fuzzing phases, positive
and negative data, every built-in response check), then the stateful phase through the spec's
OpenAPI links (createPatient → getPatient → editPatient, …).

Against `live` without PRACSUITE_ALLOW_WRITES=1 only GET operations are selected and there is no
stateful phase (every link starts at a write).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from contract_tests import precision, runtime
from contract_tests.api import retry_after
from contract_tests.schemathesis_setup import load_schema
from contract_tests.targets import MOCK_KEYS

RUNTIME = runtime.current()
KEYS = RUNTIME.keys or MOCK_KEYS
WRITES = RUNTIME.settings.allow_writes
schema = load_schema(
    base_url=RUNTIME.schemathesis_base_url or "http://unavailable.invalid/v1",
    vendor_key=KEYS.vendor,
    subscriber_key=KEYS.subscriber,
    app=RUNTIME.app,
    rate_limit=f"{RUNTIME.settings.max_rps:g}/s" if RUNTIME.settings.max_rps else None,
    writes=WRITES,
)
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


@schema.parametrize()  # type: ignore[untyped-decorator]
@SETTINGS
def test_operation(case: schemathesis.Case[Any]) -> None:
    response = call(case)
    precision.validate_response(case, response)


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> schemathesis.Response:
        return call(case, **kwargs)

    def validate_response(
        self, response: Any, case: schemathesis.Case[Any], additional_checks: Any = None, **kw: Any
    ) -> None:
        precision.validate_response(
            case,
            response,
            additional_checks=additional_checks,
            transport_kwargs=kw or None,
            recorder=self.recorder,
        )


@pytest.mark.skipif(
    not WRITES, reason="stateful phase writes: set PRACSUITE_ALLOW_WRITES=1 for live"
)
def test_stateful_links() -> None:
    Workflow.run(settings=settings(SETTINGS, max_examples=8, stateful_step_count=6))

"""The run's verdicts: each probe run through the table and recorded, in the run state, for the
reports."""

from __future__ import annotations

from contract_tests import run_state
from contract_tests.failures import NotApplicable
from contract_tests.probes.table import probe_for
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
)
from pracsuite_spec import Assumption


def results() -> list[tuple[Assumption, Verdict]]:
    """The verdicts of the active run, in the order they were given."""
    return list(run_state.current().verdicts)


def record(assumption: Assumption, verdict: Verdict) -> None:
    run_state.current().verdicts.append((assumption, verdict))


def run(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    try:
        verdict = probe_for(assumption)(ctx, assumption)
    except NotApplicable as exc:
        verdict = Verdict(NOT_TESTABLE, str(exc))
    record(assumption, verdict)
    return verdict

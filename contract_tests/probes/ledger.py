"""The run's verdicts: each probe run through the table and recorded for the reports."""

from __future__ import annotations

from contract_tests.checks.listings import NotApplicable
from contract_tests.probes.table import probe_for
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
)
from pracsuite_spec import Assumption

_results: list[tuple[Assumption, Verdict]] = []


def results() -> list[tuple[Assumption, Verdict]]:
    return list(_results)


def record(assumption: Assumption, verdict: Verdict) -> None:
    _results.append((assumption, verdict))


def run(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    try:
        verdict = probe_for(assumption)(ctx, assumption)
    except NotApplicable as exc:
        verdict = Verdict(NOT_TESTABLE, str(exc))
    record(assumption, verdict)
    return verdict

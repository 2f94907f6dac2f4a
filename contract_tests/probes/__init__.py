"""Probes of the spec's `x-assumption`s: each assumption is held, broken or not testable, with
evidence a user can send upstream (paths, statuses, codes; never keys or patient values).

Probes are matched to assumptions by the JSON pointer of the node that carries them, in one
table (`table.PROBES`); an assumption with no probe is reported "not testable" and says so.

| module | what it holds |
|---|---|
| `verdicts` | `Verdict`, `ProbeContext`, held/broken/not testable |
| `table` | the table of probes, pointer → probe, and the assumptions to probe |
| `ledger` | running a probe and recording its verdict in the run state, for the reports |
| `report` | `reports/assumptions-<target>.md` |
| `pagination`, `errors`, `auth`, `params`, `availability`, `patients` | the probes, by area |
| `pointers` | the operation or parameter an assumption's pointer names |
"""

from contract_tests.probes.ledger import record, results, run
from contract_tests.probes.report import write_report
from contract_tests.probes.table import PROBES, probe_for, unique_assumptions
from contract_tests.probes.verdicts import (
    BROKEN,
    HELD,
    NOT_TESTABLE,
    Probe,
    ProbeContext,
    Verdict,
)

__all__ = [
    "BROKEN",
    "HELD",
    "NOT_TESTABLE",
    "PROBES",
    "Probe",
    "ProbeContext",
    "Verdict",
    "probe_for",
    "record",
    "results",
    "run",
    "unique_assumptions",
    "write_report",
]

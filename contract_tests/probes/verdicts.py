"""What a probe answers: held, broken or not testable, with its evidence; and what it is given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from contract_tests.api import Api
from contract_tests.checks.listings import QueryBuilder
from pracsuite_spec import Assumption

HELD, BROKEN, NOT_TESTABLE = "held", "broken", "not testable"


@dataclass
class Verdict:
    verdict: str
    evidence: str


@dataclass
class ProbeContext:
    api: Api
    queries: QueryBuilder
    other: Api | None
    writes: bool


Probe = Callable[[ProbeContext, Assumption], Verdict]


def held_if(checks: list[tuple[bool, str]]) -> Verdict:
    broken = [text for ok, text in checks if not ok]
    if broken:
        return Verdict(BROKEN, "; ".join(broken))
    return Verdict(HELD, "; ".join(text for _, text in checks))


def not_probed(assumption: Assumption) -> Verdict:
    return Verdict(NOT_TESTABLE, "no probe for this assumption yet")


def probe_untestable(reason: str) -> Probe:
    return lambda ctx, assumption: Verdict(NOT_TESTABLE, reason)

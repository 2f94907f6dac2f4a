"""The contract run's command-line options, declared once for pytest (`group.addoption`) and for
`python -m contract_tests` (`ArgumentParser.add_argument`), whose signatures agree. A module of
its own so `__main__` can read them without importing the plugin before pytest does (pytest
rewrites a plugin's assertions only when it imports it first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from contract_tests.targets import TARGETS


def add_run_options(add: Callable[..., Any]) -> None:
    add(
        "--target",
        choices=TARGETS,
        default="mock",
        help="mock (in-process schemathesis, domain checks over HTTP), mock-http, or live",
    )
    add("--probe", action="store_true", help="probe every x-assumption (always on live)")
    add("--reports", default="reports", help="folder of the run's reports")
    add(
        "--record",
        metavar="DIR",
        default=None,
        help="keep every exchange of the run in DIR (never a key; DIR is git-ignored)",
    )
    add(
        "--redact",
        action="store_true",
        help="with --record: pseudonymise personal fields, for a recording to be shared",
    )

"""`python -m contract_tests --target mock|mock-http|live [--probe] [--record DIR] [pytest args]`

Runs the suite under pytest and writes `reports/contract-<target>.xml` (JUnit) and
`reports/contract-<target>.md`; with probes (always live, `--probe` otherwise) also
`reports/assumptions-<target>.md`. `python -m contract_tests calibrate DIR` compares a recording
with the mock (`contract_tests.calibration.cli`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from contract_tests.options import add_run_options

SUITE = Path(__file__).with_name("suite")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["calibrate"]:
        from contract_tests.calibration import cli

        return cli.main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests", description=__doc__.split("\n\n")[0]
    )
    add_run_options(parser.add_argument)
    args, pytest_args = parser.parse_known_args(argv)
    reports = Path(args.reports)
    reports.mkdir(parents=True, exist_ok=True)
    return int(
        pytest.main(
            [
                str(SUITE),
                "-p",
                "contract_tests.plugin",
                f"--target={args.target}",
                f"--reports={reports}",
                *(["--probe"] if args.probe else []),
                *([f"--record={args.record}"] if args.record else []),
                *(["--redact"] if args.redact else []),
                f"--junitxml={reports / f'contract-{args.target}.xml'}",
                "-o",
                f"junit_suite_name=contract-{args.target}",
                "-p",
                "no:cacheprovider",
                "-q",
                # One line per check comes from the plugin: no progress percentages, and only
                # failures and errors in pytest's short summary (skips are summarised by reason).
                "-o",
                "console_output_style=classic",
                "-rfE",
                *pytest_args,
            ]
        )
    )


if __name__ == "__main__":
    sys.exit(main())

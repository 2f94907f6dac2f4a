"""`python -m contract_tests calibrate DIR [--against URL] [--reports R] [--accepted FILE]`

Replays the recording in DIR against the embedded mock seeded from it (or the API at URL) and
writes `R/calibration.md` and `R/calibration.json`; exits 1 when a difference is not accepted in
`openapi/calibration.yaml`, 0 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from contract_tests.calibration import accepted, recording, replay, report
from contract_tests.calibration.calibrate import calibrate


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests calibrate", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("recording", metavar="DIR", help="a folder made with --record DIR")
    parser.add_argument("--against", metavar="URL", help="replay against this base URL (…/v1)")
    parser.add_argument("--reports", default="reports", help="folder of the reports")
    parser.add_argument(
        "--accepted", default=str(accepted.DEFAULT_PATH), help="the accepted differences"
    )
    args = parser.parse_args(argv)
    directory = Path(args.recording)
    try:
        exchanges = recording.read(directory)
        accepted_list = accepted.load(Path(args.accepted))
    except (FileNotFoundError, accepted.BadAcceptance) as exc:
        parser.error(str(exc))
    if args.against:
        target, again = replay.remote(args.against), None
    else:
        target, again = replay.embedded_mock(directory), replay.embedded_mock(directory)
    try:
        outcome = calibrate(exchanges, target, again=again, accepted=accepted_list)
    finally:
        target.close()
        if again is not None:
            again.close()
    written = report.write(Path(args.reports), outcome, recording=directory, target=target.label)
    print(
        f"calibration: {outcome.replayed} exchanges replayed against {target.label}; "
        f"{len(outcome.open)} difference(s) not accepted, "
        f"{len(outcome.differences) - len(outcome.open)} accepted"
    )
    for difference in outcome.open:
        print(
            f"  {difference.category:10} {difference.operation} {difference.pattern or '/'} "
            f"({difference.attribution})"
        )
    print("reports: " + ", ".join(str(p) for p in written))
    return 1 if outcome.open else 0

"""List every `x-assumption` in the bundled spec with its JSON pointer.

Each assumption states what the spec assumed where the reference leaves a point open; the live
contract suite probes them. Prints a Markdown table by default, or a JSON array of
{"pointer", "assumption", "pointers"} objects with --json. Order is document order.

One assumption is one node of the spec (`pracsuite_spec.Spec.assumptions`): a node the bundle
shares between places (a YAML alias) is listed once, at its first pointer, with every pointer in
`pointers`; the suite's probes use the same list.

Usage: python scripts/list_assumptions.py [--json] [--spec PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pracsuite_spec
from pracsuite_spec import Assumption


def markdown(rows: list[Assumption]) -> str:
    lines = ["| pointer | assumption |", "|---|---|"]
    for row in rows:
        cell = row.text.replace("|", "\\|")
        also = (
            f" (also {', '.join(f'`{p}`' for p in row.pointers[1:])})" if row.pointers[1:] else ""
        )
        lines.append(f"| `{row.pointer}`{also} | {cell} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument(
        "--spec", type=Path, default=pracsuite_spec.default_path(), help="default: %(default)s"
    )
    args = parser.parse_args(argv)
    rows = pracsuite_spec.load(args.spec).assumptions()
    if args.json:
        print(
            json.dumps(
                [
                    {"pointer": r.pointer, "assumption": r.text, "pointers": list(r.pointers)}
                    for r in rows
                ],
                indent=2,
            )
        )
    else:
        print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

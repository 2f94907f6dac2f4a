"""List every `x-assumption` in the bundled spec with its JSON pointer.

Each assumption states what the spec assumed where the reference leaves a point open; the live
contract suite probes them. Prints a Markdown table by default, or a JSON array of
{"pointer", "assumption"} objects with --json. Order is document order.

Usage: python scripts/list_assumptions.py [--json] [--spec PATH]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "openapi" / "pracsuite.yaml"
KEY = "x-assumption"


def _escape(token: str) -> str:
    """One JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def assumptions(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer of the object carrying it, assumption text), in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == KEY:
                yield pointer, " ".join(str(value).split())
            else:
                yield from assumptions(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from assumptions(value, f"{pointer}/{i}")


def markdown(rows: list[tuple[str, str]]) -> str:
    lines = ["| pointer | assumption |", "|---|---|"]
    for pointer, text in rows:
        cell = text.replace("|", "\\|")
        lines.append(f"| `{pointer}` | {cell} |" if pointer else f"| (document root) | {cell} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--spec", type=Path, default=BUNDLE, help="default: %(default)s")
    args = parser.parse_args(argv)
    rows = list(assumptions(yaml.safe_load(args.spec.read_text(encoding="utf-8"))))
    if args.json:
        print(json.dumps([{"pointer": p, "assumption": a} for p, a in rows], indent=2))
    else:
        print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

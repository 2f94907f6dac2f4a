"""scripts/list_assumptions.py finds every x-assumption, each at a JSON pointer that resolves."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "list_assumptions.py"


def _resolve(doc: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc


def _count(node: Any) -> int:
    if isinstance(node, dict):
        return sum(1 if k == "x-assumption" else _count(v) for k, v in node.items())
    if isinstance(node, list):
        return sum(_count(v) for v in node)
    return 0


def test_every_assumption_is_listed_at_a_pointer_that_resolves() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "pracsuite.yaml").read_text(encoding="utf-8"))
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--json"], capture_output=True, text=True, check=True
    )
    rows = json.loads(out.stdout)
    assert len(rows) == _count(spec)
    assert {
        "pointer": "/info",
        "assumption": " ".join(spec["info"]["x-assumption"].split()),
    } in rows
    for row in rows:
        assert " ".join(_resolve(spec, row["pointer"])["x-assumption"].split()) == row["assumption"]


def test_markdown_lists_one_row_per_assumption() -> None:
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[:2] == ["| pointer | assumption |", "|---|---|"]
    assert any(line.startswith("| `/info` |") for line in lines)

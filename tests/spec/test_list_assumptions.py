"""scripts/list_assumptions.py lists the model's assumptions, each at a JSON pointer that resolves."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pracsuite_spec

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "list_assumptions.py"


def test_every_assumption_is_listed_at_pointers_that_resolve() -> None:
    spec = pracsuite_spec.load()
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--json"], capture_output=True, text=True, check=True
    )
    rows = json.loads(out.stdout)
    assert [(r["pointer"], r["assumption"]) for r in rows] == [
        (a.pointer, a.text) for a in spec.assumptions()
    ]
    assert rows[0]["pointer"] == "/info"
    for row in rows:
        assert row["pointers"][0] == row["pointer"]
        for pointer in row["pointers"]:
            node = pracsuite_spec.pointer_get(spec.document, pointer)
            assert " ".join(node["x-assumption"].split()) == row["assumption"]


def test_markdown_lists_one_row_per_assumption() -> None:
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[:2] == ["| pointer | assumption |", "|---|---|"]
    assert any(line.startswith("| `/info` |") for line in lines)
    assert len(lines) - 2 == len(pracsuite_spec.load().assumptions())

"""scripts/spec_diff.py: the client version bump that follows from breakwatch's report."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "spec_diff.py"


@pytest.fixture(scope="module")
def spec_diff() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module
    spec.loader.exec_module(module)
    return module


def report(*changes: tuple[str, str]) -> dict[str, object]:
    rows = [{"severity": s, "message": m, "path": "GET /x"} for s, m in changes]
    summary = {k: sum(s == k.upper() for s, _ in changes) for k in ("breaking", "risky", "safe")}
    return {"summary": summary, "changes": rows}


@pytest.mark.parametrize(
    ("changes", "level"),
    [
        ((), "patch"),
        ((("SAFE", "Added endpoint: GET /y"),), "minor"),
        ((("RISKY", "Removed optional response field 'b' from GET /x"),), "minor"),
        ((("RISKY", "Unclassified change: modified parameters at GET /x"),), "major"),
        ((("SAFE", "Added endpoint"), ("BREAKING", "Removed endpoint: GET /sex")), "major"),
    ],
)
def test_bump_follows_the_worst_change(
    spec_diff: ModuleType, changes: tuple[tuple[str, str], ...], level: str
) -> None:
    assert spec_diff.bump(report(*changes)) == level


def test_markdown_names_the_bump_and_every_change(spec_diff: ModuleType) -> None:
    text = spec_diff.markdown(
        report(("BREAKING", "Removed endpoint: GET /a|b")), "origin/main", "major"
    )
    assert "Generated client version: major" in text
    assert "| BREAKING | `GET /x` | Removed endpoint: GET /a\\|b |" in text


@pytest.mark.parametrize(
    ("level", "expected"), [("major", "2.0.0"), ("minor", "1.4.0"), ("patch", "1.3.3")]
)
def test_next_version(spec_diff: ModuleType, level: str, expected: str) -> None:
    assert spec_diff.next_version("1.3.2", level) == expected


@pytest.mark.parametrize(
    ("level", "expected"), [("major", "2.0.0.1"), ("minor", "1.4.0.1"), ("patch", "1.3.3.1")]
)
def test_next_version_starts_a_new_build(spec_diff: ModuleType, level: str, expected: str) -> None:
    assert spec_diff.next_version("1.3.2.7", level) == expected


def test_client_version_reads_the_generated_pyproject(spec_diff: ModuleType) -> None:
    # the spec's info.version as three numbers, then the build number
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", spec_diff.client_version(None))

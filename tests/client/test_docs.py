"""The ```python blocks of docs/client.md run, in order and in one namespace, against the mock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CLINIC_1, ROOT, VENDOR

pytestmark = pytest.mark.http

DOC = ROOT / "docs" / "client.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(path: Path) -> list[str]:
    return BLOCK.findall(path.read_text(encoding="utf-8"))


def test_docs_have_examples():
    assert len(blocks(DOC)) >= 6


def test_docs_examples_run_against_the_mock(mock_url, monkeypatch, capsys):
    monkeypatch.setenv("PRACSUITE_VENDOR_KEY", VENDOR)
    monkeypatch.setenv("PRACSUITE_SUBSCRIBER_KEY", CLINIC_1)
    monkeypatch.setenv("PRACSUITE_BASE_URL", mock_url)
    namespace: dict[str, object] = {"__name__": "docs_client"}
    for number, code in enumerate(blocks(DOC), 1):
        exec(compile(code, f"{DOC.name} block {number}", "exec"), namespace)
    out = capsys.readouterr().out
    assert "NOT_FOUND" in out
    assert VENDOR not in out and CLINIC_1 not in out

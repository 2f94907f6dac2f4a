"""The ```python blocks of each guide in docs/ run, in order and in one namespace per guide,
against the mock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from client_support import CLINIC_1, ROOT, VENDOR

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


# Guide → the mock's switches it runs against (attachments: a 1 MiB limit, so its oversize
# example sends 1 MiB, not 100 MB).
GUIDES = {"attachments.md": ("--max-upload-bytes", "1048576"), "booking.md": ()}


@pytest.mark.parametrize("name", sorted(GUIDES))
def test_guides_run_against_the_mock(name, serve, monkeypatch, capsys):
    doc = ROOT / "docs" / name
    assert blocks(doc), f"{name} has no python example"
    monkeypatch.setenv("PRACSUITE_VENDOR_KEY", VENDOR)
    monkeypatch.setenv("PRACSUITE_SUBSCRIBER_KEY", CLINIC_1)
    monkeypatch.setenv("PRACSUITE_BASE_URL", serve(*GUIDES[name]))
    namespace: dict[str, object] = {"__name__": f"docs_{doc.stem}"}
    for number, code in enumerate(blocks(doc), 1):
        exec(compile(code, f"{name} block {number}", "exec"), namespace)
    out = capsys.readouterr().out
    assert VENDOR not in out and CLINIC_1 not in out


def test_every_guide_runs():
    guides = {p.name for p in (ROOT / "docs").glob("*.md")} - {"client.md"}
    assert guides == set(GUIDES), "a guide in docs/ whose examples no test runs"

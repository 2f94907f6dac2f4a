"""The README's claims that code can check: its filter example finds patients on the mock it
describes (`--seed 1`), and its `nox -l` list names every session."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pracsuite.filters import F
from pracsuite_mock import MockConfig
from pracsuite_mock.embed import in_process_client

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_filter_example_matches_patients_on_seed_1() -> None:
    found = re.search(r"patients\.list\(.*?q=(\[.*?\])\s*\n?\s*\)", README, re.S)
    assert found, "the README's client.patients.list example filters patients with q=[...]"
    # The example's own expression, evaluated with the friendly client's F.
    q = eval(found.group(1), {"F": F})  # the README is ours
    assert q and all(isinstance(entry, str) for entry in q)
    with in_process_client(MockConfig(seed=1)) as client:
        body = client.get("/patient", params={"q[]": q, "page_size": 100}).json()
    assert body["total_entries"] >= 1, f"{q} matches no patient on --seed 1"


def _nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if ast.unparse(target) == "nox.session":
                    names.add(node.name)
    return names


def test_readme_lists_every_nox_session() -> None:
    found = re.search(r"`nox -l` lists every session: (.*?)\.", README, re.S)
    assert found
    listed = set(re.findall(r"`(\w+)`", found.group(1)))
    sessions = _nox_sessions()
    assert {"tests", "bundle_check", "lint_ci"} <= sessions
    assert sessions <= listed, sorted(sessions - listed)

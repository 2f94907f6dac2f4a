"""Importing the mock reads no files of ours: the spec is read when a `MockState` is built, from
the path its config names, never at import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imports every module of the package (but `__main__`, which serves), recording each file opened.
PROBE = """
import json, os, pkgutil, sys, importlib
opened = []
sys.addaudithook(lambda event, args: event == "open" and opened.append(os.fspath(args[0])))
import pracsuite_mock
for module in pkgutil.walk_packages(pracsuite_mock.__path__, "pracsuite_mock."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
print(json.dumps([path for path in opened if isinstance(path, str)]))
"""


def _opened_while_importing() -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return list(json.loads(run.stdout.splitlines()[-1]))


def test_importing_every_mock_module_opens_no_spec_or_data_file() -> None:
    opened = _opened_while_importing()
    assert any(path.endswith(".py") for path in opened), "the audit hook saw no imports at all"
    # Libraries may read their own package data (jsonschema its metaschemas); we read none.
    ours = [
        path
        for path in opened
        if "site-packages" not in Path(path).parts
        and (
            path.endswith((".yaml", ".yml"))
            or (
                Path(path).resolve().is_relative_to(ROOT)
                and not path.endswith((".py", ".pyc", ".pth"))
                and not Path(path).is_dir()
            )
        )
    ]
    assert ours == [], f"importing pracsuite_mock read {ours}"

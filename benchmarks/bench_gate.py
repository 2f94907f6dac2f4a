"""Gate time: the wall time of `python -m contract_tests --target mock`, and where it goes.

Run with this interpreter (the project's environment; creating a virtualenv is not counted), its
reports sent to a temporary folder so `reports/` is left alone. The JUnit XML it writes gives the
time of each test module, with the slowest tests named.

Start-up and collection are timed by a separate `--collect-only` run first; `--quick` runs only
that.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from .results import Section, Table, fmt

ROOT = Path(__file__).resolve().parents[1]


def _outcome(output: str) -> str:
    lines = [
        ln
        for ln in output.strip().splitlines()
        if re.search(
            r"\d+ (passed|failed|error|"
            r"skipped|tests? collected)",
            ln,
        )
    ]
    return lines[-1].strip("= ") if lines else "no summary line"


def _phases(xml_path: Path, wall: float, collect_wall: float) -> tuple[Table, list[str]]:
    suite = ET.parse(xml_path).getroot()
    if suite.tag == "testsuites":
        suite = suite[0]
    areas: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    cases: list[tuple[float, str]] = []
    for case in suite.iter("testcase"):
        seconds = float(case.get("time", 0))
        area = (case.get("classname") or "?").rsplit(".", 1)[-1]
        areas[area] += seconds
        counts[area] += 1
        cases.append((seconds, f"{area}::{case.get('name')}"))
    tests_time = sum(areas.values())
    table = Table(["phase", "seconds", "share of wall"])

    def add(name: str, seconds: float) -> None:
        table.add(name, fmt(seconds, 1), f"{100 * seconds / wall:.0f}%")

    add(
        "start-up: interpreter, imports, collection, target start (a --collect-only run)",
        collect_wall,
    )
    for area, seconds in sorted(areas.items(), key=lambda kv: kv[1], reverse=True):
        add(f"tests in {area} ({counts[area]})", seconds)
    add(
        "the rest: between tests (hooks, failure reports), session teardown",
        max(0.0, wall - collect_wall - tests_time),
    )
    add("total (wall)", wall)
    slowest = sorted(cases, reverse=True)[:5]
    notes = ["Slowest tests: " + ", ".join(f"`{name}` {s:.1f} s" for s, name in slowest)]
    return table, notes


def _run_gate(reports: str, *extra: str) -> tuple[float, int, str]:
    command = [
        sys.executable,
        "-m",
        "contract_tests",
        "--target",
        "mock",
        "--reports",
        reports,
        *extra,
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    return time.perf_counter() - started, done.returncode, _outcome(done.stdout + done.stderr)


def run(*, quick: bool) -> Section:
    section = Section("gate", "Contract gate time")
    with tempfile.TemporaryDirectory(prefix="bench-gate-") as reports:
        collect_wall, _, collected = _run_gate(reports, "--collect-only")
        table = Table(["phase", "seconds"])
        if quick:
            table.add("start-up: interpreter, imports, collection, target start", fmt(collect_wall))
            section.tables.append(table)
            section.notes.append(
                f"`--quick` runs only `--collect-only` ({collected}); run "
                "without `--quick` for the whole gate."
            )
            section.facts["gate wall time"] = f"{collect_wall:.1f} s (collection only)"
            return section
        wall, code, outcome = _run_gate(reports)
        section.notes.append(
            f"`python -m contract_tests --target mock`: {wall:.1f} s wall, exit code {code} "
            f"({outcome}). The exit code is reported, not judged: a red gate costs its time too. "
            "Per-module times are the JUnit XML's per-test times (set-up + call + teardown)."
        )
        xml_path = Path(reports) / "contract-mock.xml"
        if xml_path.exists():
            table, notes = _phases(xml_path, wall, collect_wall)
            section.notes += notes
        else:
            table.add("total (wall)", fmt(wall))
        section.tables.append(table)
    section.facts["gate wall time"] = f"{wall:.1f} s"
    return section

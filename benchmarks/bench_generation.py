"""Generation: wall time of `python scripts/generate_client.py --check` (regenerate + drift check).

It regenerates into a temporary folder and compares with `generated_client/`, so the working
tree is not touched. Its exit code (non-zero when the committed client is stale) is reported but
not judged: the time is the same either way.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .profiling import PROFILES
from .results import Section, Table, Target, fmt

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 15.0


def run(*, quick: bool) -> Section:
    section = Section("generation", "Client generation and drift check")
    command = [sys.executable, "scripts/generate_client.py", "--check"]
    table = Table(["run", "seconds", "exit code"])
    times = []
    for n in range(1 if quick else 3):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
        times.append(time.perf_counter() - started)
        table.add(n + 1, fmt(times[-1], 2), done.returncode)
    median = statistics.median(times)
    section.tables.append(table)
    section.targets.append(
        Target(
            "regenerate + drift check (median)",
            f"< {TARGET_S:.0f} s",
            f"{median:.1f} s",
            median < TARGET_S,
        )
    )
    section.notes.append(
        "`python scripts/generate_client.py --check` from a fresh process each run (interpreter "
        "start, spec transform, openapi-python-client with --fail-on-warning, ruff on the output, "
        "diff against generated_client/). Exit code 1 means the committed client is stale."
    )
    if median >= TARGET_S:
        section.notes += ["Bottleneck: " + line for line in _profile(command)]
    return section


def _profile(command: list[str]) -> list[str]:
    """Run the script under pyinstrument's command line; the generator child it starts shows
    as time waiting in `subprocess.run`, the script's own work as itself."""
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session

    PROFILES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / "generation.pyisession"
        subprocess.run(
            [sys.executable, "-m", "pyinstrument", "-r", "session", "-o", str(saved), *command[1:]],
            cwd=ROOT,
            capture_output=True,
            timeout=600,
        )
        session = Session.load(saved)
    text = ConsoleRenderer(unicode=True, color=False).render(session)
    (PROFILES / "generation.txt").write_text(text)
    top = [ln for ln in text.splitlines() if ln.strip()][5:20]
    return [
        "wall-time tree (top): " + " / ".join(ln.strip("│├└─ ") for ln in top[:8]),
        "full profile: `benchmarks/results/profiles/generation.txt`",
    ]

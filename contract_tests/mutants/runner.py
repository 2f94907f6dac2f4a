"""Run the gate against each planted bug of the catalogue and write the kill rate by family.

Each mutant is applied to a fresh copy of the repository (never the working tree) and the gate
(`python -m contract_tests --target mock -x`) runs from that copy, so the copy's packages are the
ones imported. A mutant is killed when the gate exits non-zero; one the gate lets live is tried
against the white-box tests its entry names. A mutant that no longer applies is an error, not a
survivor: the catalogue must follow the code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from contract_tests.mutants.catalogue import MUTANTS, Mutant

ROOT = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns(
    ".git", ".venv", ".nox", "reports", "benchmarks", "__pycache__", "*.pyc", ".mypy_cache",
    ".ruff_cache", ".pytest_cache", ".hypothesis",
)  # fmt: skip
GATE_TIMEOUT = 600


class NotApplicable(Exception):
    """An edit's text is not in the file exactly once."""


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    verdict: str  # "killed by the gate", "killed by tests", "survived", "error"
    seconds: float
    detail: str = ""

    @property
    def killed(self) -> bool:
        return self.verdict.startswith("killed")


def apply(mutant: Mutant, root: Path) -> None:
    """Apply every edit of `mutant` to the tree at `root`, in place."""
    for edit in mutant.edits:
        path = root / edit.path
        text = path.read_text(encoding="utf-8")
        count = text.count(edit.old)
        if count != 1:
            raise NotApplicable(f"{mutant.name}: {edit.path}: found {count} times: {edit.old!r}")
        path.write_text(text.replace(edit.old, edit.new), encoding="utf-8")


def shard(mutants: tuple[Mutant, ...], spec: str | None) -> list[Mutant]:
    """`i/n`: every n-th mutant from the i-th (1-based)."""
    if not spec:
        return list(mutants)
    index, count = (int(p) for p in spec.split("/"))
    if not 1 <= index <= count:
        raise ValueError(f"shard {spec}: want i/n with 1 <= i <= n")
    return [m for n, m in enumerate(mutants) if n % count == index - 1]


def _run(args: list[str], cwd: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run(
            args, cwd=cwd, env=env, capture_output=True, text=True, timeout=GATE_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return -1, "timed out"
    lines = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    return done.returncode, (lines[0] if lines else done.stdout[-300:]).strip()


def run_one(mutant: Mutant) -> Outcome:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"mutant-{mutant.name}-") as tmp:
        root = Path(tmp) / "tree"
        shutil.copytree(ROOT, root, ignore=SKIP)
        try:
            apply(mutant, root)
        except NotApplicable as exc:
            return Outcome(mutant, "error", time.monotonic() - started, str(exc))
        gate = [sys.executable, "-m", "contract_tests", "--target", "mock"]
        code, detail = _run([*gate, "--reports", str(Path(tmp) / "reports"), "-x"], root)
        if code != 0:
            return Outcome(mutant, "killed by the gate", time.monotonic() - started, detail)
        if mutant.white_box:
            tests = [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-x",
                "-n",
                "0",
                "-p",
                "no:cacheprovider",
            ]
            code, detail = _run([*tests, *mutant.white_box], root)
            if code in (4, 5):  # usage error, or no test collected: the catalogue is stale
                return Outcome(mutant, "error", time.monotonic() - started, detail)
            if code != 0:
                return Outcome(mutant, "killed by tests", time.monotonic() - started, detail)
        return Outcome(mutant, "survived", time.monotonic() - started)


def report(outcomes: list[Outcome], *, title: str) -> str:
    """Markdown: the kill rate overall and by family, then every mutant."""
    families: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        families.setdefault(outcome.mutant.family, []).append(outcome)
    by_gate = sum(o.verdict == "killed by the gate" for o in outcomes)
    killed = sum(o.killed for o in outcomes)
    total = len(outcomes)
    lines = [
        f"# {title}",
        "",
        f"{total} planted bugs: the gate killed **{by_gate}/{total}"
        f" ({100 * by_gate / max(total, 1):.0f}%)**; with the white-box tests"
        f" {killed}/{total} ({100 * killed / max(total, 1):.0f}%).",
        "",
        "| family | mutants | killed by the gate | killed by tests | survived |",
        "|---|---|---|---|---|",
    ]
    for family, found in families.items():
        gate = sum(o.verdict == "killed by the gate" for o in found)
        tests = sum(o.verdict == "killed by tests" for o in found)
        lines.append(
            f"| {family} | {len(found)} | {gate} | {tests} | {len(found) - gate - tests} |"
        )
    lines += [
        "",
        "| mutant | family | what it breaks | verdict | seconds |",
        "|---|---|---|---|---|",
    ]
    for o in outcomes:
        lines.append(
            f"| `{o.mutant.name}` | {o.mutant.family} | {o.mutant.description} | {o.verdict} |"
            f" {o.seconds:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.mutants", description=__doc__)
    parser.add_argument("--shard", help="i/n: run every n-th mutant from the i-th")
    parser.add_argument("--only", nargs="*", help="mutant names")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once")
    parser.add_argument("--out", default="reports/mutants.md")
    args = parser.parse_args(argv)
    chosen = shard(MUTANTS, args.shard)
    if args.only:
        chosen = [m for m in chosen if m.name in set(args.only)]
    outcomes: list[Outcome] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for outcome in pool.map(run_one, chosen):
            outcomes.append(outcome)
            print(f"{outcome.verdict:18} {outcome.seconds:5.0f}s  {outcome.mutant.name}  {outcome.detail[:150]}", flush=True)  # fmt: skip
    title = f"Planted bugs against the gate{f' (shard {args.shard})' if args.shard else ''}"
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(outcomes, title=title), encoding="utf-8")
    print(f"report: {out}")
    errors = [o for o in outcomes if o.verdict == "error"]
    return 1 if errors else 0

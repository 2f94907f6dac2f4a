"""`python -m benchmarks [--quick] [--only NAME ...]`: run the benchmarks, write the results.

A full run writes `benchmarks/results/latest.md` and `benchmarks/results/mock_vs_prism.png`
(both committed). `--quick` or `--only` write `partial.md` / `partial.png` instead (gitignored),
so a quick look never overwrites the committed figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import (
    bench_availability,
    bench_client,
    bench_computed,
    bench_gate,
    bench_generation,
    bench_servers,
    bench_writes,
)
from .machine import describe
from .profiling import PARTIAL as PARTIAL_PROFILES
from .profiling import clear as clear_profiles
from .profiling import write_profiles_to
from .results import Section, render_markdown

RESULTS = Path(__file__).resolve().parent / "results"
ORDER = ("servers", "computed", "availability", "gate", "client", "generation", "writes")
TITLES = {
    "servers": "Mock vs Prism vs the ceiling",
    "computed": "Computed path, varied requests",
    "availability": "Availability engine scaling",
    "gate": "Contract gate time",
    "client": "Client overhead",
    "generation": "Client generation and drift check",
    "writes": "Writes: concurrent creates",
}
PREAMBLE = (
    "Figures are from one run on the machine below, which other work may share (see the load "
    "averages): read them as ratios measured side by side in the same run, not as absolute "
    "claims. Regenerate with `python -m benchmarks` (or `nox -s bench`); `--quick` for a "
    "shorter look, `--only NAME` for one benchmark.",
)


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="shorter rounds (about 2 minutes)")
    parser.add_argument(
        "--only",
        action="append",
        choices=ORDER,
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(ORDER)}",
    )
    args = parser.parse_args(argv)
    chosen = [name for name in ORDER if not args.only or name in args.only]
    partial = args.quick or bool(args.only)
    name = "partial" if partial else "latest"
    chart_path = RESULTS / f"{'partial' if partial else 'mock_vs_prism'}.png"

    if partial:
        write_profiles_to(PARTIAL_PROFILES)
    else:
        clear_profiles()
    machine = describe()
    machine.append(("load average at start", _load()))
    sections: list[Section] = []
    server_results = None
    began = time.perf_counter()
    for key in chosen:
        print(f"[{time.perf_counter() - began:5.0f} s] {key} ...", flush=True)
        started = time.perf_counter()
        try:
            if key == "servers":
                section, server_results = bench_servers.run(quick=args.quick)
            else:
                runner: Callable[..., Section] = {
                    "computed": bench_computed.run,
                    "availability": bench_availability.run,
                    "gate": bench_gate.run,
                    "client": bench_client.run,
                    "generation": bench_generation.run,
                    "writes": bench_writes.run,
                }[key]
                section = runner(quick=args.quick)
        except Exception as error:
            traceback.print_exc()
            section = Section(key, TITLES[key], error=f"{type(error).__name__}: {error}")
        section.seconds = time.perf_counter() - started
        sections.append(section)
        for target in section.targets:
            print(f"    {target.name}: {target.measured} (goal {target.goal})", flush=True)
        if section.error:
            print(f"    FAILED: {section.error}", flush=True)

    machine.append(("load average at end", _load()))
    for section in sections:
        machine += list(section.facts.items())
    machine.append(
        (
            "mode",
            ("quick" if args.quick else "full")
            + (f", only {', '.join(chosen)}" if args.only else "")
            + f", {time.perf_counter() - began:.0f} s in all",
        )
    )

    chart = None
    if server_results:
        from .chart import plot

        try:
            plot(
                server_results,
                chart_path,
                subtitle=f"{dict(machine)['CPU']}, {dict(machine)['cores']} cores",
            )
            chart = chart_path.name
        except ImportError as error:  # the figures are still worth writing
            print(f"no chart: {error} (pip install matplotlib, or run `nox -s bench`)")
            machine.append(("chart", f"not drawn: {error}"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{name}.md"
    out.write_text(
        render_markdown(
            title="PracSuite benchmarks",
            machine=machine,
            sections=sections,
            preamble=PREAMBLE,
            chart=chart,
        )
    )
    print(f"wrote {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
    return 1 if any(s.error for s in sections) else 0


if __name__ == "__main__":
    sys.exit(main())

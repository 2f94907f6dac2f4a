"""What a benchmark run found, and the Markdown file it is written to.

Each benchmark returns a `Section`: tables of figures, the targets it judged, and notes (how it
was measured, what profiling named as the bottleneck). `render_markdown` lays the sections out
under the machine description, with every target gathered into one summary table first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    title: str = ""

    def add(self, *cells: object) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns: {cells!r}")
        self.rows.append([str(c) for c in cells])


@dataclass
class Target:
    """One goal from the brief and whether this run met it (None: could not be measured)."""

    name: str
    goal: str
    measured: str
    met: bool | None


@dataclass
class Section:
    key: str  # the --only name
    title: str
    tables: list[Table] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # for the machine table (tool versions)
    seconds: float = 0.0
    error: str | None = None  # set when the benchmark could not run to the end


def fmt(value: float | None, digits: int = 1) -> str:
    """A number for a table cell; '–' when missing."""
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def verdict(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def render_table(table: Table) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = []
    if table.title:
        lines += [f"**{table.title}**", ""]
    lines.append("| " + " | ".join(cell(c) for c in table.columns) + " |")
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def summary_table(sections: Sequence[Section]) -> Table:
    table = Table(["benchmark", "target", "goal", "measured", "verdict"])
    for section in sections:
        for target in section.targets:
            table.add(section.key, target.name, target.goal, target.measured, verdict(target.met))
        if section.error:
            table.add(section.key, "(run)", "completes", section.error, "**failed**")
    return table


def render_markdown(
    *,
    title: str,
    machine: Sequence[tuple[str, str]],
    sections: Sequence[Section],
    preamble: Sequence[str] = (),
    chart: str | None = None,
) -> str:
    out = [f"# {title}", ""]
    out += [*preamble, ""] if preamble else []
    machine_table = Table(["machine", "value"])
    for key, value in machine:
        machine_table.add(key, value)
    out += ["## Machine", "", render_table(machine_table), ""]
    out += ["## Targets", "", render_table(summary_table(sections)), ""]
    if chart:
        out += [f"![mock vs Prism vs the ceiling]({chart})", ""]
    for section in sections:
        out += [f"## {section.title} (`--only {section.key}`, {section.seconds:.0f} s)", ""]
        if section.error:
            out += [f"**Failed:** {section.error}", ""]
        for table in section.tables:
            out += [render_table(table), ""]
        out += [f"- {note}" for note in section.notes]
        if section.notes:
            out.append("")
    return "\n".join(out).rstrip() + "\n"

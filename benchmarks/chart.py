"""The servers chart: requests/s and p99 latency per request for the mock (cached and computed),
Prism and the ceiling, one PNG (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path

from .bench_servers import CEILING, COMPUTED, MOCK, PRISM, REQUESTS, SERVERS, Results
from .results import ratio

COLOURS = {MOCK: "#2a6f97", COMPUTED: "#8ab6d6", PRISM: "#c8553d", CEILING: "#6c757d"}


def _ratios(results: Results, label: str) -> str:
    """'mock/Prism 1.2× · mock/ceiling 0.4×' for the request, as far as measured."""
    mock = results.get((label, MOCK))
    parts = []
    for other in (PRISM, CEILING):
        m = results.get((label, other))
        value = ratio(mock.rps if mock else None, m.rps if m else None)
        if value is not None:
            parts.append(f"mock/{other} {value:.2f}×")
    return "\n".join(parts)


def plot(results: Results, path: Path, *, subtitle: str = "") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [r.label for r in REQUESTS if (r.label, MOCK) in results]
    shown = [s for s in SERVERS if any((label, s) in results for label in labels)]
    width = 0.8 / max(1, len(shown))
    fig, (rps_ax, p99_ax) = plt.subplots(1, 2, figsize=(13, 5.2))
    for i, server in enumerate(shown):
        xs = [n + (i - (len(shown) - 1) / 2) * width for n in range(len(labels))]
        rps = [
            (results[label, server].rps or 0) if (label, server) in results else 0
            for label in labels
        ]
        p99 = [
            (results[label, server].latency("p99_ms") or 0) if (label, server) in results else 0
            for label in labels
        ]
        rps_ax.bar(xs, rps, width, label=server, color=COLOURS[server])
        p99_ax.bar(xs, p99, width, label=server, color=COLOURS[server])
    for n, label in enumerate(labels):
        text = _ratios(results, label)
        if text:
            top = max((results[label, s].rps or 0) for s in shown if (label, s) in results)
            rps_ax.annotate(
                text,
                (n, top),
                ha="center",
                va="bottom",
                fontsize=8,
                xytext=(0, 3),
                textcoords="offset points",
            )
    short = []
    for request in REQUESTS:
        if request.label not in labels:
            continue
        items = [
            results[request.label, s].probe_items
            for s in (MOCK, PRISM)
            if (request.label, s) in results
        ]
        counts = "/".join("–" if n is None else str(n) for n in items)
        what = "one record" if all(n is None for n in items) else f"{counts} items"
        short.append(f"{request.label.split(',')[0]}\n({what})")
    for ax, title in (
        (rps_ax, "requests/s (higher is better)"),
        (p99_ax, "p99 latency, ms (lower is better)"),
    ):
        ax.set_xticks(range(len(labels)), short, fontsize=8)
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8)
    rps_ax.margins(y=0.25)
    fig.suptitle(
        "PracSuite mock vs Prism vs the ceiling (the mock's own stack replaying its recorded "
        "answers), one run\nmock: answer cache on; 'mock, computed': --no-answer-cache (shorter "
        "rounds); items per answer mock/Prism under each request"
        + (f"\n{subtitle}" if subtitle else ""),
        fontsize=10,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path

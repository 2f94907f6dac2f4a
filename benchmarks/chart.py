"""The mock-vs-Prism chart: requests/s and p99 latency per request, one PNG (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path

from .bench_servers import MOCK, PRISM, REQUESTS, Results
from .results import ratio


def plot(results: Results, path: Path, *, subtitle: str = "") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [label for label, _, _ in REQUESTS if (label, MOCK) in results]
    servers = [s for s in (MOCK, PRISM) if any((label, s) in results for label in labels)]
    colours = {MOCK: "#2a6f97", PRISM: "#c8553d"}
    width = 0.8 / max(1, len(servers))
    fig, (rps_ax, p99_ax) = plt.subplots(1, 2, figsize=(12, 4.8))
    for i, server in enumerate(servers):
        xs = [n + (i - (len(servers) - 1) / 2) * width for n in range(len(labels))]
        rps = [
            (results[label, server].rps or 0) if (label, server) in results else 0
            for label in labels
        ]
        p99 = [
            (results[label, server].latency("p99_ms") or 0) if (label, server) in results else 0
            for label in labels
        ]
        rps_ax.bar(xs, rps, width, label=server, color=colours[server])
        p99_ax.bar(xs, p99, width, label=server, color=colours[server])
    for n, label in enumerate(labels):
        mock, prism = results.get((label, MOCK)), results.get((label, PRISM))
        speedup = ratio(mock.rps if mock else None, prism.rps if prism else None)
        if speedup is not None and mock is not None and prism is not None:
            top = max(mock.rps or 0, prism.rps or 0)
            rps_ax.annotate(
                f"mock/Prism {speedup:.2f}×",
                (n, top),
                ha="center",
                va="bottom",
                fontsize=9,
                xytext=(0, 3),
                textcoords="offset points",
            )
    short = []
    for label in labels:
        items = [results[label, s].probe_items for s in servers if (label, s) in results]
        counts = "/".join("?" if n is None else str(n) for n in items)
        short.append(f"{label.split(',')[0]}\n({counts} items)")
    for ax, title in (
        (rps_ax, "requests/s (higher is better)"),
        (p99_ax, "p99 latency, ms (lower is better)"),
    ):
        ax.set_xticks(range(len(labels)), short)
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.3)
        ax.legend()
    rps_ax.margins(y=0.15)
    fig.suptitle(
        "PracSuite mock vs Prism, same machine, same run (ratios from one run; items per answer "
        "mock/Prism under each request)" + (f"\n{subtitle}" if subtitle else ""),
        fontsize=11,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path

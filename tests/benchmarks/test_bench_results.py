"""The results writer lays out fake figures as the expected tables (no timing here)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.bench_servers import MOCK, PRISM, REQUESTS, Measurement, comparison_table
from benchmarks.load import LoadResult, parse_wrk
from benchmarks.results import Section, Table, Target, render_markdown

WRK_OUTPUT = """Running 3s test @ http://127.0.0.1:8765/v1/patient?page_size=100
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    20.49ms    4.36ms  72.52ms   94.52%
    Req/Sec   394.38     47.03   444.00     90.00%
  Latency Distribution
     50%  950.00us
     75%   20.35ms
     90%   22.21ms
     99%    1.20s
  2362 requests in 3.02s, 167.61MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 7
Requests/sec:    783.06
Transfer/sec:     55.57MB
"""


def _measurement(rps: float, p50: float, p99: float) -> Measurement:
    m = Measurement(probe_statuses=Counter({200: 3}), probe_bytes=1000, probe_items=1)
    m.rounds = [
        LoadResult(1000, 10.0, rps - 10, p50, p99),
        LoadResult(1000, 10.0, rps + 10, p50, p99),
    ]
    return m


def test_comparison_table_has_a_row_per_request_and_server_with_the_ratio_on_the_mock_row() -> None:
    results = {}
    for label, _, _ in REQUESTS:
        results[label, MOCK] = _measurement(3000.0, 1.5, 4.0)
        results[label, PRISM] = _measurement(1000.0, 5.0, 20.0)

    table = comparison_table(results)

    assert table.columns == [
        "request",
        "server",
        "req/s",
        "p50 ms",
        "p99 ms",
        "mock/Prism req/s",
        "bytes/answer",
        "items",
        "status mix",
    ]
    assert len(table.rows) == 2 * len(REQUESTS)
    mock_row, prism_row = table.rows[0], table.rows[1]
    assert mock_row[:6] == [REQUESTS[0][0], MOCK, "3,000", "1.50", "4.00", "3.00×"]
    assert prism_row[1:6] == [PRISM, "1,000", "5.00", "20.00", ""]
    assert mock_row[8] == "probe 200×3; under load 2,000/2,000 2xx/3xx"


def test_markdown_lists_the_machine_and_every_target_with_its_verdict() -> None:
    section = Section("servers", "Mock vs Prism", tables=[Table(["a", "b"], [["1", "2"]])])
    section.targets = [
        Target("ratio", "≥ 3×", "3.20×", True),
        Target("other", "< 20 ms", "25 ms", False),
    ]
    broken = Section("gate", "Contract gate time", error="RuntimeError: boom")

    text = render_markdown(
        title="T", machine=[("CPU", "Fake CPU"), ("Prism", "5.0.0")], sections=[section, broken]
    )

    assert "| CPU | Fake CPU |" in text
    assert "| benchmark | target | goal | measured | verdict |" in text
    assert "| servers | ratio | ≥ 3× | 3.20× | met |" in text
    assert "| servers | other | < 20 ms | 25 ms | **missed** |" in text
    assert "| gate | (run) | completes | RuntimeError: boom | **failed** |" in text
    assert "| a | b |\n|---|---|\n| 1 | 2 |" in text


def test_wrk_report_is_read_with_its_units() -> None:
    result = parse_wrk(WRK_OUTPUT)

    assert result.requests == 2362
    assert result.rps == 783.06
    assert result.p50_ms == pytest.approx(0.95)
    assert result.p99_ms == 1200.0
    assert result.non_2xx == 7
    assert result.errors == 3

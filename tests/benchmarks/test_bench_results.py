"""The results writer lays out fake figures as the expected tables (no timing here)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.bench_servers import (
    CEILING,
    COMPUTED,
    MOCK,
    PRISM,
    REQUESTS,
    Measurement,
    comparison_table,
    targets,
)
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


def test_comparison_table_has_a_row_per_request_and_server_with_its_ratios() -> None:
    results = {}
    for request in REQUESTS:
        results[request.label, MOCK] = _measurement(3000.0, 1.5, 4.0)
        results[request.label, COMPUTED] = _measurement(500.0, 9.0, 30.0)
        results[request.label, PRISM] = _measurement(1000.0, 5.0, 20.0)
        results[request.label, CEILING] = _measurement(6000.0, 1.0, 2.0)

    table = comparison_table(results)

    assert table.columns[:8] == [
        "request",
        "answer",
        "server",
        "req/s",
        "p50 ms",
        "p99 ms",
        "÷ Prism req/s",
        "÷ ceiling req/s",
    ]
    assert len(table.rows) == 4 * len(REQUESTS)
    mock, computed, prism, ceiling = table.rows[:4]
    first = REQUESTS[0]
    assert mock[:8] == [first.label, first.kind, MOCK, "3,000", "1.50", "4.00", "3.00×", "0.50×"]
    assert computed[2:8] == [COMPUTED, "500", "9.00", "30.00", "0.50×", "0.08×"]
    assert prism[2:8] == [PRISM, "1,000", "5.00", "20.00", "", "0.17×"]
    assert ceiling[2:8] == [CEILING, "6,000", "1.00", "2.00", "6.00×", ""]
    assert mock[10] == "2 × 10 s"
    assert mock[11] == "probe 200×3; under load 2,000/2,000 2xx/3xx"


def test_the_four_requests_and_their_goals() -> None:
    kinds = {r.path: r.large for r in REQUESTS}
    assert kinds["/patient?page_size=100"] is True
    assert kinds["/patient/1"] is False
    assert sum(r.large for r in REQUESTS) == 2  # the 100-item page and the availability search


def test_targets_judge_prism_by_answer_size_and_the_ceiling_at_point_six() -> None:
    results = {}
    for request in REQUESTS:
        # 2x Prism: meets the large answers' 1x, misses the small answers' 3x.
        results[request.label, MOCK] = _measurement(2000.0, 1.0, 2.0)
        results[request.label, PRISM] = _measurement(1000.0, 1.0, 2.0)
        results[request.label, CEILING] = _measurement(2000.0 / 0.59, 1.0, 2.0)

    judged = {t.name: t for t in targets(results)}

    assert len(judged) == 2 * len(REQUESTS)
    for request in REQUESTS:
        prism = judged[f"mock/Prism req/s, {request.label}"]
        assert (prism.goal, prism.met) == (("≥ 1×", True) if request.large else ("≥ 3×", False))
        ceiling = judged[f"mock/ceiling req/s, {request.label}"]
        assert (ceiling.goal, ceiling.measured, ceiling.met) == ("≥ 0.6×", "0.59×", False)


def test_targets_without_prism_or_ceiling_are_not_measured_rather_than_met() -> None:
    results = {(r.label, MOCK): _measurement(2000.0, 1.0, 2.0) for r in REQUESTS}
    assert all(t.met is None and t.measured == "–" for t in targets(results))


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


def test_wrk_report_without_error_lines_and_with_microsecond_and_minute_units() -> None:
    output = """Running 1m test @ http://127.0.0.1:9417/v1/patient/1
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   812.00us  101.00us   3.10ms   90.00%
    Req/Sec     9.80k   300.00    10.20k    80.00%
  Latency Distribution
     50%  790.00us
     75%  850.00us
     90%  920.00us
     99%    1.02ms
  1176000 requests in 1.00m, 1.50GB read
Requests/sec:  19600.00
Transfer/sec:     25.60MB
"""
    result = parse_wrk(output)

    assert (result.requests, result.seconds, result.rps) == (1176000, 60.0, 19600.0)
    assert result.p50_ms == pytest.approx(0.79)
    assert result.p99_ms == pytest.approx(1.02)
    assert (result.non_2xx, result.errors) == (0, 0)


def test_unreadable_wrk_output_is_an_error_not_a_zero() -> None:
    with pytest.raises(ValueError, match="unreadable wrk output"):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused\n")

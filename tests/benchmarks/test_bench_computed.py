"""The computed-path benchmark sends what it claims: distinct requests, full pages, and wrk
threads that never send the same request."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

from benchmarks import bench_computed
from benchmarks.load import varied_script


def test_patient_paths_are_distinct_full_pages_with_documented_sorts() -> None:
    for patients in (60, 10_500):
        paths = bench_computed.patient_paths(patients, count=3000)
        assert len(set(paths)) == len(paths) > 100
        for path in paths:
            query = parse_qs(urlsplit(path).query)
            size, page = int(query["page_size"][0]), int(query["page"][0])
            assert page * size <= patients, path  # a full page, not past the end
            assert set(json.loads(query["sort_by"][0])) <= set(bench_computed.SORTABLE)


def test_availability_paths_are_distinct_windows_of_at_most_seven_days() -> None:
    paths = bench_computed.availability_paths(count=2000)
    assert len(set(paths)) == len(paths) == 2000
    for path in paths:
        query = parse_qs(urlsplit(path).query)
        days = (
            dt.date.fromisoformat(query["to"][0]) - dt.date.fromisoformat(query["from"][0])
        ).days
        assert 1 <= days <= 6


def test_the_wrk_script_steps_each_thread_over_its_own_requests() -> None:
    script = varied_script(["/a", "/b", "/c"], threads=2)
    assert "[==[/a]==]" in script and "[==[/c]==]" in script
    assert 'thread:set("first", count)' in script
    assert "at = at + 2" in script

"""Each planted drift is found by calibration, in its category and nothing else; the mock
against itself differs in nothing. Recordings come from `driver` (in process, seconds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract_tests.calibration import replay
from contract_tests.calibration.calibrate import Outcome, calibrate
from contract_tests.calibration.recording import read
from contract_tests.targets import mock_app, serve_asgi_in_thread
from tests.calibration import drifts, driver


def calibrated(wrap: Callable[[Any], Any] | None, tmp_path: Path) -> Outcome:
    app = mock_app()
    directory = driver.record(wrap(app) if wrap else app, tmp_path / "recording")
    target, again = replay.embedded_mock(directory), replay.embedded_mock(directory)
    try:
        return calibrate(read(directory), target, again=again)
    finally:
        target.close()
        again.close()


def test_the_mock_against_itself_differs_in_nothing(tmp_path: Path) -> None:
    outcome = calibrated(None, tmp_path)
    assert outcome.differences == []
    assert outcome.replayed == len(driver.READS) + len(driver.AFTER_WRITE) + 2
    # Noise was learned, not listed: a creation stamp and an error's request id.
    assert "/request_id" in outcome.noise["GET /patient/{client_id}"]
    assert "/created" in outcome.noise["POST /patient"]


DRIFTS = [
    (drifts.adds_a_field_to_list_items, "shape", f"/*/*/{drifts.ADDED_FIELD}"),
    (drifts.thins_error_bodies, "error body", "/error/detail"),
    (drifts.sorts_nulls_first, "ordering", "/patients"),
    (drifts.caps_page_size, "pagination", "*"),
]


@pytest.mark.parametrize(("wrap", "category", "where"), DRIFTS, ids=[d[0].__name__ for d in DRIFTS])
def test_a_planted_drift_is_found_in_its_category_and_nothing_else(
    wrap: Callable[[Any], Any], category: str, where: str, tmp_path: Path
) -> None:
    import fnmatch

    outcome = calibrated(wrap, tmp_path)
    assert outcome.differences, "the drift was not found"
    assert {d.category for d in outcome.differences} == {category}, [
        (d.category, d.operation, d.pointer) for d in outcome.differences
    ]
    assert any(fnmatch.fnmatchcase(d.pattern, where) for d in outcome.differences)
    assert all(d.attribution for d in outcome.differences)


@pytest.mark.http
def test_against_a_url_replays_there_and_learns_noise_by_asking_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PRACSUITE_VENDOR_KEY", "PRACSUITE_SUBSCRIBER_KEY", "PRACSUITE_SUBSCRIBER_KEY_2"):
        monkeypatch.delenv(name, raising=False)  # the mock's demo keys
    directory = driver.record(drifts.thins_error_bodies(mock_app()), tmp_path / "r", writes=False)
    with serve_asgi_in_thread(mock_app()) as origin:
        target = replay.remote(f"{origin}/v1")
        try:
            outcome = calibrate(read(directory), target)
        finally:
            target.close()
    assert {(d.category, d.pattern) for d in outcome.differences} == {
        ("error body", "/error/detail")
    }
    assert "/request_id" in outcome.noise["GET /patient/{client_id}"]

"""The availability window is the spec's: a mock started on a spec with another `x-date-window`
agrees with itself (validation and engine alike), and nothing fixes the length at import."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

import pracsuite_spec
from pracsuite_mock import MockConfig
from pracsuite_mock.embed import in_process_client as make_client

SEARCHES = ("/available_appointments", "/next_available_appointment")
MONDAY = dt.date(2026, 2, 2)


def spec_with_window(folder: Path, max_days: int) -> Path:
    """The bundle with every `x-date-window` widened to `max_days`, written to `folder`."""
    document = copy.deepcopy(pracsuite_spec.load().document)
    widened = 0
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-date-window" in operation:
                operation["x-date-window"]["max_days"] = max_days
                widened += 1
    assert widened == len(SEARCHES), "the spec's searches changed: update SEARCHES"
    path = folder / "pracsuite.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def search(client: object, path: str, days: int, page: int = 1) -> tuple[int, dict[str, object]]:
    last = MONDAY + dt.timedelta(days=days - 1)
    params = {
        "from": MONDAY.isoformat(),
        "to": last.isoformat(),
        "appointment_type_id": 2,
        "page": page,
        "page_size": 100,
    }
    response = client.get(path, params=params)  # type: ignore[attr-defined]
    return response.status_code, response.json()


@pytest.mark.parametrize("path", SEARCHES)
def test_a_wider_window_in_the_spec_is_searched_whole(tmp_path: Path, path: str) -> None:
    spec_path = spec_with_window(tmp_path, 14)
    with make_client(MockConfig(spec_path=str(spec_path))) as client:
        status, body = search(client, path, 10)
        assert status == 200, body
        if path == "/available_appointments":
            # the last page holds times past the default 7 days: the engine did not cut the window
            last_page = -(-int(body["total_entries"]) // 100)  # type: ignore[call-overload]
            status, body = search(client, path, 10, page=last_page)
            days = {t["app_time"][:10] for t in body["available_times"]}  # type: ignore[attr-defined]
            assert max(days) > (MONDAY + dt.timedelta(days=6)).isoformat(), sorted(days)
        status, body = search(client, path, 15)
        assert status == 400, body
        assert "at most 14" in str(body), body


@pytest.mark.parametrize("path", SEARCHES)
def test_the_bundled_window_is_seven_days(path: str) -> None:
    with make_client(MockConfig()) as client:
        assert search(client, path, 7)[0] == 200
        status, body = search(client, path, 8)
        assert status == 400 and "at most 7" in str(body), body

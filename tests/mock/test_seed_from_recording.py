"""`--seed-from DIR`: the records a recording saw are served with their ids, the rest comes from
the usual seed, new ids start above the recorded ones, and answers after the recording's first
write (the run's own changes) are not taken as the tenant's data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pracsuite_mock import MockConfig
from pracsuite_mock.cli import config_from, parse_args
from pracsuite_mock.embed import in_process_client

RUN = {"vendor": "run", "subscriber": "run"}


def _line(seq: int, method: str, path: str, status: int, answer: Any, **auth: str) -> str:
    return json.dumps(
        {
            "seq": seq,
            "base": "https://api.example.com/v1",
            "method": method,
            "path": path,
            "query": "",
            "auth": auth or RUN,
            "request_headers": {},
            "body": None,
            "status": status,
            "headers": {"content-type": "application/json"},
            "answer": answer,
        }
    )


def _patient(client_id: int, first_name: str) -> dict[str, Any]:
    return {
        "links": {"self": f"https://api.example.com/v1/patient/{client_id}"},
        "row_num": 1,
        "client_id": client_id,
        "tenant_id": 77,
        "first_name": first_name,
        "surname": "Recorded",
    }


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    lines = [
        _line(
            1, "GET", "/patient", 200, {"patients": [_patient(5000, "Listed")], "total_entries": 1}
        ),
        _line(2, "GET", "/patient/1", 200, _patient(1, "Changed")),
        # Another tenant's answer, and one after the first write: neither is tenant 1's data.
        _line(
            3,
            "GET",
            "/patient/6000",
            200,
            _patient(6000, "Other"),
            vendor="run",
            subscriber="second",
        ),
        _line(4, "POST", "/patient", 201, _patient(5001, "Created")),
        _line(5, "GET", "/patient/7000", 200, _patient(7000, "Later")),
    ]
    (tmp_path / "exchanges.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_recorded_records_are_served_with_their_ids_over_the_seed(recording: Path) -> None:
    with in_process_client(MockConfig(seed=1, seed_from=str(recording))) as client:
        listed = client.get("/patient/5000").json()
        assert (listed["first_name"], listed["surname"], listed["tenant_id"]) == (
            "Listed",
            "Recorded",
            1,
        )
        assert listed["links"]["self"].endswith("/v1/patient/5000")  # links are the mock's own
        changed = client.get("/patient/1").json()
        assert changed["first_name"] == "Changed"
        assert changed["time_zone"]  # the seed's fields the recording did not show stay
        assert client.get("/patient/2").json()["first_name"] != "Changed"  # the rest: the seed
        for unseen in (6000, 7000):
            assert client.get(f"/patient/{unseen}").status_code == 404
        created = client.post("/patient", json={"first_name": "New", "surname": "Patient"})
        assert created.json()["client_id"] > 5000


def test_the_cli_takes_seed_from_and_refuses_it_with_a_database(recording: Path) -> None:
    assert config_from(parse_args(["--seed-from", str(recording)])).seed_from == str(recording)
    with pytest.raises(SystemExit, match="--seed-from"):
        config_from(parse_args(["--seed-from", str(recording), "--db", "x.db"]))


def test_a_folder_without_a_recording_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"exchanges\.jsonl"):
        in_process_client(MockConfig(seed_from=str(tmp_path)))

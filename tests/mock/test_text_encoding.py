"""Text that is not Unicode (lone surrogates): a 422 naming the field, never stored, and a
database written before that rule still answers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from pracsuite_mock import MockConfig
from pracsuite_mock.embed import (
    in_process_client,
)

JSON = {"content-type": "application/json"}


def issues(r: httpx.Response) -> dict[str, str]:
    return {i["field"]: i["message"] for i in r.json()["error"]["validation"]}


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"first_name": "\\ud800", "surname": "x"}', "first_name"),
        (b'{"first_name": "a\\udfffb", "surname": "x"}', "first_name"),
        (b'{"first_name": "a", "surname": "x", "\\ud800": 1}', "\\ud800"),
        (b'{"first_name": "a", "surname": "x", "email": ["\\ud800"]}', "email.0"),
    ],
)
def test_lone_surrogate_is_a_422_naming_the_field_and_never_stored(
    client: httpx.Client, raw: bytes, field: str
) -> None:
    before = client.get("/patient", params={"page_size": 1}).json()["total_entries"]
    r = client.post("/patient", content=raw, headers=JSON)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert field in issues(r)
    listing = client.get("/patient", params={"page_size": 100, "page": 1})
    assert listing.status_code == 200
    assert listing.json()["total_entries"] == before


@pytest.mark.http
def test_lone_surrogates_over_http_answer_the_envelope(live_server: str) -> None:
    headers = {"x-api-key": "mock-vendor-key", "A-api-key": "mock-clinic-1", **JSON}
    for raw in (b'{"\\ud800": "x"}', b'{"first_name": "\\udbff", "surname": "x"}'):
        r = httpx.post(f"{live_server}/patient", content=raw, headers=headers, timeout=10)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "INVALID_BODY"


def test_a_database_poisoned_before_the_fix_still_answers(tmp_path: Path) -> None:
    db = tmp_path / "mock.sqlite"
    with in_process_client(MockConfig(db=str(db))) as c:
        assert c.get("/patient/1").status_code == 200
    with sqlite3.connect(db) as conn:  # what an older mock stored: a JSON \ud800 escape
        (body,) = conn.execute(
            "SELECT body FROM records WHERE collection = 'patient' AND id = 1"
        ).fetchone()
        record = json.loads(body)
        record["first_name"] = "\ud800bad"
        record["\udc00"] = "key"
        conn.execute(
            "UPDATE records SET body = ? WHERE collection = 'patient' AND id = 1",
            (json.dumps(record),),
        )
    with in_process_client(MockConfig(db=str(db), validate_responses=True)) as c:
        listing = c.get("/patient", params={"page_size": 100})
        assert listing.status_code == 200, listing.text
        assert c.get("/patient/1").json()["first_name"] == "\ufffdbad"

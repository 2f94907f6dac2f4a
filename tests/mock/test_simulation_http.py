"""Rate limits, faults, and the real server on loopback (started as a subprocess)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from pracsuite_mock import MockConfig
from pracsuite_mock.embed import DEMO_HEADERS, serve_in_background
from pracsuite_mock.embed import in_process_client as make_client
from pracsuite_mock.rate_limit import RateLimiter, parse_rate

DOCS_EXAMPLE = (
    "/reschedule_reason?page=1&page_size=50"
    "&sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D"
)


def test_token_bucket_refills() -> None:
    limiter = RateLimiter(2)
    limiter.check("k", now=0.0)
    limiter.check("k", now=0.0)
    with pytest.raises(Exception) as raised:
        limiter.check("k", now=0.0)
    assert raised.value.headers["Retry-After"] == "1"  # type: ignore[attr-defined]
    limiter.check("k", now=0.6)  # 1.2 tokens back
    limiter.check("other", now=0.0)  # buckets are per vendor key
    assert parse_rate("120/m") == 2.0


def test_rate_limit_answers_429_with_retry_after() -> None:
    with make_client(MockConfig(rate_limit=3)) as c:
        statuses = [c.get("/sex").status_code for _ in range(6)]
        assert statuses[:3] == [200, 200, 200] and 429 in statuses
        r = c.get("/sex")
        assert r.status_code == 429
        assert int(r.headers["Retry-After"]) >= 1
        assert r.json()["error"]["code"] == "TOO_MANY_REQUESTS"


def test_faults_are_injected_at_the_rate() -> None:
    with make_client(MockConfig(faults=0.5, seed=7)) as c:
        outcomes = []
        for _ in range(60):
            try:
                outcomes.append(c.get("/sex").status_code)
            except Exception:  # a dropped connection surfaces as an error in-process
                outcomes.append(-1)
    assert 10 < sum(1 for s in outcomes if s != 200) < 50
    assert {500, 502, 503} & set(outcomes)


@pytest.mark.http
def test_docs_example_over_http(live_server: str) -> None:
    r = httpx.get(live_server + DOCS_EXAMPLE, headers=DEMO_HEADERS)
    assert r.status_code == 200
    assert r.json()["links"]["self"].startswith(live_server + "/reschedule_reason?")
    assert httpx.get(live_server + "/nope", headers=DEMO_HEADERS).status_code == 403


@pytest.mark.http
def test_state_survives_restart_with_db(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    with serve_in_background(["--db", db]) as base:
        r = httpx.post(
            base + "/patient", json={"first_name": "Kai", "surname": "Rue"}, headers=DEMO_HEADERS
        )
        client_id = r.json()["client_id"]
    with serve_in_background(["--db", db]) as base:
        r = httpx.get(f"{base}/patient/{client_id}", headers=DEMO_HEADERS)
        assert r.status_code == 200 and r.json()["surname"] == "Rue"


@pytest.mark.http
def test_dropped_connections_over_http() -> None:
    with serve_in_background(["--faults", "1", "--seed", "2"]) as base:
        errors = 0
        for _ in range(20):
            try:
                r = httpx.get(base + "/sex", headers=DEMO_HEADERS, timeout=5)
                assert r.status_code in (200, 500, 502, 503)
            except httpx.TransportError:
                errors += 1
        assert errors > 0

"""The availability answer encoded straight from its keys (`Found.encode`, the handler's
`_page`) is byte for byte what rendering each time to a dict and encoding the page gives.

Pages are drawn over windows, types, page numbers and sizes (the first, middle, last and beyond
the last) against a seeded mock; the oracle is the generic path (`list_response` over the
rendered times), so a change to item order, key order, `row_num`, links or `total_entries` in
either path fails here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig
from pracsuite_mock import availability as engine
from pracsuite_mock.embed import in_process_client
from pracsuite_mock.handlers import availability as handler
from pracsuite_mock.handlers.generic import list_response

FIRST = dt.date(2025, 12, 8)


def _rendered_page(ctx: Any, found: engine.Found) -> Any:
    return list_response(ctx, list(found.keys), sort=False, shape=found.render)


def _no_fallback(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the encoded page fell back to rendering dicts")


@pytest.fixture(scope="module")
def mock() -> Any:
    with in_process_client(MockConfig(answer_cache=False, validate_responses=True)) as c:
        yield c


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    day=st.integers(0, 62),
    span=st.integers(0, 6),
    type_id=st.integers(1, 5),
    page=st.integers(1, 12),
    page_size=st.sampled_from([1, 7, 10, 50, 100]),
    next_only=st.booleans(),
)
def test_the_encoded_page_is_the_rendered_page(
    mock: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    day: int,
    span: int,
    type_id: int,
    page: int,
    page_size: int,
    next_only: bool,
) -> None:
    start = FIRST + dt.timedelta(days=day)
    path = "/next_available_appointment" if next_only else "/available_appointments"
    params = {
        "from": start.isoformat(),
        "to": (start + dt.timedelta(days=span)).isoformat(),
        "appointment_type_id": str(type_id),
        "page": str(page),
        "page_size": str(page_size),
    }
    with monkeypatch.context() as patched:  # the fast path must not fall back to the dicts
        patched.setattr(handler, "list_response", _no_fallback)
        fast = mock.get(path, params=params)
    with monkeypatch.context() as patched:
        patched.setattr(handler, "_page", _rendered_page)
        slow = mock.get(path, params=params)
    assert fast.status_code == slow.status_code == 200, fast.text
    assert fast.content == slow.content
    assert fast.headers["content-type"] == slow.headers["content-type"]


def test_a_page_is_read_across_the_days_as_the_joined_keys() -> None:
    found = engine.Found([], [[1, 2], [], [5], [7, 8, 9]])
    assert len(found) == 6
    for start in range(8):
        for stop in range(start, 9):
            assert found.page(start, stop) == found.keys[start:stop]


def test_an_item_orjson_cannot_encode_falls_back_to_the_dicts() -> None:
    template: Any = {"app_time": "", "item_id": 1 << 70}
    assert engine._encoded_tail(template) is None
    assert orjson.dumps({"app_time": "", "x": 1})[: len(b'{"app_time":"')] == b'{"app_time":"'

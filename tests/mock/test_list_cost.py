"""An unfiltered list of a whole collection reads only its page: `total_entries` is the sorted
index's length, and no record outside the page is touched (no scan of the collection, no sort).
Once the order's index exists, reading the collection in full or iterating the index fails the
request here, so a path that scanned would show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pracsuite_mock import MockConfig, sort_index
from pracsuite_mock.embed import in_process_client
from pracsuite_mock.store import Store


@pytest.fixture(scope="module")
def computed() -> Iterator[httpx.Client]:
    with in_process_client(MockConfig(answer_cache=False)) as c:
        yield c


@pytest.mark.parametrize("sort_by", [None, ["surname"], ["date_of_birth", "first_name"]])
def test_an_unfiltered_page_reads_no_record_outside_it(
    computed: httpx.Client, monkeypatch: pytest.MonkeyPatch, sort_by: list[str] | None
) -> None:
    params: dict[str, Any] = {"page": 2, "page_size": 7}
    if sort_by:
        params["sort_by"] = json.dumps(sort_by)
    total = computed.get("/patient", params=params).json()["total_entries"]  # builds the index
    read: list[int] = []
    slice_of = sort_index.OrderedView.__getitem__

    def counted(view: sort_index.OrderedView, where: Any) -> Any:
        found = slice_of(view, where)
        read.append(len(found) if isinstance(where, slice) else 1)
        return found

    def no_scan(*_: Any) -> Any:
        raise AssertionError("an unfiltered list scanned its collection")

    with monkeypatch.context() as patched:
        patched.setattr(sort_index.OrderedView, "__getitem__", counted)
        patched.setattr(sort_index.OrderedView, "__iter__", no_scan)
        patched.setattr(Store, "all", no_scan)
        answer = computed.get("/patient", params=params)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["total_entries"] == total > 14
    assert len(body["patients"]) == 7 and sum(read) == 7

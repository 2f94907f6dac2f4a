"""Pagination, sorting, links and q[] filters, stated as properties where they can be."""

from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qsl, urlsplit

import httpx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

LIST = "/patient"
SORTABLE = ["client_id", "first_name", "surname", "date_of_birth", "created", "modified"]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _all_pages(client: httpx.Client, query: dict[str, str], page_size: int) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        r = client.get(LIST, params={**query, "page": page, "page_size": page_size})
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["patients"]
        if body["links"]["next"] is None:
            return items
        page += 1


@FAST
@given(
    page_size=st.integers(1, 100),
    sort=st.lists(st.sampled_from(SORTABLE), min_size=1, max_size=3, unique=True),
)
@example(page_size=7, sort=["surname"])
def test_pages_concatenated_are_the_listing(
    shared_client: httpx.Client, page_size: int, sort: list[str]
) -> None:
    query = {"sort_by": json.dumps(sort)}
    items = _all_pages(shared_client, query, page_size)
    total = shared_client.get(LIST, params={**query, "page_size": 1}).json()["total_entries"]
    ids = [i["client_id"] for i in items]
    assert len(ids) == len(set(ids)) == total
    assert [i["row_num"] for i in items] == list(range(1, total + 1))
    assert all(i["total_rows"] == total for i in items)
    keys = [tuple((i[k] is None, i[k] or "") for k in sort) for i in items]
    assert keys == sorted(keys)


def test_sort_is_stable_over_the_default_order(shared_client: httpx.Client) -> None:
    items = _all_pages(shared_client, {"sort_by": '["surname"]'}, 100)
    for a, b in itertools.pairwise(items):
        if a["surname"] == b["surname"]:
            assert a["client_id"] < b["client_id"]


def test_links_keep_every_other_parameter(shared_client: httpx.Client) -> None:
    raw = (
        "q%5B%5D=surname:contains:a&q[]=created:gte:2024-01-01T00:00:00Z"
        "&sort_by=%5B%22surname%22%5D&page_size=3&page=2"
    )
    r = shared_client.get(f"{LIST}?{raw}")
    assert r.status_code == 200, r.text
    links = r.json()["links"]
    sent = [(k, v) for k, v in parse_qsl(raw) if k != "page"]
    for name, page in (("self", "2"), ("previous", "1"), ("next", "3")):
        url = links[name]
        assert url.startswith("http://testserver/v1/patient?")
        got = parse_qsl(urlsplit(url).query)
        assert [kv for kv in got if kv[0] != "page"] == sent
        assert ("page", page) in got


def test_first_and_last_page_edges(shared_client: httpx.Client) -> None:
    first = shared_client.get(LIST, params={"page_size": 100}).json()
    total = first["total_entries"]
    assert first["links"]["previous"] is None
    last_page = -(-total // 100)
    last = shared_client.get(LIST, params={"page_size": 100, "page": last_page}).json()
    assert last["links"]["next"] is None
    beyond = shared_client.get(LIST, params={"page_size": 100, "page": last_page + 5})
    assert beyond.status_code == 200
    body = beyond.json()
    assert body["patients"] == [] and body["total_entries"] == total
    assert body["links"]["next"] is None
    assert "page=" + str(last_page + 4) in body["links"]["previous"]


def test_default_page_size_is_the_spec_default(shared_client: httpx.Client) -> None:
    body = shared_client.get(LIST).json()
    assert len(body["patients"]) == min(50, body["total_entries"])


def test_filters_and_together_and_updated_reads_modified(shared_client: httpx.Client) -> None:
    everyone = _all_pages(shared_client, {}, 100)
    cut = sorted(p["modified"] for p in everyone)[len(everyone) // 2]
    r = shared_client.get(
        LIST,
        params=[("q[]", f"updated:gte:{cut}"), ("q[]", "surname:contains:A"), ("page_size", 100)],
    )
    assert r.status_code == 200, r.text
    got = {p["client_id"] for p in r.json()["patients"]}
    want = {
        p["client_id"] for p in everyone if p["modified"] >= cut and "a" in p["surname"].lower()
    }
    assert got == want and got


def test_timestamps_compare_chronologically_not_as_text(shared_client: httpx.Client) -> None:
    # Without fractional seconds the text "…:00Z" sorts after "…:00.5Z"; as instants it is before.
    everyone = _all_pages(shared_client, {}, 100)
    stamp = everyone[0]["created"]
    whole = stamp.split(".")[0] + "Z"
    r = shared_client.get(LIST, params=[("q[]", f"created:gte:{whole}"), ("page_size", 100)])
    assert everyone[0]["client_id"] in {p["client_id"] for p in r.json()["patients"]}


def test_tenant_listing_counts(shared_client: httpx.Client) -> None:
    one = shared_client.get(LIST).json()["total_entries"]
    two = shared_client.get(LIST, headers={"A-api-key": "mock-clinic-2"}).json()["total_entries"]
    assert one != two and one > 0 and two > 0

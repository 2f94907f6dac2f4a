"""Page objects: one page with `total_entries`, `has_next_page()`, `next_page()`, `iter_pages()`."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pracsuite_client.api.reschedule_reason import list_reschedule_reasons
from test_pagination_unit import BASE, ids, paged

import pracsuite


def test_a_page_knows_the_total_and_walks_to_the_end(make_client):
    handler = paged(list(range(1, 8)))
    client = make_client(handler)
    page = client.page(list_reschedule_reasons, page_size=3)
    assert (ids(page), page.total_entries, page.has_next_page()) == ([1, 2, 3], 7, True)
    second = page.next_page()
    assert ids(second) == [4, 5, 6] and second.has_next_page()
    last = second.next_page()
    assert ids(last) == [7] and not last.has_next_page()
    with pytest.raises(pracsuite.PracSuiteError, match="last page"):
        last.next_page()
    assert ids(page.items) == [1, 2, 3]  # pages are values: walking on changes none


def test_iter_pages_yields_every_page_once(make_client):
    client = make_client(paged(list(range(1, 8))))
    pages = list(client.page(list_reschedule_reasons, page_size=3).iter_pages())
    assert [ids(p) for p in pages] == [[1, 2, 3], [4, 5, 6], [7]]


def test_items_are_typed_by_the_items_callable(make_client):
    client = make_client(paged([1, 2]))
    page = client.page(
        list_reschedule_reasons, items=lambda p: p.appointment_reschedule_reasons, page_size=5
    )
    assert [r.reason for r in page] == ["r1", "r2"]


def test_async_pages():
    handler = paged(list(range(1, 6)))

    async def main() -> list[list[int]]:
        async with pracsuite.AsyncClient(
            vendor_key="v",
            subscriber_key="s",
            base_url=BASE,
            transport=httpx.MockTransport(handler),
        ) as client:
            page = await client.page(list_reschedule_reasons, page_size=2)
            assert page.total_entries == 5 and page.has_next_page()
            assert ids(await page.next_page()) == [3, 4]
            return [ids(p) async for p in page.iter_pages()]

    assert asyncio.run(main()) == [[1, 2], [3, 4], [5]]

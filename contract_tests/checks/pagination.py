"""Pagination invariants, for every list operation (every `x-pagination` in the spec).

The pages of a listing, concatenated, are the listing (read at page_size 100), with no
duplicates; `total_entries` is its length on every page; `links` lead to the neighbour pages
and keep the query; a page beyond the last is empty (the `Page` x-assumption); `row_num`
counts from 1 across pages (the `ListMeta` x-assumption).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from contract_tests.checks.listings import (
    ListTarget,
    Page,
    canonical,
    fetch_all,
    fetch_page,
    identity,
    with_params,
)
from contract_tests.failures import check
from pracsuite_spec import Operation

MAX_WALK_PAGES = 40


@check
def check_pages_concatenate(t: ListTarget, page_size: int) -> None:
    """Walking the pages at `page_size` by following `links.next` yields the whole listing."""
    api, op, path, query = t.api, t.op, t.path, t.query
    listing, total = fetch_all(api, path, query, items_key=op.items_key)
    assert total == len(listing), (
        f"{op.label}: total_entries says {total} but the listing (page_size 100) has {len(listing)} items"
    )
    if len(listing) > page_size * MAX_WALK_PAGES:
        page_size = -(-len(listing) // MAX_WALK_PAGES)
    keys = [identity(op, item) for item in listing]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{op.label}: the listing repeats items {duplicates[:5]}"

    walked: list[str] = []
    page_no = 1
    url: str | None = None
    page: Page = fetch_page(
        api, path, with_params(query, page=1, page_size=page_size), items_key=op.items_key
    )
    while True:
        where = f"{op.label} page {page_no} (page_size {page_size})"
        assert page.total_entries == total, (
            f"{where}: total_entries {page.total_entries}, but the listing has {total}"
        )
        expected = listing[(page_no - 1) * page_size : page_no * page_size]
        assert len(page.items) == len(expected), (
            f"{where}: {len(page.items)} items, expected {len(expected)} of {total}"
        )
        for offset, item in enumerate(page.items):
            row = (page_no - 1) * page_size + offset + 1
            if "row_num" in item:
                assert item["row_num"] == row, (
                    f"{where}: item {offset} has row_num {item['row_num']}, expected {row}"
                )
            if "total_rows" in item:
                assert item["total_rows"] == total, (
                    f"{where}: total_rows {item['total_rows']} != {total}"
                )
        got = [canonical(i) for i in page.items]
        want = [canonical(i) for i in expected]
        assert got == want, (
            f"{where}: items differ from positions {(page_no - 1) * page_size + 1}.."
            f"{(page_no - 1) * page_size + len(expected)} of the listing "
            f"(first differing: {_first_diff(op, page.items, expected)})"
        )
        walked.extend(identity(op, i) for i in page.items)
        check_links(t, page, page_no=page_no, page_size=page_size, total=total)
        url = page.links.get("next")
        if url is None:
            break
        page_no += 1
        assert page_no <= MAX_WALK_PAGES + 1, f"{op.label}: links.next never ends"
        page = fetch_page(api, url, [], items_key=op.items_key)
    assert walked == keys, (
        f"{op.label}: walking the pages gave {len(walked)} items, the listing has {len(keys)}"
    )
    assert len(set(walked)) == len(walked), (
        f"{op.label}: pages at page_size {page_size} repeat items"
    )


def _first_diff(op: Operation, got: list[dict[str, object]], want: list[dict[str, object]]) -> str:
    for g, w in zip(got, want, strict=False):
        if canonical(g) != canonical(w):
            return f"got {identity(op, g)[:80]}, expected {identity(op, w)[:80]}"
    return "lengths differ"


def last_page(total: int, page_size: int) -> int:
    return max(1, -(-total // page_size))


@check
def check_links(t: ListTarget, page: Page, *, page_no: int, page_size: int, total: int) -> None:
    """`self`, `previous` and `next` are absolute, point at this page and its neighbours, and
    keep every other query parameter."""
    op, path, query = t.op, t.path, t.query
    where = f"{op.label} page {page_no}"
    last = last_page(total, page_size)
    expected = {
        "self": page_no,
        "previous": page_no - 1 if page_no > 1 else None,
        "next": page_no + 1 if page_no < last else None,
    }
    for name, want_page in expected.items():
        link = page.links.get(name)
        if want_page is None:
            assert link is None, f"{where}: links.{name} should be null, is {_path_of(link)}"
            continue
        assert isinstance(link, str), (
            f"{where}: links.{name} is missing (expected page {want_page})"
        )
        parts = urlsplit(link)
        assert parts.scheme in ("http", "https") and parts.netloc, (
            f"{where}: links.{name} is not absolute"
        )
        assert parts.path.rstrip("/").endswith(path.rstrip("/")), (
            f"{where}: links.{name} goes to {parts.path}, not {path}"
        )
        params = parse_qsl(parts.query, keep_blank_values=True)
        pages = [v for k, v in params if k == "page"]
        assert pages == [str(want_page)], (
            f"{where}: links.{name} has page={pages}, expected {want_page}"
        )
        sizes = [v for k, v in params if k == "page_size"]
        assert sizes in ([str(page_size)], []) and (sizes or page_size == 50), (
            f"{where}: links.{name} does not keep page_size={page_size} (has {sizes})"
        )
        kept = sorted((k, v) for k, v in params if k not in ("page", "page_size"))
        wanted = sorted((k, v) for k, v in query if k not in ("page", "page_size"))
        assert kept == wanted, f"{where}: links.{name} keeps query {kept}, expected {wanted}"


def _path_of(link: str | None) -> str:
    if link is None:
        return "null"
    parts = urlsplit(link)
    return f"{parts.path}?{parts.query}"


@check
def check_beyond_last_page(t: ListTarget, page_size: int) -> None:
    """A page past the last answers 200, no items, the same total, `next` null and `previous`
    at the page before it."""
    api, op, path, query = t.api, t.op, t.path, t.query
    first = fetch_page(
        api, path, with_params(query, page=1, page_size=page_size), items_key=op.items_key
    )
    beyond = last_page(first.total_entries, page_size) + 1
    if first.total_entries == 0:
        beyond = 2
    page = fetch_page(
        api, path, with_params(query, page=beyond, page_size=page_size), items_key=op.items_key
    )
    where = f"{op.label} page {beyond} (beyond the last at page_size {page_size})"
    assert page.items == [], f"{where}: expected no items, got {len(page.items)}"
    assert page.total_entries == first.total_entries, (
        f"{where}: total_entries {page.total_entries}, page 1 said {first.total_entries}"
    )
    assert page.links.get("next") is None, f"{where}: links.next should be null"
    previous = page.links.get("previous")
    assert isinstance(previous, str), f"{where}: links.previous should point at page {beyond - 1}"
    pages = [v for k, v in parse_qsl(urlsplit(previous).query) if k == "page"]
    assert pages == [str(beyond - 1)], (
        f"{where}: links.previous has page={pages}, expected {beyond - 1}"
    )


@check
def check_default_page(t: ListTarget) -> None:
    """No `page` is page 1; no `page_size` is 50."""
    api, op, path, query = t.api, t.op, t.path, t.query
    implicit = fetch_page(api, path, query, items_key=op.items_key)
    explicit = fetch_page(
        api, path, with_params(query, page=1, page_size=50), items_key=op.items_key
    )
    assert [canonical(i) for i in implicit.items] == [canonical(i) for i in explicit.items], (
        f"{op.label}: without page/page_size the items differ from page=1&page_size=50"
    )
    assert len(implicit.items) == min(50, implicit.total_entries), (
        f"{op.label}: default page has {len(implicit.items)} items of {implicit.total_entries}, expected up to 50"
    )

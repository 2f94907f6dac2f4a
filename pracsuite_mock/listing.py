"""Sorting and pagination of list responses.

`sort_by` is a JSON array of field names, all ascending; the sort is stable over the default
order (`x-pagination.default_sort`, else the id field), and nulls sort last. Pages count from 1;
a page beyond the last is an empty list. Items carry `row_num` (position in the whole listing,
from 1) and `total_rows`. `links` are absolute and keep every other query parameter exactly as
sent (repeated `q[]`, `sort_by`, …), replacing only `page`; `previous` is null on page 1 and
`next` null on the last page and beyond.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

Record = dict[str, Any]


def sort_records(records: Sequence[Record], keys: Sequence[str]) -> list[Record]:
    """Stable ascending sort by each key in priority order; None after every value."""
    out = list(records)
    for key in reversed(keys):
        present = [r for r in out if r.get(key) is not None]
        absent = [r for r in out if r.get(key) is None]
        try:
            present.sort(key=lambda r: r[key])
        except TypeError:  # mixed types in one field: compare their text
            present.sort(key=lambda r: str(r[key]))
        out = present + absent
    return out


@dataclass(frozen=True)
class PageRequest:
    page: int
    page_size: int


@dataclass(frozen=True)
class RequestURL:
    """What links are built from: scheme, host[:port], path and the raw query string."""

    scheme: str
    netloc: str
    path: str
    query: str

    def with_page(self, page: int) -> str:
        parts = [p for p in self.query.split("&") if p] if self.query else []
        rendered = f"page={page}"
        replaced = False
        out: list[str] = []
        for part in parts:
            if unquote_plus(part.split("=", 1)[0]) == "page":
                if not replaced:
                    out.append(rendered)
                    replaced = True
                continue
            out.append(part)
        if not replaced:
            out.insert(0, rendered)
        return f"{self.scheme}://{self.netloc}{self.path}?{'&'.join(out)}"


def paginate(
    records: Sequence[Record],
    page: PageRequest,
    url: RequestURL,
    shape: Callable[[Record], Record],
    *,
    with_meta: bool = True,
) -> tuple[list[Record], int, dict[str, str | None]]:
    """One page of already sorted and filtered records: (items, total_entries, links)."""
    total = len(records)
    start = (page.page - 1) * page.page_size
    window = records[start : start + page.page_size] if start < total else []
    items = []
    for offset, record in enumerate(window):
        item: Record = {"row_num": start + offset + 1, "total_rows": total} if with_meta else {}
        item.update(shape(record))
        items.append(item)
    return items, total, page_links(page, url, total)


def page_links(page: PageRequest, url: RequestURL, total: int) -> dict[str, str | None]:
    """`links` of one page of a listing of `total` items."""
    last_page = max(1, math.ceil(total / page.page_size))
    return {
        "self": url.with_page(page.page),
        "previous": url.with_page(page.page - 1) if page.page > 1 else None,
        "next": url.with_page(page.page + 1) if page.page < last_page else None,
    }

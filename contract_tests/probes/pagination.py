"""Probes of the pagination assumptions: the default page, a page past the last, links, row metadata."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pracsuite_spec
from contract_tests.checks.listings import fetch_page
from contract_tests.checks.pagination import last_page
from contract_tests.failures import NotApplicable
from contract_tests.probes.verdicts import (
    NOT_TESTABLE,
    ProbeContext,
    Verdict,
    held_if,
)
from pracsuite_spec import Assumption, Operation


def simple_list(ctx: ProbeContext) -> Operation:
    """A list operation without required or path parameters that has at least 3 records."""
    for op in pracsuite_spec.load().list_operations:
        if op.path_params or op.required_query:
            continue
        page = fetch_page(ctx.api, op.path, [("page_size", "1")], items_key=op.items_key)
        if page.total_entries >= 3:
            return op
    raise NotApplicable("no list operation without parameters has 3 or more records")


def probe_page(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    implicit = fetch_page(ctx.api, op.path, [("page_size", "2")], items_key=op.items_key)
    first = fetch_page(
        ctx.api, op.path, [("page", "1"), ("page_size", "2")], items_key=op.items_key
    )
    last = last_page(first.total_entries, 2)
    response = ctx.api.get(op.path, [("page", str(last + 1)), ("page_size", "2")])
    body = response.json() if response.status_code == 200 else {}
    items = body.get(op.items_key)
    prev = (body.get("links") or {}).get("previous")
    prev_page = [v for k, v in parse_qsl(urlsplit(prev).query) if k == "page"] if prev else []
    return held_if(
        [
            (implicit.items == first.items, f"GET {op.path}?page_size=2 equals page=1"),
            (
                response.status_code == 200 and items == [],
                f"page {last + 1} of {last} answered {response.status_code} with {len(items or [])} items",
            ),
            (prev_page == [str(last)], f"its links.previous has page={prev_page}"),
        ]
    )


def probe_links(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    first = ctx.api.get(op.path, [("page", "1"), ("page_size", "2")]).json()
    last_no = last_page(first["total_entries"], 2)
    last = ctx.api.get(op.path, [("page", str(last_no)), ("page_size", "2")]).json()
    return held_if(
        [
            (
                "previous" in first["links"] and first["links"]["previous"] is None,
                f"GET {op.path} page 1: links.previous present and null",
            ),
            (
                "next" in last["links"] and last["links"]["next"] is None,
                f"page {last_no} (last): links.next present and null",
            ),
        ]
    )


def probe_list_meta(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = simple_list(ctx)
    page = fetch_page(ctx.api, op.path, [("page", "2"), ("page_size", "2")], items_key=op.items_key)
    if not page.items or "row_num" not in page.items[0]:
        return Verdict(NOT_TESTABLE, f"GET {op.path} items carry no row_num")
    rows = [i["row_num"] for i in page.items]
    totals = {i.get("total_rows") for i in page.items}
    return held_if(
        [
            (
                rows == list(range(3, 3 + len(rows))),
                f"GET {op.path}?page=2&page_size=2 row_num {rows} (expected from 3)",
            ),
            (
                totals == {page.total_entries},
                f"total_rows {sorted(map(str, totals))} vs total_entries {page.total_entries}",
            ),
        ]
    )

"""Probes of the spec's `x-assumption`s: each assumption is held, broken or not testable, with
evidence a user can send upstream (paths, statuses, codes; never keys or patient values).

Probes are matched to assumptions by the JSON pointer of the node that carries them; an
assumption with no probe is reported "not testable" and says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from contract_tests import spec as spec_mod
from contract_tests.api import Api, error_code, error_detail
from contract_tests.checks import availability, pagination, params
from contract_tests.checks.listings import (
    ListTarget,
    NotApplicable,
    QueryBuilder,
    fetch_all,
    fetch_page,
    with_params,
)
from contract_tests.spec import Assumption, ListOperation

HELD, BROKEN, NOT_TESTABLE = "held", "broken", "not testable"


@dataclass
class Verdict:
    verdict: str
    evidence: str


@dataclass
class ProbeContext:
    api: Api
    queries: QueryBuilder
    other: Api | None
    writes: bool


Probe = Callable[[ProbeContext, Assumption], Verdict]
_results: list[tuple[Assumption, Verdict]] = []


def results() -> list[tuple[Assumption, Verdict]]:
    return list(_results)


def record(assumption: Assumption, verdict: Verdict) -> None:
    _results.append((assumption, verdict))


def _status(api: Api, path: str, query: list[tuple[str, str]] | None = None, **kwargs: bool) -> str:
    response = api.get(path, query, **kwargs)
    code = error_code(response)
    return f"{response.status_code}{' ' + code if code else ''}"


def _simple_list(ctx: ProbeContext) -> ListOperation:
    """A list operation without required or path parameters that has at least 3 records."""
    for op in spec_mod.list_operations():
        if op.path_params or op.required_query:
            continue
        page = fetch_page(ctx.api, op.path, [("page_size", "1")], items_key=op.items_key)
        if page.total_entries >= 3:
            return op
    raise NotApplicable("no list operation without parameters has 3 or more records")


def _held_if(checks: list[tuple[bool, str]]) -> Verdict:
    broken = [text for ok, text in checks if not ok]
    if broken:
        return Verdict(BROKEN, "; ".join(broken))
    return Verdict(HELD, "; ".join(text for _, text in checks))


def probe_page(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = _simple_list(ctx)
    implicit = fetch_page(ctx.api, op.path, [("page_size", "2")], items_key=op.items_key)
    first = fetch_page(
        ctx.api, op.path, [("page", "1"), ("page_size", "2")], items_key=op.items_key
    )
    last = pagination.last_page(first.total_entries, 2)
    response = ctx.api.get(op.path, [("page", str(last + 1)), ("page_size", "2")])
    body = response.json() if response.status_code == 200 else {}
    items = body.get(op.items_key)
    prev = (body.get("links") or {}).get("previous")
    prev_page = [v for k, v in parse_qsl(urlsplit(prev).query) if k == "page"] if prev else []
    return _held_if(
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
    op = _simple_list(ctx)
    first = ctx.api.get(op.path, [("page", "1"), ("page_size", "2")]).json()
    last_no = pagination.last_page(first["total_entries"], 2)
    last = ctx.api.get(op.path, [("page", str(last_no)), ("page_size", "2")]).json()
    return _held_if(
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
    op = _simple_list(ctx)
    page = fetch_page(ctx.api, op.path, [("page", "2"), ("page_size", "2")], items_key=op.items_key)
    if not page.items or "row_num" not in page.items[0]:
        return Verdict(NOT_TESTABLE, f"GET {op.path} items carry no row_num")
    rows = [i["row_num"] for i in page.items]
    totals = {i.get("total_rows") for i in page.items}
    return _held_if(
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


def probe_error_envelope(ctx: ProbeContext, _: Assumption) -> Verdict:
    response = ctx.api.get("/patient/999999999")
    body = (
        response.json()
        if response.headers.get("content-type", "").startswith("application/json")
        else {}
    )
    return _held_if(
        [
            (
                response.status_code == 404 and bool(body.get("request_id")),
                f"GET /patient/999999999 → {response.status_code}, request_id {'present' if body.get('request_id') else 'absent'}",
            )
        ]
    )


def probe_error_detail(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = _simple_list(ctx)
    response = ctx.api.get(op.path, [("page", "0")])
    detail = error_detail(response)
    return _held_if(
        [
            (
                response.status_code == 400 and "page" in detail,
                f"GET {op.path}?page=0 → {response.status_code}, detail "
                + ("names `page`" if "page" in detail else f"{detail[:80]!r}"),
            )
        ]
    )


def probe_error_code(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = _simple_list(ctx)
    enum = set(
        spec_mod.model().document["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
    )
    seen = {
        f"GET {op.path}?page=0": error_code(ctx.api.get(op.path, [("page", "0")])),
        "GET /patient/999999999": error_code(ctx.api.get("/patient/999999999")),
        "GET /no_such_resource": error_code(ctx.api.get("/no_such_resource")),
    }
    return _held_if([(code in enum, f"{what} → code {code}") for what, code in seen.items()])


def probe_unauthorized(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = _simple_list(ctx)
    wrong = ctx.api.with_keys(subscriber_key="contract-wrong-key-0000")
    return _held_if(
        [
            (
                _status(wrong, op.path).startswith("401"),
                f"wrong A-api-key → {_status(wrong, op.path)}",
            ),
            (
                _status(ctx.api, op.path, subscriber=False).startswith("403"),
                f"missing A-api-key → {_status(ctx.api, op.path, subscriber=False)}",
            ),
        ]
    )


def probe_forbidden(ctx: ProbeContext, _: Assumption) -> Verdict:
    op = _simple_list(ctx)
    return _held_if(
        [
            (
                _status(ctx.api, op.path, vendor=False).startswith("403"),
                f"missing x-api-key → {_status(ctx.api, op.path, vendor=False)}",
            ),
            (
                _status(ctx.api, "/no_such_resource").startswith("403"),
                f"GET /no_such_resource → {_status(ctx.api, '/no_such_resource')}",
            ),
            (
                _status(ctx.api, op.path, [("page", "0")], vendor=False).startswith("403"),
                "missing key with page=0 → 403 before validation",
            ),
        ]
    )


def probe_not_found(ctx: ProbeContext, _: Assumption) -> Verdict:
    if ctx.other is None:
        return Verdict(NOT_TESTABLE, "needs a second subscriber key (PRACSUITE_SUBSCRIBER_KEY_2)")
    page = fetch_page(ctx.api, "/patient", [("page_size", "1")], items_key="patients")
    if not page.items:
        return Verdict(NOT_TESTABLE, "the first tenant has no patients")
    client_id, tenant = page.items[0]["client_id"], page.items[0].get("tenant_id")
    response = ctx.other.get(f"/patient/{client_id}")
    if response.status_code == 200 and response.json().get("tenant_id") != tenant:
        return Verdict(
            NOT_TESTABLE, "ids are per tenant: the other tenant has its own record with that id"
        )
    return _held_if(
        [
            (
                response.status_code == 404,
                f"tenant {tenant}'s patient read with the other key → {response.status_code}",
            )
        ]
    )


def probe_too_many(ctx: ProbeContext, _: Assumption) -> Verdict:
    seen = ctx.api.last_429
    if seen is None:
        return Verdict(
            NOT_TESTABLE,
            f"no 429 was answered during this run (at most {ctx.api.throttle.rps or 'unlimited'} requests/s)",
        )
    body = seen.body if isinstance(seen.body, dict) else {}
    retry = {k.lower(): v for k, v in seen.headers.items()}.get("retry-after")
    return _held_if(
        [
            (
                (body.get("error") or {}).get("code") == "TOO_MANY_REQUESTS",
                f"429 code {(body.get('error') or {}).get('code')}",
            ),
            (retry is not None and retry.isdigit(), f"Retry-After {retry!r}"),
        ]
    )


def _filter_query_ok(ctx: ProbeContext, op: ListOperation) -> list[tuple[bool, str]]:
    path, query = ctx.queries.path_for(op), ctx.queries.base_query(op)
    listing, _ = fetch_all(ctx.api, path, query, items_key=op.items_key)
    checks: list[tuple[bool, str]] = []
    for field, _fmt in op.filters:
        value = next(
            (
                params.field_value(i, field)
                for i in listing
                if params.field_value(i, field) is not None
            ),
            None,
        )
        if value is None:
            continue
        entry = f"{field}:eq:{params.format_value(value)}"
        response = ctx.api.get(path, [*query, ("q[]", entry)])
        checks.append(
            (response.status_code == 200, f"q[]={field}:eq:<seen value> → {response.status_code}")
        )
        if response.status_code == 200:
            try:
                params.check_filter(
                    ListTarget(ctx.api, op, path, query),
                    [(field, "eq", params.format_value(value))],
                    listing,
                )
                checks.append((True, f"{field}:eq results match"))
            except AssertionError as exc:
                checks.append((False, f"{field}:eq results differ ({str(exc)[:120]})"))
    bad = ctx.api.get(path, [*query, ("q[]", "no_such_field:eq:1")])
    checks.append((bad.status_code == 400, f"q[]=no_such_field:eq:1 → {bad.status_code}"))
    return checks


def probe_filters(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = _op_for(assumption)
    candidates = (
        [op]
        if isinstance(op, ListOperation) and op.filters
        else [o for o in spec_mod.list_operations() if o.filters]
    )
    for candidate in candidates:
        try:
            checks = _filter_query_ok(ctx, candidate)
        except NotApplicable:
            continue
        if op is None or op.operation_id == candidate.operation_id:
            return _held_if([(ok, f"{candidate.label} {text}") for ok, text in checks])
    return Verdict(NOT_TESTABLE, "no filterable operation had data")


def probe_list_operation(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    """Generic for a list operation's assumption: its filters and sort fields are accepted,
    its default order holds."""
    op = _op_for(assumption)
    if not isinstance(op, ListOperation):
        return Verdict(NOT_TESTABLE, "no probe for this assumption yet")
    try:
        path, query = ctx.queries.path_for(op), ctx.queries.base_query(op)
    except NotApplicable as exc:
        return Verdict(NOT_TESTABLE, str(exc))
    checks: list[tuple[bool, str]] = []
    for field in op.sort_fields:
        status = ctx.api.get(path, with_params(query, sort_by=f'["{field}"]')).status_code
        checks.append((status == 200, f'sort_by=["{field}"] → {status}'))
    if op.filters:
        checks += _filter_query_ok(ctx, op)
    if op.default_sort:
        try:
            params.check_default_order(ListTarget(ctx.api, op, path, query))
            checks.append((True, f"default order by {list(op.default_sort)}"))
        except AssertionError:
            checks.append((False, f"default order is not by {list(op.default_sort)}"))
    if not checks:
        return Verdict(NOT_TESTABLE, f"{op.label}: nothing in this assumption is probed yet")
    return _held_if(checks)


def probe_array_style(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = _op_for(assumption)
    name = _param_name(assumption)
    if (
        not isinstance(op, ListOperation)
        or name is None
        or name not in availability.PB_LEVEL_FILTERS
    ):
        return _not_probed(assumption)
    query = ctx.queries.base_query(op)
    items = availability.listing(ListTarget(ctx.api, op, op.path, query))
    field = availability.PB_LEVEL_FILTERS[name]
    values = sorted({i[field] for i in items})[:2]
    if len(values) < 2:
        return Verdict(NOT_TESTABLE, f"{op.label}: fewer than two {field} values in the window")
    joined = ",".join(map(str, values))
    response = ctx.api.get(op.path, [*query, (name, joined)])
    if response.status_code != 200:
        return Verdict(
            BROKEN, f"{name}={joined} → {response.status_code} {error_detail(response)[:80]}"
        )
    got = {i[field] for i in response.json()[op.items_key]}
    return _held_if(
        [
            (
                (got <= set(values) and len(got) > 1) or got == set(values),
                f"{name}={joined} → 200, {field}s {sorted(got)}",
            )
        ]
    )


def probe_availability(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    op = _op_for(assumption)
    if not isinstance(op, ListOperation) or op.date_window is None:
        return _not_probed(assumption)
    query = ctx.queries.base_query(op)
    items = availability.listing(ListTarget(ctx.api, op, op.path, query))
    checks: list[tuple[bool, str]] = []
    if op.operation_id in availability.PER_SLOT_OPERATIONS:
        grid = all(dt.datetime.fromisoformat(i["app_time"]).minute % 15 == 0 for i in items)
        checks.append(
            (
                grid,
                f"{len(items)} times all on a 15-minute grid"
                if grid
                else "times off the 15-minute grid",
            )
        )
        for a, b in availability.pick_and_pairs(op, items):
            if a[0] in (op.roster_flags or {}).get("params", []):
                try:
                    availability.check_and_semantics(ListTarget(ctx.api, op, op.path, query), a, b)
                    checks.append((True, f"{a[0]}=true&{b[0]}=true is the intersection"))
                except AssertionError as exc:
                    checks.append((False, str(exc)[:160]))
    else:
        per_pb: dict[object, int] = {}
        for item in items:
            per_pb[item["practitioner_business_id"]] = (
                per_pb.get(item["practitioner_business_id"], 0) + 1
            )
        once = all(n == 1 for n in per_pb.values())
        checks.append(
            (
                once,
                f"{len(per_pb)} practitioner_businesses, each {'once' if once else 'several times'}",
            )
        )
        listing_op = next(
            (
                o
                for o in spec_mod.list_operations()
                if o.operation_id in availability.PER_SLOT_OPERATIONS
            ),
            None,
        )
        if listing_op is not None:
            slots = availability.listing(ListTarget(ctx.api, listing_op, listing_op.path, query))
            earliest: dict[object, str] = {}
            for slot in slots:
                pb = slot["practitioner_business_id"]
                earliest[pb] = min(earliest.get(pb, slot["app_time"]), slot["app_time"])
            same = all(earliest.get(i["practitioner_business_id"]) == i["app_time"] for i in items)
            checks.append(
                (
                    same,
                    "each time is that practitioner_business's earliest in the list operation"
                    if same
                    else "some time is not the earliest listed",
                )
            )
    _, to_name, _ = availability.window_params(op)
    start = availability.window_start(op, query)
    backwards = ctx.api.get(
        op.path, with_params(query, **{to_name: (start - dt.timedelta(days=1)).isoformat()})
    )
    checks.append((backwards.status_code == 400, f"`to` before `from` → {backwards.status_code}"))
    verdict = _held_if(checks)
    if verdict.verdict == HELD and op.operation_id in availability.PER_SLOT_OPERATIONS:
        verdict.evidence += "; duration precedence not testable without the clinic's rule set"
    return verdict


def probe_patient_record(ctx: ProbeContext, _: Assumption) -> Verdict:
    items, _total = fetch_all(ctx.api, "/patient", [], items_key="patients")
    if not items:
        return Verdict(NOT_TESTABLE, "the tenant has no patients")
    stamps = all("created" in i and "modified" in i for i in items)
    return _held_if(
        [(stamps, f"{len(items)} patients {'all' if stamps else 'not all'} carry created/modified")]
    )


def probe_patient_create(ctx: ProbeContext, _: Assumption) -> Verdict:
    if not ctx.writes:
        return Verdict(NOT_TESTABLE, "needs writes (PRACSUITE_ALLOW_WRITES=1)")
    body = {
        "first_name": "Probe",
        "surname": "ContractProbe",
        "timezone": "Australia/Adelaide",
        "accepted_privacy_policy": True,
    }
    created = ctx.api.request("POST", "/patient", json_body=body)
    unknown = ctx.api.request("POST", "/patient", json_body={**body, "no_such_field": 1})
    got = created.json() if created.status_code == 201 else {}
    return _held_if(
        [
            (
                created.status_code == 201 and got.get("time_zone") == "Australia/Adelaide",
                f"create with `timezone` → {created.status_code}, answered as time_zone: {got.get('time_zone') == 'Australia/Adelaide'}",
            ),
            (
                got.get("accepted_privacy_policy") is True,
                "accepted_privacy_policy settable on create",
            ),
            (unknown.status_code == 422, f"unknown body field → {unknown.status_code}"),
        ]
    )


def probe_patient_edit(ctx: ProbeContext, _: Assumption) -> Verdict:
    if not ctx.writes:
        return Verdict(NOT_TESTABLE, "needs writes (PRACSUITE_ALLOW_WRITES=1)")
    created = ctx.api.request(
        "POST", "/patient", json_body={"first_name": "Probe", "surname": "ContractProbe"}
    )
    if created.status_code != 201:
        return Verdict(NOT_TESTABLE, f"could not create a patient ({created.status_code})")
    client_id = created.json()["client_id"]
    edited = ctx.api.request(
        "PATCH", f"/patient/{client_id}", json_body={"accepted_privacy_policy": False}
    )
    body = edited.json() if edited.status_code == 200 else {}
    return _held_if(
        [
            (
                edited.status_code == 200 and "client_id" in body and "surname" in body,
                f"PATCH → {edited.status_code}, whole record: {'client_id' in body and 'surname' in body}",
            )
        ]
    )


def _not_probed(assumption: Assumption) -> Verdict:
    return Verdict(NOT_TESTABLE, "no probe for this assumption yet")


def probe_untestable(reason: str) -> Probe:
    return lambda ctx, assumption: Verdict(NOT_TESTABLE, reason)


def _op_for(assumption: Assumption) -> spec_mod.Operation | None:
    match = re.match(r"^/paths/([^/]+)/(get|post|put|patch|delete)", assumption.pointer)
    if not match:
        return None
    path = match.group(1).replace("~1", "/").replace("~0", "~")
    return next(
        (op for op in spec_mod.operations() if op.path == path and op.method == match.group(2)),
        None,
    )


def _param_name(assumption: Assumption) -> str | None:
    match = re.match(r"^/paths/[^/]+/\w+/parameters/(\d+)$", assumption.pointer)
    op = _op_for(assumption)
    if not match or op is None:
        return None
    raw = op.raw.get("parameters", [])
    index = int(match.group(1))
    if index >= len(raw):
        return None
    param = spec_mod.resolve(spec_mod.load_spec(), raw[index])
    return str(param.get("name"))


# (pointer regex, text regex, probe): the first match wins.
PROBES: list[tuple[str, str, Probe]] = [
    (r"^/components/parameters/Page$", "", probe_page),
    (r"^/components/schemas/PaginationLinks$", "", probe_links),
    (r"^/components/schemas/ListMeta$", "", probe_list_meta),
    (r"^/components/schemas/ErrorEnvelope/properties/request_id$", "", probe_error_envelope),
    (r"^/components/schemas/Error/properties/detail$", "", probe_error_detail),
    (r"^/components/schemas/Error/properties/code$", "", probe_error_code),
    (r"^/components/responses/Unauthorized$", "", probe_unauthorized),
    (r"^/components/responses/Forbidden$", "", probe_forbidden),
    (r"^/components/responses/NotFound$", "", probe_not_found),
    (r"^/components/responses/TooManyRequests$", "", probe_too_many),
    (r"^/components/parameters/QueryFilters$", "", probe_filters),
    (r"/parameters/\d+$", r"q\[\]", probe_filters),
    (r"/parameters/\d+$", r"comma-separated", probe_array_style),
    (r"^/components/schemas/Patient$", "", probe_patient_record),
    (r"^/components/schemas/PatientCreate$", "", probe_patient_create),
    (r"^/paths/~1patient~1\{[^}]+\}/patch$", "", probe_patient_edit),
    (r"^/paths/[^/]+/get$", r"roster|earliest|practitioner_business", probe_availability),
    (r"^/paths/[^/]+/get$", "", probe_list_operation),
    (r"^/info$", "", probe_untestable("a documentation choice, not behaviour")),
]


def probe_for(assumption: Assumption) -> Probe:
    for pointer, text, probe in PROBES:
        if re.search(pointer, assumption.pointer) and re.search(text, assumption.text):
            return probe
    return lambda ctx, a: _not_probed(a)


def run(ctx: ProbeContext, assumption: Assumption) -> Verdict:
    try:
        verdict = probe_for(assumption)(ctx, assumption)
    except NotApplicable as exc:
        verdict = Verdict(NOT_TESTABLE, str(exc))
    record(assumption, verdict)
    return verdict


def unique_assumptions() -> list[tuple[Assumption, int]]:
    """Each assumption of the spec (one per node: `pracsuite_spec.Spec.assumptions`) with how
    many places of the document carry it."""
    return [(a, len(a.pointers) or 1) for a in spec_mod.assumptions()]


def write_report(path: Path, *, target: str) -> None:
    rows = results()
    counts = {v: sum(1 for _, r in rows if r.verdict == v) for v in (HELD, BROKEN, NOT_TESTABLE)}
    lines = [
        f"# Assumption probes against `{target}`",
        "",
        "Every `x-assumption` of the PracSuite OpenAPI description (the choices it makes where the",
        "reference is silent), probed against the API. Evidence names requests and statuses only.",
        "",
        f"{counts[HELD]} held · {counts[BROKEN]} broken · {counts[NOT_TESTABLE]} not testable",
        "",
        "| pointer | assumption | verdict | evidence |",
        "|---|---|---|---|",
    ]
    for assumption, verdict in rows:
        text = assumption.text.replace("|", "\\|")
        evidence = verdict.evidence.replace("|", "\\|").replace("\n", " ")
        mark = {"held": "held", "broken": "**broken**", "not testable": "not testable"}[
            verdict.verdict
        ]
        lines.append(f"| `{assumption.pointer}` | {text} | {mark} | {evidence} |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

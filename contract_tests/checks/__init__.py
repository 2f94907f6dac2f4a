"""Named domain checks. A list check takes a `ListTarget` first (the API, the list operation,
its path and its smallest valid query: `QueryBuilder.target(op)`), then what it varies; the
others take an `Api` (a base URL plus keys). A failing check raises `CheckFailure`
(`contract_tests/failures.py`, `@check`): its operation, its name, what it expected, what came
(naming the parameters, never secrets or patient values), the request id and a curl.

| module | checks |
|---|---|
| `listings` | reading listings (one page, every page, item identity) and valid queries for any list operation (`QueryBuilder`) |
| `pagination` | pages concatenate to the listing, no duplicates, totals, links, beyond-last page, defaults |
| `params` | page/page_size bounds, `sort_by` applied (a second key breaks ties on the first), unknown sort field, `q[]` filters obeyed |
| `availability` | 7-day window, required type, AND semantics, manual default, times in window, durations |
| `patients` | `time_zone` IANA or null, `accepted_privacy_policy` null/true/false |
| `auth` | a missing key is 403, a wrong key 401, an unknown path 403 |
| `tenants` | one tenant's records are invisible to another, on every tenant-scoped list |
| `workflows` | write then read: booking takes a time, cancelling gives it back, bodies stored as sent |
| `strict` | our mock's strict profile: every documented field, nothing undocumented, live links |
| `freshness` | read-your-writes through an identical URL; keys and Host on URLs answered before |
| `memo` | availability searched twice: no answer depends on the searches before it |
| `integrity` | group capacity exactly, unknown/foreign references refused, removed entries' sub-lists gone, folders list their own attachments; `expect_documented`, and `expect_assumed` for a status only an `x-assumption` states (on live: reported, not failed) |
| `transport` | request bodies: over the size limit 413, not declared JSON 415, lone surrogates 422 |
| `kinds` | (mock) nulls sort last; links of one item of every kind in a list, `self` the same record |
| `limits` | (mock) over the rate limit 429 with Retry-After; a request head measured whole (431) |
"""

from contract_tests.checks import (
    auth,
    availability,
    pagination,
    params,
    patients,
    strict,
    tenants,
    workflows,
)
from contract_tests.checks.listings import ListTarget, QueryBuilder
from contract_tests.failures import CheckFailure, NotApplicable

__all__ = [
    "CheckFailure",
    "ListTarget",
    "NotApplicable",
    "QueryBuilder",
    "auth",
    "availability",
    "pagination",
    "params",
    "patients",
    "strict",
    "tenants",
    "workflows",
]

"""Availability searched twice: the answer to a search does not depend on which searches came
before it. Each query of a set is answered once right after a write (nothing computed before
it can be reused) and again after every other query of the set; the two answers must agree.
The set varies, over one week, each part of a search that changes its answer: the roster flags,
the practitioner and business filters, the client's account (its fee category).

A write does not make every target forget what it computed (our mock keeps its memos across a
patient's creation), so on the mock each variant is also asked first of a server of its own, made
fresh from the same seed (`check_search_from_scratch`): that is the answer from scratch, and a
memo keyed too coarsely shows as a later search of one server answering another variant's times.
A filter is also held to its meaning: a practitioner's (or business's) times are exactly the
unfiltered times of that practitioner (or business).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pracsuite_spec
from contract_tests.api import Api
from contract_tests.checks import patients
from contract_tests.checks.listings import QueryBuilder, fetch_all
from contract_tests.failures import check

AVAILABILITY = "listAvailableAppointments"
NEXT = "getNextAvailableAppointment"
Query = list[tuple[str, str]]


Answer = tuple[frozenset[tuple[Any, ...]], frozenset[tuple[Any, ...]]]


def _items(api: Api, operation_id: str, query: Query) -> frozenset[tuple[Any, ...]]:
    op = pracsuite_spec.load().operation(operation_id)
    assert op.listing is not None
    items, _ = fetch_all(api, op.path, query, items_key=op.items_key)
    return frozenset(
        (
            i["app_time"],
            i["practitioner_business_id"],
            i.get("duration"),
            i.get("practitioner_id"),
            i.get("business_id"),
        )
        for i in items
    )


def _who(time: tuple[Any, ...], position: str) -> Any:
    return time[3] if position == "practitioner" else time[4]


def _times(api: Api, query: Query) -> frozenset[tuple[Any, ...]]:
    return _items(api, AVAILABILITY, query)


def _answer(api: Api, query: Query) -> Answer:
    """The week's times, and the next available time of each practitioner_business."""
    return _times(api, query), _items(api, NEXT, query)


def variants(api: Api, queries: QueryBuilder) -> list[tuple[str, Query]]:
    """The week's base query, and copies varying one part each (two values of each filter)."""
    op = pracsuite_spec.load().operation(AVAILABILITY)
    assert op.listing is not None
    base = list(queries.window_query(op))
    times = _times(api, base)
    op_items, _ = fetch_all(api, op.path, base, items_key=op.items_key)
    out: list[tuple[str, Query]] = [("no filter", base)]
    out += [
        (f"{flag}=true", [*base, (flag, "true")]) for flag in ("online", "waiting_list", "manual")
    ]
    out.append(("online and waiting_list", [*base, ("online", "true"), ("waiting_list", "true")]))
    for field, param in (
        ("practitioner_id", "practitioner_ids"),
        ("business_id", "business_ids"),
        ("profession_id", "profession_ids"),
    ):
        values = sorted({i[field] for i in op_items if i.get(field) is not None})[:2]
        out += [(f"{param}=[{v}]", [*base, (param, str(v))]) for v in values]
    resources = api.get_json("/resource", [("page_size", "2")])["resources"]
    out += [
        (f"resource_ids=[{r['resource_id']}]", [*base, ("resource_ids", str(r["resource_id"]))])
        for r in resources
    ]
    for client_id, account_id in _accounts(api, 3):
        out.append(
            (
                f"client {client_id}, account {account_id}",
                [*base, ("client_id", str(client_id)), ("account_id", str(account_id))],
            )
        )
    assert times, "the week searched offers no time"
    return out


def _accounts(api: Api, count: int) -> list[tuple[int, int]]:
    """Clients of different fee categories, each with its first account."""
    listed = api.get_json("/patient", [("page_size", "30")])["patients"]
    found: dict[Any, tuple[int, int]] = {}
    for patient in listed:
        if patient.get("fee_cat_id") in found:
            continue
        accounts = api.get_json(f"/patient/{patient['client_id']}/account")["accounts"]
        if accounts:
            found[patient.get("fee_cat_id")] = (patient["client_id"], accounts[0]["account_id"])
        if len(found) >= count:
            break
    return list(found.values())[:count]


@check
def check_search_order_independent(api: Api, queries: QueryBuilder) -> None:
    """Each variant's times, computed fresh after a write, are the same after the others."""
    chosen = variants(api, queries)
    fresh: dict[str, Answer] = {}
    for name, query in chosen:
        patients.create_patient(api)  # a write: the target may keep nothing computed before
        fresh[name] = _answer(api, query)
        times, earliest = fresh[name]
        assert earliest == _earliest(times), (
            f"GET /next_available_appointment ({name}) is not the earliest time of each "
            "practitioner_business that List Available Appointments answers"
        )
    for name, query in chosen:
        again = _answer(api, query)
        for n, path in enumerate(("/available_appointments", "/next_available_appointment")):
            assert again[n] == fresh[name][n], (
                f"GET {path} ({name}) answers {len(again[n])} times after other searches of "
                f"the same week, {len(fresh[name][n])} when searched first"
            )


def _earliest(times: frozenset[tuple[Any, ...]]) -> frozenset[tuple[Any, ...]]:
    first: dict[Any, tuple[Any, ...]] = {}
    for item in sorted(times, key=lambda t: str(t[0])):
        first.setdefault(item[1], item)
    return frozenset(first.values())


def distinct_answers(api: Api, queries: QueryBuilder) -> int:
    """How many different answers the variants give (the check is only as strong as this)."""
    return len({_times(api, q) for _, q in variants(api, queries)})


@check
def check_search_from_scratch(fresh: Callable[[], Api]) -> None:
    """(mock) Each variant answers, after every other variant of the week, forward and in reverse,
    what it answers first of a fresh server; filtered times are the unfiltered times filtered."""
    first = fresh()
    chosen = variants(first, QueryBuilder(first))
    scratch = {name: _answer(fresh(), query) for name, query in chosen}
    _filters_mean_what_they_say(chosen, scratch)
    for order in ("forward", "reverse"):
        api = fresh()
        for name, query in chosen if order == "forward" else chosen[::-1]:
            got = _answer(api, query)
            for n, path in enumerate(("/available_appointments", "/next_available_appointment")):
                assert got[n] == scratch[name][n], (
                    f"GET {path} ({name}) answers {len(got[n])} times after the week's other "
                    f"searches ({order}), {len(scratch[name][n])} when searched first"
                )


def _filters_mean_what_they_say(
    chosen: list[tuple[str, Query]], scratch: dict[str, Answer]
) -> None:
    base = scratch["no filter"][0]
    for name, query in chosen:
        extra = dict(query[len(chosen[0][1]) :])
        for param, position in (("practitioner_ids", "practitioner"), ("business_ids", "business")):
            if set(extra) != {param}:
                continue
            wanted = int(extra[param])
            got = scratch[name][0]
            expected = {t for t in base if _who(t, position) == wanted}
            assert got == expected, (
                f"GET /available_appointments ({name}) answers {len(got)} times; the unfiltered "
                f"search has {len(expected)} of that {position}"
            )

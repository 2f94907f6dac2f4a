"""The live precision rule, mechanically: a response-schema violation is an assumption broken when
an `x-assumption` sits at or above the constraint (for `required`, the missing property's own
node), else a documented fact contradicted; domain assumptions are enforced on the mock only."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import pracsuite_spec
from contract_tests import precision
from contract_tests.failures import AssumptionBroken, ContradictedFact, Exchange
from contract_tests.run_state import RunState

SPEC = pracsuite_spec.load()
PATIENTS = SPEC.operation("listPatients")
NOTES = SPEC.operation("listNotes")
LINKS = {"self": "https://api.example/v1/x?page=1", "previous": None, "next": None}


def _kinds(found: list[precision.Violation]) -> set[tuple[str, str | None]]:
    return {(v.constraint, v.assumption.pointer if v.assumption else None) for v in found}


def test_an_error_with_title_and_no_detail_meets_the_documented_envelope() -> None:
    body = {"error": {"status": 400, "code": "INVALID_PARAMS", "title": "Invalid Params"}}
    assert (
        precision.violations(
            PATIENTS, 400, {**body, "request_id": "3f1c9a52-8d0e-4c57-9a43-1d5b2f0e7c11"}
        )
        == []
    )


def test_an_undocumented_error_code_breaks_an_assumption_not_a_documented_fact() -> None:
    found = precision.violations(PATIENTS, 400, {"error": {"code": "BAD_THING"}})
    assert _kinds(found) == {
        (
            "/components/schemas/Error/properties/code/enum",
            "/components/schemas/Error/properties/code",
        )
    }


def test_missing_total_entries_contradicts_a_documented_fact() -> None:
    found = precision.violations(PATIENTS, 200, {"patients": [], "links": LINKS})
    assert [v.documented for v in found] == [True]
    assert found[0].constraint.endswith("/schema/properties/total_entries")
    assert found[0].doc_page.endswith("/patient/listpatients-get")


def test_missing_links_where_only_the_overview_shows_them_is_an_assumption() -> None:
    """`required: [notes, total_entries, links]` is one keyword: the rule looks at the missing
    property's own node, so `links` is assumed while `total_entries` stays documented."""
    found = precision.violations(NOTES, 200, {"notes": []})
    by_property = {v.constraint.rsplit("/", 1)[1]: v for v in found}
    assert set(by_property) == {"total_entries", "links"}
    assert by_property["total_entries"].documented
    links = by_property["links"].assumption
    assert links is not None and "overview" in links.text


def test_messages_never_quote_the_value() -> None:
    body = {"patients": [{"client_id": "Alex Example"}], "total_entries": 1, "links": LINKS}
    found = precision.violations(PATIENTS, 200, body)
    assert found and all("Alex" not in v.describe() for v in found)


def test_live_check_raises_only_for_documented_facts_and_records_the_rest(
    live_run: RunState,
) -> None:
    # an unknown code and a request id that is no UUID: both assumptions, so no failure
    precision.check_response(
        "GET", "/patient", 400, {"error": {"code": "X"}, "request_id": "r-2"}, Exchange(None, "r-2")
    )
    assert [b.assumption.pointer for b in live_run.ledger.broken] == [
        "/components/schemas/Error/properties/code",
        "/components/schemas/ErrorEnvelope/properties/request_id",
    ]
    assert {b.request_id for b in live_run.ledger.broken} == {"r-2"}
    with pytest.raises(ContradictedFact, match="total_entries") as raised:
        precision.check_response("GET", "/patient", 200, {"patients": [], "links": LINKS})
    assert live_run.ledger.contradicted == [raised.value]
    assert raised.value.operation == "GET /patient"
    assert raised.value.doc_page.endswith("/patient/listpatients-get")


def _refused() -> httpx.Response:
    request = httpx.Request("GET", "https://api.example/v1/patient?page=0", headers=KEYS)
    body = {"error": {"code": "INVALID_PARAMS", "detail": "bad"}, "request_id": "0a1b2c3d-0000"}
    return httpx.Response(400, json=body, headers={"x-request-id": "hdr-0a1b"}, request=request)


KEYS = {"x-api-key": "vendor-secret-1", "A-api-key": "subscriber-secret-1"}


def test_a_domain_assumption_is_enforced_on_the_mock(mock_run: RunState) -> None:
    message = "GET /patient?page=0 -> 400 INVALID_PARAMS: bad"
    with pytest.raises(AssumptionBroken, match="assumption /components/schemas/Error") as raised:
        precision.assumed(False, precision.DETAIL_NAMES_PARAMETER, message, _refused())
    assert raised.value.assumption.pointer == precision.DETAIL_NAMES_PARAMETER
    assert mock_run.ledger.broken == []


def test_a_domain_assumption_is_reported_live_with_the_answers_request_id(
    live_run: RunState,
) -> None:
    message = "GET /patient?page=0 -> 400 INVALID_PARAMS: bad"
    precision.assumed(False, precision.DETAIL_NAMES_PARAMETER, message, _refused())
    [broken] = live_run.ledger.broken
    assert broken.assumption.pointer == precision.DETAIL_NAMES_PARAMETER
    assert broken.got.startswith(message)
    assert broken.request_id == "hdr-0a1b"  # the header, not a pattern found in a message
    assert broken.curl is not None and "$PRACSUITE_VENDOR_KEY" in broken.curl
    assert "secret" not in broken.curl


def test_every_pointer_a_domain_check_names_carries_an_assumption() -> None:
    for pointer in (precision.DETAIL_NAMES_PARAMETER, precision.DEFAULT_ORDER):
        assert precision.assumption_at(pointer).pointer == pointer


def test_the_rule_maps_every_constraint_of_every_response_schema() -> None:
    """Walk each documented response schema with an empty object: every error is classified
    (no KeyError from a path the walk cannot follow)."""
    for op in SPEC.operations:
        for status in op.responses:
            if str(status).isdigit():
                body: Any = {}
                for v in precision.violations(op, int(status), body):
                    assert v.constraint.startswith("/")


@precision.rests_on()
def _availability_rule(op: Any) -> None:
    raise AssertionError(
        "GET /available_appointments: online=true&manual=true is not the intersection"
    )


def test_a_test_resting_on_an_assumption_fails_on_the_mock(mock_run: RunState) -> None:
    import pracsuite_spec

    with pytest.raises(AssertionError, match="intersection"):
        _availability_rule(op=pracsuite_spec.load().operation("listAvailableAppointments"))


def test_a_test_resting_on_an_assumption_xfails_live_and_reports_it(live_run: RunState) -> None:
    import pracsuite_spec

    with pytest.raises(pytest.xfail.Exception, match="assumption /paths/~1available_appointments"):
        _availability_rule(op=pracsuite_spec.load().operation("listAvailableAppointments"))
    assert [b.assumption.pointer for b in live_run.ledger.broken] == [
        "/paths/~1available_appointments/get"
    ]

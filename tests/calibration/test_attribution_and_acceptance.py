"""Each difference says which side disagrees with the spec, and `openapi/calibration.yaml`
accepts a difference only with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import pracsuite_spec
from contract_tests.calibration import accepted, attribution
from contract_tests.calibration.compare import Difference, Side, compare

SPEC = pracsuite_spec.load()
GET_PATIENT = SPEC.find("get", "/patient/{client_id}")


def _patient(**overrides: Any) -> dict[str, Any]:
    example = {
        "links": {"self": "{base}/patient/1"},
        "client_id": 1,
        "tenant_id": 1,
        "first_name": "A",
        "surname": "B",
        "accepted_privacy_policy": None,
        "time_zone": "Australia/Sydney",
    }
    return {**example, **overrides}


def _attribute(
    live: Any, mock: Any, status: tuple[int, int] = (200, 200)
) -> list[tuple[str, str, str]]:
    a, b = Side(status[0], {}, live), Side(status[1], {}, mock)
    return [
        (
            category,
            pointer,
            attribution.attribute(
                category, pointer, operation=GET_PATIENT, query="", live=a, mock=b
            ),
        )
        for category, pointer, _, _ in compare(a, b, listing=None, documented_headers=frozenset())
    ]


def test_a_side_that_breaks_the_schema_is_the_one_named() -> None:
    assert _attribute(_patient(client_id="one"), _patient()) == [
        ("shape", "/client_id", attribution.LIVE)
    ]
    assert _attribute(_patient(), _patient(client_id="one")) == [
        ("shape", "/client_id", attribution.MOCK)
    ]
    assert _attribute(_patient(zz_new="x"), _patient()) == [
        ("shape", "/zz_new", attribution.SILENT)
    ]


def test_a_missing_required_member_blames_that_member_only() -> None:
    live = {k: v for k, v in _patient(zz_new="x").items() if k != "surname"}
    assert sorted(_attribute(live, _patient())) == [
        ("shape", "/surname", attribution.LIVE),
        ("shape", "/zz_new", attribution.SILENT),
    ]


def test_an_undocumented_status_is_drift() -> None:
    assert _attribute({}, _patient(), status=(418, 200)) == [("status", "", attribution.LIVE)]


def _difference() -> Difference:
    return Difference("shape", "GET /patient", "/patients/3/zz", "x", "<absent>", "GET /patient")


def test_an_accepted_difference_carries_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "calibration.yaml"
    path.write_text(
        "accepted:\n  - {category: shape, operation: 'GET *', pointer: /patients/*/zz,"
        " reason: 'vendor extension, ticket 12'}\n",
        encoding="utf-8",
    )
    assert accepted.reason_for(_difference(), accepted.load(path)) == "vendor extension, ticket 12"
    other = Difference("values", "GET /patient", "/patients/3/zz", 1, 2, "GET /patient")
    assert accepted.reason_for(other, accepted.load(path)) is None


def test_an_acceptance_without_a_reason_fails_the_load(tmp_path: Path) -> None:
    path = tmp_path / "calibration.yaml"
    path.write_text("accepted:\n  - {category: shape, operation: x, pointer: /a}\n")
    with pytest.raises(accepted.BadAcceptance, match="reason"):
        accepted.load(path)


def test_the_repository_acceptances_load() -> None:
    assert isinstance(accepted.load(), list)

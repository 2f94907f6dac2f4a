"""The fuzz campaign seeds schemathesis with ids the mock holds (its docs' remedy for "missing
test data"), so every operation whose path or body names a record answers 2xx at least once;
without them the campaign ended in warnings (6 operations only ever 404, Create Clinical Note
Memo only ever 422)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from schemathesis.config import SchemathesisConfig

import pracsuite_spec
from contract_tests import fuzz
from contract_tests.fuzz_hooks import fresh_member
from pracsuite_mock.embed import in_process_client

# Each pinned operation, how to call it with the pinned values, and the status that proves the
# values lead to a record.
PINNED_CALLS = {
    "getGroupAppointment": ("GET", "/group_appointment/{appointment_id}", 200),
    "listGroupAppointmentMembers": ("GET", "/group_appointment/{appointment_id}/appointment_client", 200),
    "listResourcesByGroupAppointment": ("GET", "/group_appointment/{appointment_id}/resource", 200),
    "getNote": ("GET", "/note/{appointment_id}", 200),
    "listResourcesByNote": ("GET", "/note/{appointment_id}/resource", 200),
}  # fmt: skip


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with in_process_client() as c:
        yield c


def _blocks(text: str) -> list[dict[str, Any]]:
    return list(tomllib.loads(text)["operations"])


def _parameters_for(blocks: list[dict[str, Any]], operation_id: str) -> dict[str, Any]:
    found = [
        b["parameters"]
        for b in blocks
        if re.search(b.get("include-operation-id-regex", "^$"), operation_id)
    ]
    assert len(found) == 1, (operation_id, found)
    return dict(found[0])


def test_pinned_path_ids_lead_to_records(client: httpx.Client) -> None:
    blocks = _blocks(fuzz.known_data(client, pracsuite_spec.load().document))
    for operation_id, (method, path, status) in PINNED_CALLS.items():
        params = _parameters_for(blocks, operation_id)
        r = client.request(method, path.format(**params))
        assert r.status_code == status, (operation_id, r.text)
    params = _parameters_for(blocks, "addGroupAppointmentMember")
    r = client.post(
        f"/group_appointment/{params['appointment_id']}/add_group_member", json={"client_id": 1}
    )
    assert r.status_code == 201, r.text


def test_pinned_memo_body_is_accepted(client: httpx.Client) -> None:
    blocks = _blocks(fuzz.known_data(client, pracsuite_spec.load().document))
    pinned = _parameters_for(blocks, "createClinicalNoteMemo")
    body = {key.removeprefix("body."): value for key, value in pinned.items()}
    assert body["attachment_client_ids"], "patient 1 should have an attachment to link"
    r = client.post("/clinical_note_memo", json={**body, "memo": "x"})
    assert r.status_code == 201, r.text


def test_campaign_config_loads_in_schemathesis(client: httpx.Client) -> None:
    text = fuzz.config_text() + fuzz.known_data(client, pracsuite_spec.load().document)
    config = SchemathesisConfig.from_str(text)
    assert config.projects.default is not None


def _member_case(body: Any, group: Any = 3) -> Any:
    return SimpleNamespace(body=body, path_parameters={"appointment_id": group})


def test_member_hook_books_a_fresh_patient_per_case() -> None:
    members, groups = iter([7, 8]), iter([52, 68])
    first = fresh_member(_member_case({"client_id": 1, "notes": "x"}), members, groups)
    second = fresh_member(_member_case({"client_id": 1}), members, groups)
    assert (first.body, second.body) == ({"client_id": 7, "notes": "x"}, {"client_id": 8})
    assert (first.path_parameters, second.path_parameters) == (
        {"appointment_id": 52},
        {"appointment_id": 68},
    )


def test_member_hook_leaves_an_invalid_client_id_invalid() -> None:
    for body in ({"client_id": 0}, {"client_id": "1"}, {"client_id": True}, {}, [1], None):
        members, groups = iter([7]), iter([52])
        case = fresh_member(_member_case(body), members, groups)
        assert (case.body, case.path_parameters) == (body, {"appointment_id": 3})
        assert (next(members), next(groups)) == (7, 52)  # not consumed
    members, groups = iter([7]), iter([52])
    case = fresh_member(_member_case({"client_id": 1}, group="x"), members, groups)
    assert case.path_parameters == {"appointment_id": "x"}  # an invalid group stays invalid


def test_only_group_booking_is_spared_the_warnings(client: httpx.Client) -> None:
    blocks = _blocks(fuzz.known_data(client, pracsuite_spec.load().document))
    quiet = [b for b in blocks if "warnings" in b]
    assert quiet == [{"include-operation-id": "addGroupAppointmentMember", "warnings": False}]


def test_the_hooks_the_campaign_loads_run_outside_a_contract_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The campaign is schemathesis's own command line with our hooks: no contract run is
    active there, and a hook that asks for one errors every case (212 errors, 0 failures)."""
    from contract_tests import run_state, schemathesis_setup

    monkeypatch.setattr(run_state, "_active", [])
    assert run_state.active() is None
    case = SimpleNamespace(method="get", operation=SimpleNamespace(path="/patient"))
    schemathesis_setup.after_call(SimpleNamespace(), case, SimpleNamespace())  # type: ignore[arg-type]

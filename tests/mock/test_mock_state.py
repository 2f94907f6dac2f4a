"""A `MockState` owns what it computes from its spec and store: two mocks in one process, on
different specs, answer each by its own spec and share no cache."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

import pracsuite_spec
from pracsuite_mock import MockConfig, create_app
from pracsuite_mock.app import MockState
from pracsuite_mock.embed import DEMO_HEADERS, asgi_client

DROPPED = "home_phone"  # a Patient property the second spec does not have


def narrower_patient_wider_window(folder: Path) -> Path:
    """The bundle without Patient's `home_phone` and with 14-day availability windows."""
    document = copy.deepcopy(pracsuite_spec.load().document)
    patient = document["components"]["schemas"]["Patient"]
    del patient["properties"][DROPPED]
    patient["required"] = [name for name in patient.get("required", []) if name != DROPPED]
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-date-window" in operation:
                operation["x-date-window"]["max_days"] = 14
    path = folder / "other.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


TEN_DAYS = {"from": "2026-02-02", "to": "2026-02-11", "appointment_type_id": 2}


def test_two_mocks_on_different_specs_answer_each_by_its_own(tmp_path: Path) -> None:
    apps = [
        create_app(MockConfig()),
        create_app(MockConfig(spec_path=str(narrower_patient_wider_window(tmp_path)))),
    ]
    clients = [
        asgi_client(app, base_url="http://testserver/v1", headers=DEMO_HEADERS) for app in apps
    ]
    with clients[0] as default, clients[1] as other:
        for _ in range(2):  # the second round is answered from whatever each mock kept
            assert DROPPED in default.get("/patient/1").json()
            assert DROPPED not in other.get("/patient/1").json()
            assert default.get("/available_appointments", params=TEN_DAYS).status_code == 400
            assert other.get("/available_appointments", params=TEN_DAYS).status_code == 200

    states: list[MockState] = [app.state.mock for app in apps]
    first, second = states
    assert first.spec is not second.spec
    for owned in ("shapes", "validators", "availability", "answers", "store", "router"):
        assert getattr(first, owned) is not getattr(second, owned), f"{owned} is shared"
    assert first.shapes.spec is first.spec and second.shapes.spec is second.spec


def test_each_mock_builds_its_own_availability_index(tmp_path: Path) -> None:
    apps = [create_app(MockConfig(answer_cache=False)) for _ in range(2)]
    with asgi_client(apps[0], base_url="http://testserver/v1", headers=DEMO_HEADERS) as client:
        week = {**TEN_DAYS, "to": "2026-02-08"}
        assert client.get("/available_appointments", params=week).status_code == 200
    assert apps[0].state.mock.availability.builds == 1
    assert apps[1].state.mock.availability.builds == 0

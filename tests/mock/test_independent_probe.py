"""Mock defects an independent tester found (issue 9 re-run: schemathesis from its command line
plus probes by hand). Each test states the spec's rule; each failed on the mock it was found on."""

from __future__ import annotations

import httpx


def _groups(client: httpx.Client) -> list[dict[str, object]]:
    page = client.get("/group_appointment", params={"page_size": 100})
    assert page.status_code == 200, page.text
    groups = page.json()["group_appointments"]
    assert groups, "the seed has group appointments"
    return list(groups)


def test_seeded_group_appointments_are_of_group_types(client: httpx.Client) -> None:
    for group in _groups(client):
        kind = client.get(f"/appointment_type/{group['appointment_type_id']}").json()
        assert kind["group_appointment"] is True, (group["appointment_id"], kind)
        assert kind["group_max_size"] > 1, (group["appointment_id"], kind)


def test_a_seeded_group_takes_two_patients(client: httpx.Client) -> None:
    group = _groups(client)[0]["appointment_id"]
    path = f"/group_appointment/{group}/add_group_member"
    first = client.post(path, json={"client_id": 1})
    second = client.post(path, json={"client_id": 2})
    assert (first.status_code, second.status_code) == (201, 201), second.text
    members = client.get(f"/group_appointment/{group}/appointment_client").json()
    assert {m["client_id"] for m in members["appointment_clients"]} == {1, 2}

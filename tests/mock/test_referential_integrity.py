"""References that lead nowhere: group members, attachments of a missing patient and accounts of
another patient are refused with a documented status."""

from __future__ import annotations

import httpx

from pracsuite_mock.embed import (
    DEMO_HEADERS_TENANT_2,
)


def _entry(c: httpx.Client, category: str) -> int:
    book = c.get("/appointment_book", params={"page_size": 100}).json()["data"]
    return next(e["appointment_id"] for e in book if e["category"] == category)


def test_add_group_member_checks_the_group_patient_and_tenant(client: httpx.Client) -> None:
    group, plain = _entry(client, "Group"), _entry(client, "Patient")
    path = f"/group_appointment/{group}/add_group_member"
    assert (
        client.post("/group_appointment/99999/add_group_member", json={"client_id": 1}).status_code
        == 404
    )
    assert (
        client.post(
            f"/group_appointment/{plain}/add_group_member", json={"client_id": 1}
        ).status_code
        == 404
    )
    assert client.post(path, json={"client_id": 99999}).status_code == 422
    assert (
        client.post(path, json={"client_id": 1}, headers=DEMO_HEADERS_TENANT_2).status_code == 404
    )
    created = client.post(path, json={"client_id": 1})
    assert created.status_code == 201, created.text
    assert created.json()["appointment_id"] == group
    assert client.post(path, json={"client_id": 1}).status_code == 422  # already a member


def test_group_members_list_answers_for_groups_only(client: httpx.Client) -> None:
    group, plain = _entry(client, "Group"), _entry(client, "Patient")
    client.post(f"/group_appointment/{group}/add_group_member", json={"client_id": 2})
    members = client.get(f"/group_appointment/{group}/appointment_client")
    assert members.status_code == 200
    assert [m["client_id"] for m in members.json()["appointment_clients"]] == [2]
    assert client.get(f"/group_appointment/{plain}/appointment_client").status_code == 404


def test_attachment_upload_for_a_missing_patient_is_404(client: httpx.Client) -> None:
    body = {"file_name": "referral.pdf"}
    assert client.post("/patient/99999/patient_attachment", json=body).status_code == 404
    assert client.post("/patient/1/patient_attachment", json=body).status_code == 201


def test_patient_account_honours_the_account_id(client: httpx.Client) -> None:
    own = client.get("/patient/1/account").json()["accounts"][0]["account_id"]
    other = client.get("/patient/2/account").json()["accounts"][0]["account_id"]
    assert client.get(f"/patient/1/account/{own}").json()["account_id"] == own
    assert client.get(f"/patient/1/account/{other}").status_code == 404
    assert client.get("/patient/1/account/99999").status_code == 404
    assert client.get(f"/patient/99999/account/{own}").status_code == 404

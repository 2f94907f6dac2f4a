"""Every link a record shows leads somewhere, and a record reads the same however it was made
(issue 9, "Links that lead nowhere" and "Shapes"): each test failed on the mock before."""

from __future__ import annotations

from collections.abc import Callable

import httpx

Check = Callable[[str, httpx.Response], None]


def _path(url: str) -> str:
    return url.split("/v1", 1)[1]


def test_created_patient_has_the_keys_of_a_seeded_one(client: httpx.Client) -> None:
    seeded = client.get("/patient/1").json()
    created = client.post("/patient", json={"first_name": "Ana", "surname": "Lo"}).json()
    assert set(created) == set(seeded)
    assert created["email"] is None  # explicit null, as seeded records show it


def test_created_appointment_has_the_keys_of_a_seeded_one(client: httpx.Client) -> None:
    seeded = client.get("/appointment", params={"page_size": 1}).json()["appointments"][0]
    offer = client.get(
        "/available_appointments",
        params={"from": "2026-01-12", "to": "2026-01-18", "appointment_type_id": 2},
    ).json()["available_times"][0]
    body = {
        "client_id": 1,
        "account_id": client.get("/patient/1/account").json()["accounts"][0]["account_id"],
        "appointment_type_id": 2,
        "app_time": offer["app_time"],
        "practitioner_business_id": offer["practitioner_business_id"],
        "duration": 30.0,  # JSON Schema's integer 30
    }
    r = client.post("/appointment", json=body)
    assert r.status_code == 201, r.text
    created = r.json()
    assert set(created) == set(seeded) - {"row_num", "total_rows"}
    assert created["duration"] == 30 and isinstance(created["duration"], int)
    assert '"duration":30,' in r.text or '"duration":30}' in r.text


def test_account_self_link_is_the_get_patient_account_path(client: httpx.Client) -> None:
    account = client.get("/patient/1/account").json()["accounts"][0]
    assert _path(account["links"]["self"]) == f"/patient/1/account/{account['account_id']}"
    assert client.get(_path(account["links"]["self"])).status_code == 200


def test_attachment_links_carry_the_id_and_download_redirects(client: httpx.Client) -> None:
    listed = client.get("/patient/1/patient_attachment").json()["patient_attachments"]
    assert listed, "the seed files an attachment for patient 1"
    links = listed[0]["links"]
    attachment_id = listed[0]["attachment_client_id"]
    assert _path(links["self"]) == f"/patient_attachment/{attachment_id}"
    content = client.get(_path(links["content"]), follow_redirects=False)
    assert content.status_code == 302
    # The mock's own storage, on the origin links are built from (storage.py).
    assert content.headers["location"].startswith("http://testserver/_storage/")
    presigned = client.get(_path(links["presign_url"]))
    assert presigned.status_code == 200
    assert set(presigned.json()) == {"url", "expires", "file_name"}


def test_patient_links_all_answer(client: httpx.Client, check_spec: Check) -> None:
    patient = client.get("/patient/1").json()
    for name, url in patient["links"].items():
        r = client.get(_path(url))
        assert r.status_code == 200, f"links.{name}: {r.status_code} {r.text[:200]}"


def test_billing_and_files_are_seeded(client: httpx.Client) -> None:
    for path, key in [
        ("/item_group", "item_groups"),
        ("/appointment_status", "appointment_statuses"),
        ("/patient/1/invoice", "invoices"),
        ("/payer/1/account", "accounts"),
        ("/payer/1/payer_contact", "payer_contacts"),
        ("/patient/1/patient_attachment_folder", "attachment_client_folders"),
    ]:
        body = client.get(path).json()
        assert body.get(key), f"{path} lists nothing"
    invoice = client.get("/patient/1/invoice").json()["invoices"][0]
    assert client.get(_path(invoice["links"]["self"])).status_code == 200


def test_note_and_group_resources_answer_for_their_own_kind_only(client: httpx.Client) -> None:
    note = client.get("/note", params={"page_size": 1}).json()["notes"][0]
    group = client.get("/group_appointment", params={"page_size": 1}).json()["group_appointments"][
        0
    ]
    assert client.get(f"/note/{note['appointment_id']}/resource").status_code == 200
    assert client.get(f"/group_appointment/{group['appointment_id']}/resource").status_code == 200
    assert client.get(f"/note/{group['appointment_id']}/resource").status_code == 404
    assert client.get(f"/group_appointment/{note['appointment_id']}/resource").status_code == 404


def test_generated_client_reads_the_inferred_operations(client: httpx.Client) -> None:
    from pracsuite_client import Client
    from pracsuite_client.api.invoice import list_invoices_by_patient
    from pracsuite_client.api.patient_attachment import list_patient_attachments_by_patient
    from pracsuite_client.models import ListInvoicesByPatientResponse200

    api = Client(base_url=str(client.base_url))
    api.set_httpx_client(client)
    invoices = list_invoices_by_patient.sync(1, client=api)
    assert isinstance(invoices, ListInvoicesByPatientResponse200)
    assert invoices.total_entries >= 1 and invoices.invoices[0].client_id == 1
    files = list_patient_attachments_by_patient.sync_detailed(1, client=api)
    assert files.status_code == 200

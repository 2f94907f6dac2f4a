"""Each error class, raised from a real mock response."""

from __future__ import annotations

import pytest
from client_support import CLINIC_1, VENDOR
from pracsuite_client.api.patient import create_patient, get_patient, list_patients
from pracsuite_client.models.patient_create import PatientCreate

import pracsuite

pytestmark = pytest.mark.http


def test_400_invalid_params(mock_client):
    with pytest.raises(pracsuite.InvalidParamsError) as info:
        list_patients.sync(client=mock_client.api, page_size=101)
    assert info.value.code == "INVALID_PARAMS"
    assert info.value.request_id


def test_401_unrecognised_key(mock_url):
    with (
        pracsuite.Client(vendor_key=VENDOR, subscriber_key="not-a-key", base_url=mock_url) as c,
        pytest.raises(pracsuite.AuthenticationError) as info,
    ):
        list_patients.sync(client=c.api)
    assert info.value.code == "UNAUTHORIZED"
    assert "not-a-key" not in str(info.value)


def test_403_unknown_endpoint(mock_client):
    with pytest.raises(pracsuite.PermissionDeniedError) as info:
        mock_client.api.get_httpx_client().get("/no_such_thing")
    assert info.value.code == "MISSING_AUTHENTICATION_TOKEN"


def test_404_not_found(mock_client):
    with pytest.raises(pracsuite.NotFoundError) as info:
        get_patient.sync(99999, client=mock_client.api)
    assert info.value.status == 404


def test_422_validation(mock_client):
    with pytest.raises(pracsuite.ValidationError) as info:
        create_patient.sync(client=mock_client.api, body=PatientCreate(first_name="A", surname=""))
    assert info.value.code == "INVALID_BODY"
    assert [field for field, _ in info.value.validation] == ["surname"]


def test_429_rate_limit(serve):
    url = serve("--rate-limit", "1/s")
    with (
        pracsuite.Client(
            vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=url, max_attempts=1
        ) as c,
        pytest.raises(pracsuite.RateLimitError) as info,
    ):
        for _ in range(5):
            list_patients.sync(client=c.api, page_size=1)
    assert info.value.retry_after is not None and info.value.retry_after >= 1


def test_5xx_server_error(serve):
    url = serve("--faults", "1")
    with pracsuite.Client(
        vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=url, max_attempts=1
    ) as c:
        for _ in range(100):
            try:
                list_patients.sync(client=c.api, page_size=1)
            except pracsuite.ServerError as exc:
                assert exc.status in (500, 502, 503)
                return
            except pracsuite.APIConnectionError:
                continue
    pytest.fail("no 5xx in 100 faulty requests")


def test_connection_error():
    from pracsuite_mock.embed import free_port

    url = f"http://127.0.0.1:{free_port()}/v1"
    with (
        pracsuite.Client(
            vendor_key=VENDOR, subscriber_key=CLINIC_1, base_url=url, sleep=lambda s: None
        ) as c,
        pytest.raises(pracsuite.APIConnectionError),
    ):
        list_patients.sync(client=c.api)

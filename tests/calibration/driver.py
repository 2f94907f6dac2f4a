"""A small recording driver: the reads (and one write) that show each planted drift, sent
through `Recorder` in process, in seconds rather than the suite's minutes. The suite's own
`--record` is tested end to end in `test_done_when.py`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from contract_tests.calibration.recording import Recorder, RunKeys
from contract_tests.targets import MOCK_KEYS
from pracsuite_mock.embed import asgi_client

BASE = "http://testserver/v1"
READS: list[tuple[str, dict[str, Any]]] = [
    ("/patient", {}),
    ("/patient", {"page": 2, "page_size": 20, "sort_by": json.dumps(["surname"])}),
    ("/patient/1", {}),
    ("/patient/999999", {}),  # 404
    ("/patient", {"page": "x"}),  # 400
    ("/reschedule_reason", {"page_size": 50}),
    ("/patient_contact", {"page_size": 3}),
]
# After the write: a created patient with no date of birth, for where nulls sort.
AFTER_WRITE: list[tuple[str, dict[str, Any]]] = [
    ("/patient", {"sort_by": json.dumps(["date_of_birth"]), "page_size": 100}),
]


def record(app: Any, directory: Path, *, writes: bool = True) -> Path:
    recorder = Recorder(
        directory, [BASE], RunKeys(MOCK_KEYS.vendor, MOCK_KEYS.subscriber, MOCK_KEYS.subscriber_2)
    )
    headers = {"x-api-key": MOCK_KEYS.vendor, "A-api-key": MOCK_KEYS.subscriber}
    with asgi_client(app, raise_app_exceptions=False) as client:

        def send(method: str, path: str, params: dict[str, Any], body: Any = None) -> None:
            response = client.request(
                method, BASE + path, params=params, json=body, headers=headers
            )
            recorder.record(
                method=method,
                url=str(response.request.url),
                request_headers=response.request.headers,
                request_body=response.request.content,
                status=response.status_code,
                response_headers=response.headers,
                content=response.content,
            )

        for path, params in READS:
            send("GET", path, params)
        send("GET", "/patient", {})  # a repeat: recorded noise, if any
        if writes:
            send("POST", "/patient", {}, {"first_name": "Nul", "surname": "Lastly"})
            for path, params in AFTER_WRITE:
                send("GET", path, params)
    recorder.close()
    return directory

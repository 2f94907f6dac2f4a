"""A recording holds what was exchanged and never a key; `--redact` pseudonymises the spec's
personal fields consistently; the folder ignores itself in git."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pracsuite_spec
from contract_tests.calibration.pseudonyms import TOKEN_PREFIX, Pseudonymiser
from contract_tests.calibration.recording import Recorder, RunKeys, read

KEYS = RunKeys("vendor-secret-1", "subscriber-secret-1", "subscriber-secret-2")
BASE = "https://api.example.com/v1"


def _record(recorder: Recorder, headers: dict[str, str], answer: object) -> None:
    recorder.record(
        method="GET",
        url=f"{BASE}/patient?page=1",
        request_headers={"accept": "application/json", **headers},
        request_body=None,
        status=200,
        response_headers={"content-type": "application/json", "set-cookie": "session=abc123"},
        content=json.dumps(answer).encode(),
    )


def test_keys_and_credentials_are_never_written(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path, [BASE], KEYS)
    _record(
        recorder,
        {"x-api-key": KEYS.vendor, "A-api-key": KEYS.subscriber, "Authorization": "Bearer tok-9"},
        {"ok": True},
    )
    _record(recorder, {"x-api-key": KEYS.vendor, "A-api-key": "wrong-key-1"}, {})
    _record(recorder, {"A-api-key": KEYS.subscriber_2 or ""}, {})
    recorder.close()
    text = (tmp_path / "exchanges.jsonl").read_text(encoding="utf-8")
    for secret in (
        KEYS.vendor,
        KEYS.subscriber,
        "subscriber-secret-2",
        "tok-9",
        "abc123",
        "wrong-key-1",
    ):
        assert secret not in text
    first, wrong, second = read(tmp_path)
    assert (first.path, first.query, first.base) == ("/patient", "page=1", BASE)
    assert first.auth == {"vendor": "run", "subscriber": "run"}
    assert wrong.auth == {"vendor": "run", "subscriber": "other"}
    assert second.auth == {"vendor": "absent", "subscriber": "second"}
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_redact_pseudonymises_personal_fields_consistently(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path, [BASE], KEYS, pseudonymise=Pseudonymiser.for_spec())
    patients = [
        {"client_id": 1, "first_name": "Alexandra", "surname": "Smith", "email": None},
        {"client_id": 2, "first_name": "Alexandra", "surname": "Jones", "email": "a@b.example"},
    ]
    _record(recorder, {}, {"patients": patients, "total_entries": 2})
    recorder.close()
    text = (tmp_path / "exchanges.jsonl").read_text(encoding="utf-8")
    for personal in ("Alexandra", "Smith", "Jones", "a@b.example"):
        assert personal not in text
    shown = read(tmp_path)[0].answer["patients"]
    assert shown[0]["first_name"] == shown[1]["first_name"]  # the same value, the same token
    assert shown[0]["surname"] != shown[1]["surname"]
    assert shown[0]["surname"].startswith(TOKEN_PREFIX)
    assert (shown[0]["client_id"], shown[0]["email"]) == (1, None)  # ids and nulls stay
    assert json.loads((tmp_path / "recording.json").read_text())["redacted"] is True


def test_redact_tokenises_filters_on_personal_fields_alike() -> None:
    pseudonymise = Pseudonymiser.for_spec()
    query = pseudonymise.query("q%5B%5D=surname%3Aeq%3ASmith&q%5B%5D=client_id%3Aeq%3A3&page=1")
    assert "Smith" not in query and "client_id%3Aeq%3A3" in query and "page=1" in query
    assert pseudonymise.token("Smith") in query.replace("%3A", ":").replace("%2D", "-")


def test_personal_fields_come_from_the_spec() -> None:
    fields = pracsuite_spec.load().personal_fields
    assert {"first_name", "surname", "date_of_birth", "email", "mobile"} <= fields
    assert not {"client_id", "tenant_id", "created"} & fields


def test_a_personal_field_that_is_no_property_fails_the_load() -> None:
    spec = pracsuite_spec.load()
    document = json.loads(json.dumps(spec.document))
    document["components"]["schemas"]["Patient"]["x-personal"] = ["first_nmae"]
    with pytest.raises(ValueError, match="first_nmae"):
        _ = pracsuite_spec.Spec(document).personal_fields


def test_reports_show_no_personal_value(tmp_path: Path) -> None:
    from contract_tests.calibration.calibrate import Outcome
    from contract_tests.calibration.compare import Difference
    from contract_tests.calibration.report import write

    answer = {"patients": [{"client_id": 1, "surname": "Smith"}], "total_entries": 1}
    difference = Difference(
        "values",
        "GET /patient",
        "/patients/0/surname",
        "Smith",
        "Smyth",
        request="GET /patient?q%5B%5D=surname%3Aeq%3ASmith",
        live_answer=answer,
        mock_answer=answer,
    )
    written = write(tmp_path, Outcome([difference], replayed=1), recording=tmp_path, target="t")
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "Smith" not in text and "Smyth" not in text, text
        assert "/patients/0/surname" in text

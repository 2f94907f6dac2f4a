"""The answer cache (`pracsuite_mock.answer_cache`): a cached answer is the computed answer, byte
for byte, until its tenant is written; then the very next read shows the write."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pracsuite_mock import MockConfig
from pracsuite_mock.answer_cache import Answers
from pracsuite_mock.app import MockState, create_app
from pracsuite_mock.cli import config_from, parse_args
from pracsuite_mock.embed import (
    DEMO_HEADERS,
    DEMO_HEADERS_TENANT_2,
    asgi_client,
    serve_in_background,
)
from pracsuite_mock.handlers import CLOCK_DEPENDENT
from pracsuite_mock.registry import resource_for
from pracsuite_spec import Spec

BASE = "http://testserver/v1"
Draw = Callable[[st.SearchStrategy[Any]], Any]


@dataclass
class Mock:
    client: httpx.Client
    state: MockState

    @property
    def answers(self) -> Answers:
        assert self.state.answers is not None
        return self.state.answers


@contextlib.contextmanager
def mock(config: MockConfig | None = None) -> Iterator[Mock]:
    app = create_app(config or MockConfig())
    with asgi_client(app, base_url=BASE, headers=DEMO_HEADERS) as client:
        yield Mock(client, app.state.mock)


@pytest.fixture(scope="module")
def shared() -> Iterator[Mock]:
    """One mock for the write properties: writes pile up, which only makes them harder."""
    with mock() as m:
        yield m


def cached_read(m: Mock, path: str, params: dict[str, Any] | None = None) -> Any:
    """Read twice; the second read must be a hit with the same bytes (else nothing is tested)."""
    first = m.client.get(path, params=params)
    assert first.status_code == 200, (path, first.text)
    hits = m.answers.hits
    second = m.client.get(path, params=params)
    assert m.answers.hits == hits + 1, f"{path} was not answered from the cache"
    assert second.content == first.content
    return first.json()


def pick(draw: Draw, items: list[Any]) -> Any:
    """One of `items` (which depend on the mock's state) by a drawn index, so what hypothesis
    draws is the same whatever earlier examples wrote."""
    assert items
    return items[draw(st.integers(0, 1_000)) % len(items)]


def read(m: Mock, path: str, params: dict[str, Any] | None = None, status: int = 200) -> Any:
    r = m.client.get(path, params=params)
    assert r.status_code == status, (path, r.text)
    return r.json()


NAMES = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=20
)
WEEKDAYS = st.sampled_from([dt.date(2026, 2, d).isoformat() for d in (2, 3, 4, 5, 6, 9, 10, 11)])
ALL = {"page_size": 100}


# One function per write operation of the spec: read what the write changes (through the
# cache), write, and check that the very next read shows it.
def create_patient(m: Mock, draw: Draw) -> None:
    before = cached_read(m, "/patient", ALL)
    surname = draw(NAMES)
    created = m.client.post("/patient", json={"first_name": "Ana", "surname": surname})
    assert created.status_code == 201, created.text
    after = read(m, "/patient", ALL)
    assert after["total_entries"] == before["total_entries"] + 1
    found = read(m, "/patient", {"q[]": f"surname:eq:{surname}", "page_size": 100})
    assert created.json()["client_id"] in [p["client_id"] for p in found["patients"]]


def edit_patient(m: Mock, draw: Draw) -> None:
    client_id = draw(st.sampled_from([1, 2, 3]))
    cached_read(m, f"/patient/{client_id}")
    cached_read(m, "/patient", ALL)
    name = draw(NAMES)
    edited = m.client.patch(f"/patient/{client_id}", json={"first_name": name})
    assert edited.status_code == 200, edited.text
    assert read(m, f"/patient/{client_id}")["first_name"] == name
    listed = {p["client_id"]: p["first_name"] for p in read(m, "/patient", ALL)["patients"]}
    assert listed[client_id] == name


def create_appointment(m: Mock, draw: Draw) -> None:
    day = dt.date.fromisoformat(draw(WEEKDAYS))
    while True:  # the next day with a free slot (earlier examples book some)
        query = {"from": day.isoformat(), "to": day.isoformat(), "appointment_type_id": 2}
        slots = cached_read(m, "/available_appointments", query)["available_times"]
        if slots:
            break
        day += dt.timedelta(days=1)
    slot = pick(draw, slots)
    mine = cached_read(m, "/patient/1/appointment", ALL)
    account = read(m, "/patient/1/account")["accounts"][0]["account_id"]
    body = {
        "client_id": 1,
        "account_id": account,
        "appointment_type_id": 2,
        "app_time": slot["app_time"],
        "practitioner_business_id": slot["practitioner_business_id"],
        "duration": slot["duration"],
    }
    created = m.client.post("/appointment", json=body)
    assert created.status_code == 201, created.text
    after = read(m, "/available_appointments", query)["available_times"]
    taken = (slot["app_time"], slot["practitioner_business_id"])
    assert taken not in {(t["app_time"], t["practitioner_business_id"]) for t in after}
    assert read(m, "/patient/1/appointment", ALL)["total_entries"] == mine["total_entries"] + 1


def _some_appointment(m: Mock, draw: Draw) -> int:
    listed = read(m, "/appointment", {"page_size": 10})["appointments"]
    return int(pick(draw, listed)["appointment_id"])


def edit_appointment(m: Mock, draw: Draw) -> None:
    appointment_id = _some_appointment(m, draw)
    current = cached_read(m, f"/appointment/{appointment_id}")["duration"]
    duration = pick(draw, [d for d in (15, 30, 45, 60, 90) if d != current])
    edited = m.client.patch(f"/appointment/{appointment_id}", json={"duration": duration})
    assert edited.status_code == 200, edited.text
    assert read(m, f"/appointment/{appointment_id}")["duration"] == duration


def remove_appointment(m: Mock, draw: Draw) -> None:
    appointment_id = _some_appointment(m, draw)
    cached_read(m, f"/appointment/{appointment_id}")
    before = cached_read(m, "/appointment", ALL)["total_entries"]
    removed = m.client.post(f"/appointment/{appointment_id}/cancel", json={})
    assert removed.status_code == 204, removed.text
    read(m, f"/appointment/{appointment_id}", status=404)
    assert read(m, "/appointment", ALL)["total_entries"] == before - 1


def reserve_appointment(m: Mock, draw: Draw) -> None:
    cached_read(m, "/rule_out", ALL)
    body = {
        "app_time": f"{draw(WEEKDAYS)}T{draw(st.integers(8, 16)):02d}:00:00",
        "practitioner_business_id": 1,
        "duration": 30,
        "rule_out": True,
    }
    reserved = m.client.post("/reserve_appointment", json=body)
    assert reserved.status_code == 201, reserved.text
    ids = [r["appointment_id"] for r in read(m, "/rule_out", ALL)["rule_outs"]]
    assert reserved.json()["appointment_id"] in ids


def create_note(m: Mock, draw: Draw) -> None:
    cached_read(m, "/note", ALL)
    anchor = read(m, "/appointment", {"page_size": 1})["appointments"][0]
    body = {
        "app_time": f"{draw(WEEKDAYS)}T09:00:00",
        "practitioner_id": anchor["practitioner_id"],
        "business_id": anchor["business_id"],
        "duration": 30,
        "description": draw(NAMES),
    }
    note = m.client.post("/note", json=body)
    assert note.status_code == 201, note.text
    ids = [n["appointment_id"] for n in read(m, "/note", ALL)["notes"]]
    assert note.json()["appointment_id"] in ids


def add_group_member(m: Mock, draw: Draw) -> None:
    groups = cached_read(m, "/group_appointment", ALL)["group_appointments"]
    first = draw(st.integers(0, 1_000))
    for n in range(len(groups)):  # the first group with a free place from a drawn one on
        group = groups[(first + n) % len(groups)]["appointment_id"]
        path = f"/group_appointment/{group}/appointment_client"
        members = cached_read(m, path, ALL)["appointment_clients"]
        if len(members) < 8:
            break
    else:
        pytest.skip("every group appointment is full")
    present = {member["client_id"] for member in members}
    client_id = pick(draw, [c for c in range(1, 41) if c not in present])
    added = m.client.post(
        f"/group_appointment/{group}/add_group_member", json={"client_id": client_id}
    )
    assert added.status_code == 201, added.text
    after = read(m, path, ALL)["appointment_clients"]
    assert client_id in {member["client_id"] for member in after}


def create_attachment_upload(m: Mock, draw: Draw) -> None:
    # Step one answers a presigned form and writes nothing; the file reaching storage (step two)
    # is the write: the very next read of the patient's attachments shows it.
    path = "/patient/1/patient_attachment"
    before = cached_read(m, path, ALL)
    created = m.client.post(path, json={"file_name": f"{draw(NAMES)}.pdf"})
    assert created.status_code == 201, created.text
    assert read(m, path, ALL) == before
    issued = created.json()
    stored = m.client.post(issued["url"], data=issued["fields"], files={"file": b"%PDF"})
    assert stored.status_code == 204, stored.text
    after = read(m, path, ALL)
    assert after["total_entries"] == before["total_entries"] + 1


def create_clinical_note_memo(m: Mock, draw: Draw) -> None:
    # No read shows memos (see test_no_read_shows_what_some_writes_keep); a memo still moves the
    # generation, so the next read is computed again.
    cached_read(m, "/patient/1")
    memo = m.client.post("/clinical_note_memo", json={"client_id": 1, "memo": draw(NAMES)})
    assert memo.status_code == 201, memo.text
    misses = m.answers.misses
    read(m, "/patient/1")
    assert m.answers.misses == misses + 1


WRITES: dict[str, Callable[[Mock, Draw], None]] = {
    "createPatient": create_patient,
    "editPatient": edit_patient,
    "createAppointment": create_appointment,
    "editAppointment": edit_appointment,
    "removeAppointment": remove_appointment,
    "reserveAppointment": reserve_appointment,
    "createNote": create_note,
    "addGroupAppointmentMember": add_group_member,
    "createPatientAttachmentUpload": create_attachment_upload,
    "createClinicalNoteMemo": create_clinical_note_memo,
}


def test_every_write_of_the_spec_is_exercised(spec: Spec) -> None:
    assert set(WRITES) == {op.operation_id for op in spec.operations if op.method != "get"}


def test_no_read_shows_what_some_writes_keep(spec: Spec) -> None:
    shown = {
        resource_for(op.success_schema_name or "").collection
        for op in spec.operations
        if op.method == "get"
    }
    assert not {"clinical_note_memo", "presigned_upload"} & shown


@pytest.mark.parametrize("operation_id", sorted(WRITES))
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_write_is_visible_on_the_very_next_read(
    shared: Mock, operation_id: str, data: st.DataObject
) -> None:
    WRITES[operation_id](shared, data.draw)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.sampled_from(sorted(WRITES)), min_size=2, max_size=5), data=st.data())
def test_any_sequence_of_writes_is_visible(
    shared: Mock, names: list[str], data: st.DataObject
) -> None:
    for name in names:
        WRITES[name](shared, data.draw)


def test_tenants_never_share_answers() -> None:
    with mock() as m:
        one = m.client.get("/patient", params=ALL)
        cached_read(m, "/patient", ALL)
        two = m.client.get("/patient", params=ALL, headers=DEMO_HEADERS_TENANT_2)
        assert two.status_code == 200 and two.content != one.content
        ids_one = {p["client_id"] for p in one.json()["patients"]}
        ids_two = {p["client_id"] for p in two.json()["patients"]}
        assert ids_one and ids_two and not ids_one & ids_two
        mine = min(ids_one)
        cached_read(m, f"/patient/{mine}")
        other = m.client.get(f"/patient/{mine}", headers=DEMO_HEADERS_TENANT_2)
        assert other.status_code == 404
        # A write in tenant 2 shows in tenant 2 and leaves tenant 1's answer as it was.
        created = m.client.post(
            "/patient", json={"first_name": "Bo", "surname": "Two"}, headers=DEMO_HEADERS_TENANT_2
        )
        assert created.status_code == 201
        again = m.client.get("/patient", params=ALL, headers=DEMO_HEADERS_TENANT_2).json()
        assert again["total_entries"] == two.json()["total_entries"] + 1
        assert m.client.get("/patient", params=ALL).content == one.content


def test_the_link_base_is_part_of_the_key() -> None:
    with mock() as m:
        for host in ("a.example:8000", "b.example", "a.example:8000", "not a host"):
            for _ in range(2):
                r = m.client.get("/patient/1", headers={"host": host})
                assert r.status_code == 200
                link = r.json()["links"]["self"]
                expected = "http://testserver" if host == "not a host" else f"http://{host}"
                assert link == f"{expected}/v1/patient/1"
        assert m.answers.hits >= 4


def test_a_public_url_makes_every_host_answer_its_links() -> None:
    with mock(MockConfig(public_url="https://mock.example.com/v1")) as m:
        for host in ("a.example", "b.example"):
            r = m.client.get("/patient/1", headers={"host": host})
            assert r.json()["links"]["self"] == "https://mock.example.com/v1/patient/1"


def test_hits_are_rate_limited() -> None:
    with mock(MockConfig(rate_limit=0.5)) as m:  # a bucket of one token, one more every 2 s
        assert m.client.get("/sex").status_code == 200
        hits = m.answers.hits
        limited = m.client.get("/sex")
        assert m.answers.hits == hits + 1  # found in the cache, and still refused
        assert limited.status_code == 429
        assert limited.json()["error"]["code"] == "TOO_MANY_REQUESTS"
        assert int(limited.headers["Retry-After"]) >= 1


def test_faults_bypass_the_cache() -> None:
    with mock(MockConfig(faults=0.5, seed=7)) as m:
        assert m.state.answers is None
        outcomes = []
        for _ in range(40):
            try:
                outcomes.append(m.client.get("/sex").status_code)
            except Exception:  # a dropped connection surfaces as an error in-process
                outcomes.append(-1)
    first_ok = outcomes.index(200)
    assert any(s != 200 for s in outcomes[first_ok:])


def test_the_flag_turns_the_cache_off() -> None:
    assert config_from(parse_args([])).answer_cache is True
    config = config_from(parse_args(["--no-answer-cache"]))
    assert config.answer_cache is False
    with mock(config) as m:
        assert m.state.answers is None
        assert m.client.get("/sex").status_code == 200


def _sample_urls(m: Mock, spec: Spec) -> list[str]:
    """Every list without path parameters, and every URL their first items link to."""
    urls: list[str] = []
    for op in spec.operations:
        if op.method != "get" or "{" in op.path or not op.items_key:
            continue
        urls += [f"{op.path}?page_size=3", f"{op.path}?page=2&page_size=2"]
        body = m.client.get(op.path, params={"page_size": 3}).json()
        for item in body.get(op.items_key, []):
            urls += [str(u) for u in (item.get("links") or {}).values() if u]
    urls += [
        "/available_appointments?from=2026-01-05&to=2026-01-11&appointment_type_id=1",
        "/next_available_appointment?from=2026-01-05&to=2026-01-11&appointment_type_id=1",
        "/reschedule_reason?page=1&page_size=50"
        "&sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D",
        "/patient?sort_by=%5B%22surname%22%5D&q%5B%5D=surname:contains:ar",
    ]
    clock = {spec.by_id[op_id].path.rsplit("/", 1)[-1] for op_id in CLOCK_DEPENDENT}
    out = []
    for url in dict.fromkeys(urls):
        path = urlsplit(url).path.removeprefix("/v1")
        if path.rsplit("/", 1)[-1] not in clock:
            query = urlsplit(url).query
            out.append(f"{path}?{query}" if query else path)
    return out


def test_answers_are_the_same_bytes_with_and_without_the_cache(spec: Spec) -> None:
    with mock() as cached, mock(MockConfig(answer_cache=False)) as plain:
        assert plain.state.answers is None
        urls = _sample_urls(plain, spec)
        assert len(urls) > 100
        ok = 0
        for url in urls:
            computed = plain.client.get(url)
            first, second = cached.client.get(url), cached.client.get(url)
            assert first.status_code == second.status_code == computed.status_code, url
            if computed.status_code != 200:
                continue
            ok += 1
            assert first.content == second.content == computed.content, url
            assert first.headers.multi_items() == computed.headers.multi_items(), url
            assert second.headers.multi_items() == computed.headers.multi_items(), url
        assert ok > 100 and cached.answers.hits >= ok


def test_memory_stays_within_its_bounds() -> None:
    with mock() as m, mock(MockConfig(answer_cache=False)) as plain:
        m.answers.max_bytes, m.answers.max_entries = 60_000, 12
        for size in range(1, 41):
            r = m.client.get("/patient", params={"page_size": size})
            assert r.status_code == 200
            assert m.answers.bytes <= 60_000 and len(m.answers) <= 12
        assert len(m.answers) >= 1
        # The oldest answers were dropped; asked again, they are computed again, correctly.
        misses = m.answers.misses
        assert m.client.get("/patient", params={"page_size": 1}).content == (
            plain.client.get("/patient", params={"page_size": 1}).content
        )
        assert m.answers.misses == misses + 1
    with mock() as m:  # an answer larger than the whole bound is never kept
        m.answers.max_bytes = 5_000
        for _ in range(2):
            assert m.client.get("/patient", params={"page_size": 50}).status_code == 200
        assert m.answers.bytes == 0 and m.answers.hits == 0


def test_a_server_address_given_as_a_list_is_a_key_like_any_other() -> None:
    # Some ASGI clients (schemathesis's) give `scope["server"]` as a list.
    app = create_app()
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "path": "/v1/sex",
        "raw_path": b"/v1/sex",
        "query_string": b"",
        "root_path": "",
        "headers": [
            [b"host", b"testserver"],
            [b"x-api-key", b"mock-vendor-key"],
            [b"a-api-key", b"mock-clinic-1"],
        ],
        "server": ["testserver", 80],
        "client": ["127.0.0.1", 1],
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def twice() -> None:
        for _ in range(2):
            await app(dict(scope), receive, send)

    anyio.run(twice)
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [200, 200]
    bodies = [m["body"] for m in sent if m["type"] == "http.response.body"]
    assert bodies[0] == bodies[1] and app.state.mock.answers.hits == 1


def test_an_entry_counts_its_body_headers_and_key() -> None:
    answers = Answers(max_bytes=10_000, max_entries=100)
    start = {"type": "http.response.start", "status": 200, "headers": [(b"a", b"b")]}
    answers.put(("/p", b"", b"k", b"s", None, "http", None, ""), 1, start, b"x" * 1_000)
    assert 1_000 < answers.bytes < 2_000
    assert answers.get(("/p", b"", b"k", b"s", None, "http", None, ""), 2) is None  # stale
    assert answers.bytes == 0 and len(answers) == 0


@pytest.mark.http
def test_over_http_cached_answers_match_computed_ones_and_writes_show() -> None:
    urls = [
        "/patient/1",
        "/patient?page_size=100",
        "/reschedule_reason?page=1&page_size=50"
        "&sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D",
        "/available_appointments?from=2026-01-05&to=2026-01-11&appointment_type_id=1",
    ]
    with (
        serve_in_background(["--seed", "1"]) as cached,
        serve_in_background(["--seed", "1", "--no-answer-cache"]) as plain,
    ):

        def get(base: str, url: str) -> httpx.Response:
            r = httpx.get(base + url, headers=DEMO_HEADERS)
            assert r.status_code == 200, r.text
            return r

        def shown(r: httpx.Response) -> list[tuple[str, str]]:
            # Links carry the port; `date` is the server's clock.
            return [(k, v) for k, v in r.headers.multi_items() if k != "date"]

        for url in urls:
            computed = get(plain, url)
            for _ in range(2):
                answer = get(cached, url)
                assert answer.content == computed.content.replace(plain.encode(), cached.encode())
                assert shown(answer) == shown(computed)
        edited = httpx.patch(
            cached + "/patient/1", json={"first_name": "Zed"}, headers=DEMO_HEADERS
        )
        assert edited.status_code == 200
        assert get(cached, "/patient/1").json()["first_name"] == "Zed"

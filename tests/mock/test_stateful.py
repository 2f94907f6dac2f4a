"""A model-based test of the mock: random interleavings of create, edit, book, reserve, cancel,
add group member, list and availability across two tenants, checked against a small model.

The model is a ledger of everything a run wrote, kept beside a fresh mock of its own: each run
starts from the same seeded state, so a run's draws never depend on an earlier run (hypothesis
can replay and shrink a failing sequence). After any step: nothing
written is lost, duplicated or visible to the other tenant, and availability never offers a
time that overlaps a live booking of the same practitioner, nor an impossible time.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    multiple,
    rule,
)

from pracsuite_mock import MockConfig
from pracsuite_mock.embed import in_process_client

KEYS = {1: "mock-clinic-1", 2: "mock-clinic-2"}
DAY = dt.date(2027, 3, 2)  # a Tuesday well after the seeded bookings
SURNAME = "Modelrun"  # every patient the runs create; no seeded surname starts so
FIRST_NAMES = st.sampled_from(["Ada", "Bo", "Cy", "Di", "Ed"])


@dataclass
class Booking:
    tenant: int
    appointment_id: int
    start: dt.datetime
    minutes: int
    practitioner_id: int
    patient: int | None  # None for a reservation
    live: bool = True


@dataclass
class World:
    """A run's own mock, the facts read from it at the start, and the ledger of what it wrote."""

    client: httpx.Client
    type_of: dict[int, int] = field(default_factory=dict)  # tenant -> a 30-minute type
    account_of: dict[tuple[int, int], int] = field(default_factory=dict)
    group_of: dict[int, int] = field(default_factory=dict)
    group_limit: dict[int, int | None] = field(default_factory=dict)  # its type's group_max_size
    members: dict[int, set[int]] = field(default_factory=dict)  # tenant -> its group's members
    seeded_patient: dict[int, int] = field(default_factory=dict)
    patients: dict[tuple[int, int], str] = field(default_factory=dict)  # -> first name
    bookings: dict[tuple[int, int], Booking] = field(default_factory=dict)
    serial: itertools.count[int] = field(default_factory=itertools.count)

    def get(self, tenant: int, path: str, **params: Any) -> httpx.Response:
        return self.client.get(path, params=params, headers={"A-api-key": KEYS[tenant]})

    def send(self, tenant: int, method: str, path: str, body: Any) -> httpx.Response:
        return self.client.request(method, path, json=body, headers={"A-api-key": KEYS[tenant]})

    def all_items(self, tenant: int, path: str, key: str, **params: Any) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for page in range(1, 50):
            r = self.get(tenant, path, page=page, page_size=100, **params)
            assert r.status_code == 200, f"{path}: {r.status_code} {r.text[:200]}"
            body = r.json()
            items += body[key]
            if len(items) >= body["total_entries"] or not body[key]:
                return items
        return items


def new_world() -> World:
    """A freshly seeded mock and the seeded facts the rules build on."""
    w = World(in_process_client(MockConfig()))
    for tenant in KEYS:
        patient = w.get(tenant, "/patient", page_size=1).json()["patients"][0]
        w.seeded_patient[tenant] = patient["client_id"]
        account = w.get(tenant, f"/patient/{patient['client_id']}/account").json()
        w.account_of[(tenant, patient["client_id"])] = account["accounts"][0]["account_id"]
        groups = w.get(tenant, "/group_appointment", page_size=1).json()["group_appointments"]
        if groups:  # (the small seed may give a tenant none)
            group = groups[0]
            w.group_of[tenant] = group["appointment_id"]
            kind = w.get(tenant, f"/appointment_type/{group['appointment_type_id']}").json()
            w.group_limit[tenant] = kind.get("group_max_size")
            listed = w.all_items(
                tenant,
                f"/group_appointment/{group['appointment_id']}/appointment_client",
                "appointment_clients",
            )
            w.members[tenant] = {m["client_id"] for m in listed}
        for type_id in range(1, 30):
            r = w.get(tenant, f"/appointment_type/{type_id}")
            if r.status_code == 200 and r.json()["description"] == "Follow-up":
                w.type_of[tenant] = type_id
                break
    return w


def _start(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class MockModel(RuleBasedStateMachine):
    patients = Bundle("patients")
    bookings = Bundle("bookings")

    def __init__(self) -> None:
        super().__init__()
        self.w = new_world()

    def teardown(self) -> None:
        self.w.client.close()

    # -- writes ----------------------------------------------------------------------------
    @rule(target=patients, tenant=st.sampled_from([1, 2]), first=FIRST_NAMES)
    def create_patient(self, tenant: int, first: str) -> tuple[int, int]:
        surname = f"{SURNAME}{next(self.w.serial)}"
        r = self.w.send(tenant, "POST", "/patient", {"first_name": first, "surname": surname})
        assert r.status_code == 201, r.text
        client_id = r.json()["client_id"]
        account = self.w.get(tenant, f"/patient/{client_id}/account").json()["accounts"][0]
        self.w.account_of[(tenant, client_id)] = account["account_id"]
        self.w.patients[(tenant, client_id)] = first
        return tenant, client_id

    @rule(patient=patients, first=FIRST_NAMES)
    def edit_patient(self, patient: tuple[int, int], first: str) -> None:
        tenant, client_id = patient
        r = self.w.send(tenant, "PATCH", f"/patient/{client_id}", {"first_name": first})
        assert r.status_code == 200, r.text
        self.w.patients[patient] = first

    def _offers(self, tenant: int) -> list[dict[str, Any]]:
        return self.w.all_items(
            tenant,
            "/available_appointments",
            "available_times",
            **{"from": DAY.isoformat(), "to": DAY.isoformat()},
            appointment_type_id=self.w.type_of[tenant],
        )

    @rule(target=bookings, patient=patients, pick=st.integers(0, 10_000))
    def book(self, patient: tuple[int, int], pick: int) -> Any:
        tenant, client_id = patient
        offers = self._offers(tenant)
        if not offers:
            return multiple()
        offer = offers[pick % len(offers)]
        body = {
            "client_id": client_id,
            "account_id": self.w.account_of[patient],
            "appointment_type_id": self.w.type_of[tenant],
            "app_time": offer["app_time"],
            "practitioner_business_id": offer["practitioner_business_id"],
            "duration": offer["duration"],
        }
        r = self.w.send(tenant, "POST", "/appointment", body)
        assert r.status_code == 201, r.text
        return self._record(tenant, r.json()["appointment_id"], offer, client_id)

    @rule(target=bookings, tenant=st.sampled_from([1, 2]), pick=st.integers(0, 10_000))
    def reserve(self, tenant: int, pick: int) -> Any:
        offers = self._offers(tenant)
        if not offers:
            return multiple()
        offer = offers[pick % len(offers)]
        body = {k: offer[k] for k in ("app_time", "practitioner_business_id", "duration")}
        r = self.w.send(tenant, "POST", "/reserve_appointment", body)
        assert r.status_code == 201, r.text
        return self._record(tenant, r.json()["appointment_id"], offer, None)

    def _record(
        self, tenant: int, appointment_id: int, offer: dict[str, Any], patient: int | None
    ) -> tuple[int, int]:
        self.w.bookings[(tenant, appointment_id)] = Booking(
            tenant,
            appointment_id,
            _start(offer["app_time"]),
            int(offer["duration"]),
            int(offer["practitioner_id"]),
            patient,
        )
        return tenant, appointment_id

    @rule(booking=consumes(bookings))
    def cancel(self, booking: tuple[int, int]) -> None:
        tenant, appointment_id = booking
        r = self.w.send(tenant, "POST", f"/appointment/{appointment_id}/cancel", {})
        assert r.status_code == 204, r.text
        self.w.bookings[booking].live = False
        again = self.w.send(tenant, "POST", f"/appointment/{appointment_id}/cancel", {})
        assert again.status_code == 404, "cancelled twice"

    @rule(patient=patients)
    def add_group_member(self, patient: tuple[int, int]) -> None:
        tenant, client_id = patient
        group = self.w.group_of.get(tenant)
        if group is None:
            return
        r = self.w.send(
            tenant, "POST", f"/group_appointment/{group}/add_group_member", {"client_id": client_id}
        )
        members, limit = self.w.members[tenant], self.w.group_limit[tenant]
        if client_id in members:
            assert r.status_code == 422 and "already a member" in r.text, r.text
        elif limit is not None and len(members) >= limit:
            assert r.status_code == 422 and "full" in r.text, r.text
        else:
            assert r.status_code == 201, r.text
            members.add(client_id)

    @rule(tenant=st.sampled_from([1, 2]))
    def list_group_members(self, tenant: int) -> None:
        group = self.w.group_of.get(tenant)
        if group is None:
            return
        listed = self.w.all_items(
            tenant, f"/group_appointment/{group}/appointment_client", "appointment_clients"
        )
        ids = [m["client_id"] for m in listed]
        assert len(ids) == len(set(ids)), "a member listed twice"
        assert set(ids) == self.w.members[tenant], f"members {sorted(ids)}"

    # -- reads, checked against the ledger ----------------------------------------------------
    @rule(tenant=st.sampled_from([1, 2]))
    def list_patients(self, tenant: int) -> None:
        listed = self.w.all_items(
            tenant, "/patient", "patients", **{"q[]": f"surname:contains:{SURNAME}"}
        )
        ids = [p["client_id"] for p in listed]
        assert len(ids) == len(set(ids)), "a patient listed twice"
        mine = {cid: first for (t, cid), first in self.w.patients.items() if t == tenant}
        assert set(ids) == set(mine), (
            f"tenant {tenant}: lost {sorted(set(mine) - set(ids))}, "
            f"foreign or unknown {sorted(set(ids) - set(mine))}"
        )
        for p in listed:
            assert p["first_name"] == mine[p["client_id"]], "an edit was lost"

    @rule(patient=patients)
    def read_patient_across_tenants(self, patient: tuple[int, int]) -> None:
        tenant, client_id = patient
        assert self.w.get(tenant, f"/patient/{client_id}").status_code == 200
        assert self.w.get(3 - tenant, f"/patient/{client_id}").status_code == 404

    @rule(patient=patients)
    def list_patient_appointments(self, patient: tuple[int, int]) -> None:
        tenant, client_id = patient
        listed = self.w.all_items(tenant, f"/patient/{client_id}/appointment", "appointments")
        ids = [a["appointment_id"] for a in listed]
        assert len(ids) == len(set(ids)), "an appointment listed twice"
        live = {
            b.appointment_id
            for b in self.w.bookings.values()
            if b.tenant == tenant and b.patient == client_id and b.live
        }
        assert set(ids) == live, f"lost {sorted(live - set(ids))}, extra {sorted(set(ids) - live)}"

    @rule(tenant=st.sampled_from([1, 2]))
    def availability(self, tenant: int) -> None:
        offers = self._offers(tenant)
        live = [b for b in self.w.bookings.values() if b.tenant == tenant and b.live]
        for offer in offers:
            start = _start(offer["app_time"])  # a real date-time, or this raises
            minutes = int(offer["duration"])
            assert start.date() == DAY, f"{offer['app_time']} is outside the searched day"
            assert 5 <= minutes <= 1440 and minutes % 5 == 0, f"impossible duration {minutes}"
            end = start + dt.timedelta(minutes=minutes)
            for b in live:
                if b.practitioner_id != offer["practitioner_id"]:
                    continue
                b_end = b.start + dt.timedelta(minutes=b.minutes)
                assert not (start < b_end and b.start < end), (
                    f"tenant {tenant}: {offer['app_time']} offered over live booking "
                    f"{b.appointment_id} at {b.start.isoformat()}"
                )


MockModel.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_mock_model = MockModel.TestCase

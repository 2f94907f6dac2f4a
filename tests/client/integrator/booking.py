"""An integrator's booking bot on the resource surface: find a patient (or register one), book
the first free time, move it, cancel it. Checked by `mypy --strict` and run against the mock
(tests/client/test_integrator.py). Keys and base URL come from the PRACSUITE_* variables."""

from __future__ import annotations

import datetime as dt

from pracsuite_client.models.appointment import Appointment

import pracsuite

FIRST_DAY = dt.date(2026, 3, 2)
LAST_DAY = dt.date(2026, 3, 31)


def book(client: pracsuite.Client, surname: str) -> Appointment:
    found = client.patients.list(q=[pracsuite.F("surname").eq(surname)], page_size=1).first()
    patient = found or client.patients.create(first_name="Robin", surname=surname)
    account = client.patient_accounts.list_by_patient(patient.client_id).first()
    if account is None:
        raise RuntimeError(f"patient {patient.client_id} has no account")
    slot = client.available_appointments.first_available(1, FIRST_DAY, LAST_DAY)
    if slot is None:
        raise RuntimeError("no free time in March")
    booked = client.available_appointments.book_first_available(
        1, FIRST_DAY, LAST_DAY, client_id=patient.client_id, account_id=account.account_id
    )
    if booked is None:
        raise RuntimeError("no free time left to book")
    moved = client.appointments.update(booked.appointment_id, duration=45)
    assert client.appointments.retrieve(moved.appointment_id).duration == 45
    later: dt.datetime = booked.app_time + dt.timedelta(hours=1)  # local times are datetimes
    moved = client.appointments.update(booked.appointment_id, app_time=later)
    assert moved.app_time == later
    billing_name: str | None = account.billing_name  # a record field is never Unset
    print(billing_name)
    client.appointments.cancel(booked.appointment_id, reason="a test booking")
    return booked


def main() -> None:
    with pracsuite.Client() as client:
        print(book(client, "Bookingbot").appointment_id)


if __name__ == "__main__":
    main()

"""The booking bot with asyncio: ten bookings at once through one `AsyncClient`, which paces
them (client-wide) so they all complete under a rate limit. Checked by `mypy --strict` and run
against the mock, also at `--rate-limit 5/s` (tests/client/test_integrator.py)."""

from __future__ import annotations

import asyncio
import datetime as dt

from pracsuite_client.models.appointment import Appointment

import pracsuite

FIRST_DAY = dt.date(2026, 3, 2)
LAST_DAY = dt.date(2026, 3, 31)


async def book(client: pracsuite.AsyncClient, n: int) -> Appointment:
    patient = await client.patients.create(first_name="Async", surname=f"Bot{n}")
    accounts = [
        account async for account in client.patient_accounts.list_by_patient(patient.client_id)
    ]
    booked = await client.available_appointments.book_first_available(
        1, FIRST_DAY, LAST_DAY, client_id=patient.client_id, account_id=accounts[0].account_id
    )
    if booked is None:
        raise RuntimeError("no free time left to book")
    again = await client.appointments.retrieve(booked.appointment_id)
    await client.appointments.cancel(again.appointment_id)
    return again


async def run(tasks: int = 10) -> list[Appointment]:
    async with pracsuite.AsyncClient() as client:
        return await asyncio.gather(*(book(client, n) for n in range(tasks)))


def main() -> None:
    print(len(asyncio.run(run())))


if __name__ == "__main__":
    main()

"""Mistakes mypy must reject (tests/client/test_integrator.py counts the errors it reports)."""

from __future__ import annotations

import pracsuite


async def mistakes(client: pracsuite.Client, aclient: pracsuite.AsyncClient) -> None:
    client.patients.retrieve(client_idd=1)  # misspelled argument
    client.patients.create(first_name=1, surname="Example")  # mistyped argument
    client.patients.list(sort_by=["surnme"])  # not a sortable field
    for patient in aclient.patients.list():  # an async paginator in a sync loop
        print(patient)
    surname: str = aclient.patients.retrieve(1).surname  # not awaited
    print(surname)

"""A nightly export on the resource surface: every patient and business, page by page, to CSV.
Checked by `mypy --strict` and run against the mock (tests/client/test_integrator.py)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pracsuite


def export(client: pracsuite.Client) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    header: list[str] = ["client_id", "surname", "created"]
    writer.writerow(header)
    since = datetime(2020, 1, 1, tzinfo=UTC)
    patients = client.patients.list(
        sort_by=["surname", "client_id"], q=[pracsuite.F("created").gte(since)], page_size=100
    )
    for page in patients.pages():
        for patient in page:
            row: list[str] = [str(patient.client_id), patient.surname, str(patient.created)]
            writer.writerow(row)
    first = client.businesses.list(page_size=10).first_page()
    summary: list[str] = ["businesses", str(first.total_entries), str(len(first))]
    writer.writerow(summary)
    return out.getvalue()


def main() -> None:
    with pracsuite.Client() as client:
        print(export(client), end="")


if __name__ == "__main__":
    main()

"""Our mock's promises about order and links that the strict profile adds (mock only):

- `sort_by` sorts nulls after every value, on every list whose data has a field with both, and
  on two lists made to hold both (a whole collection, `/patient` by `date_of_birth`, and a list
  under a parent, a patient's attachments by `description`: the mock sorts the two differently);
- in a list mixing kinds of record (the appointment book: patient appointments, groups, notes,
  rule outs), one item of EVERY kind has its links followed, and `self` leads to that very
  record (the crawl follows only the first items of each list); every id in a link's path is
  one of the record's own ids.
"""

from __future__ import annotations

import json
from typing import Any

import pracsuite_spec
from contract_tests.api import Api, expect_status
from contract_tests.checks import attachments, patients, strict
from contract_tests.checks.listings import ListTarget, fetch_all
from contract_tests.checks.workflows import Writer
from contract_tests.failures import check


def nullable_field(items: list[dict[str, Any]], fields: tuple[str, ...]) -> str | None:
    """A sortable scalar field that is null on some items and set on others."""
    for name in fields:
        values = [i.get(name) for i in items]
        if any(v is None for v in values) and any(
            isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values
        ):
            return str(name)
    return None


@check
def check_nulls_sort_last(t: ListTarget) -> None:
    op = t.op
    assert op.items_key is not None
    items, _ = fetch_all(t.api, t.path, t.query, items_key=op.items_key)
    field = nullable_field(items, op.sort_fields)
    if field is None:
        return
    _nulls_last(t.api, op, t.path, list(t.query), field)


def _nulls_last(
    api: Api, op: pracsuite_spec.Operation, path: str, query: list[tuple[str, str]], field: str
) -> None:
    assert op.items_key is not None
    ordered, _ = fetch_all(
        api, path, [*query, ("sort_by", json.dumps([field]))], items_key=op.items_key
    )
    nulls = [i.get(field) is None for i in ordered]
    assert True in nulls and False in nulls, (
        f"{op.label}: no null and value of {field!r} to sort (the check's data is wrong)"
    )
    first_null = nulls.index(True)
    assert not any(v is False for v in nulls[first_null:]), (
        f"{op.label}: sort_by=[{field!r}] puts a null before a value (row {first_null + 1})"
    )


@check
def check_nulls_sort_last_where_written(api: Api) -> None:
    """A patient without a date of birth and an attachment without a description (as uploaded)
    sort after the records that have one, in /patient and in a patient's attachments."""
    patients.create_patient(api, date_of_birth=None)
    listed = pracsuite_spec.load().operation("listPatients")
    assert listed.listing is not None
    _nulls_last(api, listed, "/patient", [], "date_of_birth")

    owner = _patient_with_described_attachment(api)
    issued = attachments.presign(Writer(api), owner, "contract-null-description.txt")
    stored = attachments.to_storage(api, issued, attachments.CONTENT)
    assert stored.is_success, f"storage refused the upload as answered ({stored.status_code})"
    files = pracsuite_spec.load().operation("listPatientAttachmentsByPatient")
    assert files.listing is not None
    _nulls_last(api, files, f"/patient/{owner}/patient_attachment", [], "description")


def _patient_with_described_attachment(api: Api) -> int:
    for patient in api.get_json("/patient", [("page_size", "20")])["patients"]:
        client_id = int(patient["client_id"])
        if any(a.get("description") for a in attachments.attachments_of(api, client_id)):
            return client_id
    raise AssertionError("no patient among the first 20 has an attachment with a description")


# The spec's AppointmentBookEntry assumption: a rule out's `self` is /rule_out/{id}, which no
# operation of the reference serves (there is no Get Rule Out); nothing else may point there.
UNSERVED_SELF = {"Rule Out": "/rule_out/"}


def kind_of(item: dict[str, Any]) -> tuple[Any, ...]:
    links = item.get("links") if isinstance(item.get("links"), dict) else {}
    return (item.get("category"), tuple(sorted(links or {})))


@check
def check_every_kind_links(t: ListTarget) -> None:
    """One item of each kind in the list's first page: its links alive and strict, and its
    `self` answering the same record (same id)."""
    api, op, path, query = t.api, t.op, t.path, list(t.query)
    assert op.items_key is not None
    body = api.get_json(path, [*query, ("page_size", "100")])
    seen: set[tuple[Any, ...]] = set()
    for item in body[op.items_key]:
        kind = kind_of(item)
        if kind in seen or not isinstance(item.get("links"), dict):
            continue
        seen.add(kind)
        ids = {v for k, v in item.items() if k.endswith("_id") and isinstance(v, int)}
        for name, url in item["links"].items():
            if not isinstance(url, str):
                continue
            foreign = [
                part
                for part in strict.api_path(api, url).split("/")
                if part.isdigit() and int(part) not in ids
            ]
            assert not foreign, (
                f"{op.label}: links.{name} of a {kind[0] or 'record'} names id {foreign[0]}, "
                "which is none of the record's ids"
            )
            unserved = UNSERVED_SELF.get(str(kind[0]))
            if name == "self" and unserved and strict.api_path(api, url).startswith(unserved):
                continue
            response = strict.check_link(api, url)
            if name == "self":
                expect_status(response, 200)
                shown = response.json()
                own = {k: v for k, v in item.items() if k.endswith("_id") and k in shown}
                differ = sorted(k for k, v in own.items() if shown[k] != v)
                assert not differ, (
                    f"{op.label}: the self link of a {kind[0] or 'record'} answers another "
                    f"record ({', '.join(differ)} differ)"
                )

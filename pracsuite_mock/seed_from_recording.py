"""`--seed-from DIR`: the records a recording saw, with their ids, over the usual seed.

A recording (`python -m contract_tests --record DIR`, one exchange per line in
`exchanges.jsonl`) holds what the API answered. Every `200` answer to a `GET` made with the run's
own keys, before the recording's first successful write, shows records of the run's tenant as
they were: list items and single records. Each goes into the collection the registry names for
its schema, in tenant 1, under its own id: over the seeded record of that id (keeping the
seed's internal fields, which availability and the links read), or as a new record completed
the way the seed completes its own. Ids issued afterwards start above every recorded id.
Collections and records the recording did not show come from the usual seed. Answers after the
first write are left out: they show the run's own changes, which a calibration replays.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pracsuite_spec import Spec

from .registry import resource_for
from .routing import PREFIX, Router
from .seed import complete
from .store import Record, Store

EXCHANGES_FILE = "exchanges.jsonl"
RECORDED_TENANT = 1  # the tenant the run's subscriber key opens
_NOT_STORED = ("links", "row_num", "total_rows")  # computed when shown
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def recorded_answers(directory: str | Path) -> Iterator[tuple[str, Any]]:
    """(path below /v1, JSON answer) of each 200 GET made with the run's keys before the first
    successful write, in the recording's order."""
    path = Path(directory) / EXCHANGES_FILE
    if not path.exists():
        raise FileNotFoundError(f"--seed-from {directory}: no {EXCHANGES_FILE} there")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            exchange = json.loads(line)
            method, status = exchange["method"], int(exchange["status"])
            if method in _WRITES and 200 <= status < 300:
                return
            auth = exchange.get("auth") or {}
            if method == "GET" and status == 200 and auth == {"vendor": "run", "subscriber": "run"}:
                yield exchange["path"], exchange["answer"]


def seed_from_recording(store: Store, spec: Spec, router: Router, directory: str | Path) -> int:
    """Put the recording's records into the store; the number of records put."""
    count = 0
    for path, answer in recorded_answers(directory):
        match = router.match("GET", PREFIX + path)
        if match is None or not isinstance(answer, dict):
            continue
        operation = match.operation
        schema_name = operation.success_schema_name
        if schema_name is None:
            continue
        key = operation.items_key
        items = answer.get(key) if key else [answer]
        if not isinstance(items, list):
            continue
        resource = resource_for(schema_name)
        if store.id_field(resource.collection) != resource.id_field:
            continue
        for item in items:
            if isinstance(item, dict) and isinstance(item.get(resource.id_field), int):
                _put(store, spec, schema_name, resource.collection, resource.id_field, item)
                count += 1
    return count


def _put(
    store: Store, spec: Spec, schema_name: str, collection: str, id_field: str, item: Record
) -> None:
    shown = {k: v for k, v in item.items() if k not in _NOT_STORED}
    seeded = store.get(collection, RECORDED_TENANT, item[id_field])
    if seeded is not None:
        record = {**seeded, **shown}
    else:
        record = complete({**shown}, spec, schema_name)
        record[id_field] = item[id_field]
    record["tenant_id"] = RECORDED_TENANT
    store.put(collection, record)

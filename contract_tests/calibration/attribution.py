"""Who moved: for each difference, which side disagrees with the spec.

Each answer is validated against the spec's schema for its status (jsonschema, the spec's own
dialect); a side disagrees at a difference when a validation error sits at, above or below its
pointer. A status disagrees when the operation does not document it. For ordering, the side
whose non-null values are out of the requested (or documented default) sort order disagrees;
where nulls go the spec does not say. For page length, the side that shows other than
min(page_size, what is left of the listing) disagrees. Otherwise the spec is silent: the
difference is an assumption to settle.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl

import jsonschema

from contract_tests.calibration.compare import Side, escape, pattern
from pracsuite_spec import Operation

MOCK = "mock disagrees with the spec"
LIVE = "drift: the live API disagrees with the spec"
BOTH = "both disagree with the spec"
SILENT = "the spec is silent: an assumption to settle"


def attribute(
    category: str,
    pointer: str,
    *,
    operation: Operation | None,
    query: str,
    live: Side,
    mock: Side,
) -> str:
    if operation is None:
        return SILENT
    if category == "status":
        return _verdict(not operation.documents(live.status), not operation.documents(mock.status))
    if category == "ordering":
        return _verdict(
            not _sorted(live.body, operation, query), not _sorted(mock.body, operation, query)
        )
    if (
        category == "pagination"
        and operation.listing
        and pointer == "/" + escape(operation.listing.items_key)
    ):
        return _verdict(
            not _full_page(live.body, operation, query), not _full_page(mock.body, operation, query)
        )
    return _verdict(_invalid_at(live, operation, pointer), _invalid_at(mock, operation, pointer))


def _verdict(live_wrong: bool, mock_wrong: bool) -> str:
    if live_wrong and mock_wrong:
        return BOTH
    if live_wrong:
        return LIVE
    if mock_wrong:
        return MOCK
    return SILENT


def _invalid_at(side: Side, operation: Operation, pointer: str) -> bool:
    schema = operation.response_schema(side.status)
    if schema is None:
        return False
    validator = jsonschema.Draft202012Validator(schema)
    where = pattern(pointer)
    for error in validator.iter_errors(side.body):
        for at in _error_pointers(error):
            if where == at or where.startswith(at + "/") or at.startswith(where + "/"):
                return True
    return False


def _error_pointers(error: jsonschema.ValidationError) -> list[str]:
    """Where an error is: the property a `required` misses or an `additionalProperties` refuses,
    else the instance it is about (so a missing root member does not blame every pointer)."""
    at = pattern("".join(f"/{escape(str(p))}" for p in error.absolute_path))
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        required = error.validator_value if isinstance(error.validator_value, list) else []
        names = [n for n in required if n not in instance]
        return [f"{at}/{escape(str(n))}" for n in names] or [at]
    if error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(
        instance, dict
    ):
        schema = error.schema if isinstance(error.schema, dict) else {}
        known = set(schema.get("properties") or {})
        names = [n for n in instance if n not in known]
        return [f"{at}/{escape(str(n))}" for n in names] or [at]
    return [at]


def _params(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))


def _sort_fields(operation: Operation, query: str) -> Sequence[str]:
    raw = _params(query).get("sort_by")
    if raw:
        try:
            fields = json.loads(raw)
        except json.JSONDecodeError:
            fields = raw.split(",")
        return [str(f) for f in fields] if isinstance(fields, list) else [str(fields)]
    return operation.listing.default_sort if operation.listing else ()


def _sorted(body: Any, operation: Operation, query: str) -> bool:
    """Whether the page's non-null values of the first sort field are in order."""
    if operation.listing is None or not isinstance(body, dict):
        return True
    fields = _sort_fields(operation, query)
    items = body.get(operation.listing.items_key)
    if not fields or not isinstance(items, list):
        return True
    name = fields[0]
    descending = name.startswith("-")
    name = name.lstrip("-+")
    values = [i.get(name) for i in items if isinstance(i, dict) and i.get(name) is not None]
    try:
        return _monotone(values, descending)
    except TypeError:
        return True


def _monotone(values: Iterable[Any], descending: bool) -> bool:
    listed = list(values)
    pairs = itertools.pairwise(listed)
    return all((a >= b) if descending else (a <= b) for a, b in pairs)


def _full_page(body: Any, operation: Operation, query: str) -> bool:
    """Whether the page holds min(page_size, what is left) items."""
    if operation.listing is None or not isinstance(body, dict):
        return True
    items, total = body.get(operation.listing.items_key), body.get("total_entries")
    if not isinstance(items, list) or not isinstance(total, int):
        return True
    params = _params(query)
    try:
        size = int(params.get("page_size") or _default(operation, "page_size") or 0)
        page = int(params.get("page") or _default(operation, "page") or 1)
    except ValueError:
        return True
    if size <= 0:
        return True
    return len(items) == max(0, min(size, total - (page - 1) * size))


def _default(operation: Operation, name: str) -> Any:
    param = operation.param(name)
    return param.schema.get("default") if param is not None else None

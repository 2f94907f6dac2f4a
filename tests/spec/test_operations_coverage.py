"""The bundle covers every documented operation (openapi/reference_operations.yaml), and
every operation beyond that index names its source with `x-source`.

The index is a floor, not a ceiling: each of its entries must appear in the bundle with the same
method, path, operationId and (first) tag; an operation the index does not list must carry
`x-source: <reference URL>` saying where it comes from. Where the reference contradicts the
index's path, the operation follows the reference and names the index's path in
`x-operations-tsv-path` (and its source in `x-source`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "openapi" / "pracsuite.yaml"
# The project's own record of the reference: nothing here reads outside the repository.
INDEX = ROOT / "openapi" / "reference_operations.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _documented() -> list[dict[str, str]]:
    operations: list[dict[str, str]] = yaml.safe_load(INDEX.read_text(encoding="utf-8"))[
        "operations"
    ]
    return operations


def _bundled() -> dict[tuple[str, str], dict[str, Any]]:
    """Operations keyed by (METHOD, path as the index writes it)."""
    spec = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    return {
        (method.upper(), op.get("x-operations-tsv-path", path)): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


DOCUMENTED = _documented()
BUNDLED = _bundled()
DOCUMENTED_KEYS = {(row["method"].upper(), row["path"]) for row in DOCUMENTED}


@pytest.mark.parametrize("row", DOCUMENTED, ids=lambda r: f"{r['method']} {r['path']}")
def test_documented_operation_is_in_the_bundle(row: dict[str, str]) -> None:
    op = BUNDLED.get((row["method"].upper(), row["path"]))
    assert op is not None, (
        f"{row['method']} {row['path']} ({row['operationId']}) is not in the bundle"
    )
    assert op.get("operationId") == row["operationId"]
    assert (op.get("tags") or [None])[0] == row["tag"]


@pytest.mark.parametrize("key", sorted(BUNDLED), ids=lambda k: f"{k[0]} {k[1]}")
def test_undocumented_operation_names_its_source(key: tuple[str, str]) -> None:
    if key in DOCUMENTED_KEYS and "x-operations-tsv-path" not in BUNDLED[key]:
        return
    source = BUNDLED[key].get("x-source")
    assert isinstance(source, str) and source.startswith("http"), (
        f"{key[0]} {key[1]} is not in the reference index, so it needs `x-source: <reference URL>`"
    )


def test_operation_ids_are_unique() -> None:
    ids = [op.get("operationId") for op in BUNDLED.values()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


REFERENCE = "https://docs.api.pracsuite.com/"


@pytest.mark.parametrize("row", DOCUMENTED, ids=lambda r: f"{r['method']} {r['path']}")
def test_index_entry_is_complete(row: dict[str, str]) -> None:
    """Every entry says how sure it is and which reference page it was seen on."""
    assert row["status"] in {"confirmed", "inferred"}
    assert row["seen_on"].startswith(REFERENCE), row["seen_on"]
    if row["status"] == "inferred":
        assert row.get("basis"), "an inferred operation says what it was inferred from"


def test_index_has_no_duplicates() -> None:
    keys = [(row["method"].upper(), row["path"]) for row in DOCUMENTED]
    assert len(keys) == len(set(keys))

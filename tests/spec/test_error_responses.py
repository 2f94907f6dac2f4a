"""Every operation documents the errors the API (and so the mock) can answer it with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

BUNDLE = Path(__file__).resolve().parents[2] / "openapi" / "pracsuite.yaml"
SPEC = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = [
    (method, path, item.get("parameters", []) + op.get("parameters", []), op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
]


def _id(case: tuple[str, str, list[Any], dict[str, Any]]) -> str:
    return f"{case[0].upper()} {case[1]}"


@pytest.mark.parametrize("case", OPERATIONS, ids=_id)
def test_auth_and_rate_limit_errors_are_documented(
    case: tuple[str, str, list[Any], dict[str, Any]],
) -> None:
    _, _, _, op = case
    assert {"401", "403", "429"} <= set(op["responses"])


@pytest.mark.parametrize("case", [c for c in OPERATIONS if c[2]], ids=_id)
def test_operations_with_parameters_document_400(
    case: tuple[str, str, list[Any], dict[str, Any]],
) -> None:
    assert "400" in case[3]["responses"], "a bad parameter answers 400, so the spec must say so"


@pytest.mark.parametrize("case", [c for c in OPERATIONS if "requestBody" in c[3]], ids=_id)
def test_operations_with_a_body_document_422(
    case: tuple[str, str, list[Any], dict[str, Any]],
) -> None:
    assert "422" in case[3]["responses"], "an invalid body answers 422 with validation[]"

"""The mock's view of the spec: a thin facade over `pracsuite_spec`, the one model of the bundle.

The spec is the single source of routes, parameters, body schemas, response schemas and the
`x-` rule extensions; nothing here restates them. `pracsuite_spec` loads, checks and resolves
the bundle once; this module shapes its operations the way the router and validator read them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pracsuite_spec

Parameter = pracsuite_spec.Parameter


@dataclass(frozen=True)
class Operation:
    """One method + path template with everything resolved (no `$ref` left)."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[str, Any]
    raw: dict[str, Any] = field(repr=False)
    unresolved: dict[str, Any] = field(repr=False)
    document: dict[str, Any] = field(repr=False)
    model: pracsuite_spec.Operation | None = field(default=None, repr=False, compare=False)

    def extension(self, name: str) -> Any:
        return self.raw.get(name)

    @property
    def items_key(self) -> str | None:
        pagination = self.raw.get("x-pagination") or {}
        key = pagination.get("items_key")
        return key if isinstance(key, str) else None

    @property
    def default_sort(self) -> list[str]:
        pagination = self.raw.get("x-pagination") or {}
        return list(pagination.get("default_sort") or [])

    @property
    def filters(self) -> dict[str, str]:
        return dict(self.raw.get("x-filters") or {})

    def param(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def success(self) -> tuple[int, dict[str, Any] | None]:
        """The first 2xx status and its JSON schema (None when it has no body)."""
        for code, response in sorted(self.responses.items()):
            if str(code).startswith("2"):
                content = (response.get("content") or {}).get("application/json") or {}
                return int(code), content.get("schema")
        return 200, None

    @property
    def items_with_meta(self) -> bool:
        """Whether list items carry `row_num`/`total_rows` (their schema is `…WithMeta`)."""
        _, schema = self.success()
        key = self.items_key
        if not key or not schema:
            return False
        items = ((schema.get("properties") or {}).get(key) or {}).get("items") or {}
        return any("row_num" in (part.get("properties") or {}) for part in items.get("allOf", []))

    def success_schema_name(self) -> str | None:
        """The component name of the 2xx body, or of its list items (`…WithMeta` stripped)."""
        for code, response in sorted((self.unresolved.get("responses") or {}).items()):
            if not str(code).startswith("2"):
                continue
            content = (response.get("content") or {}).get("application/json") or {}
            schema = content.get("schema") or {}
            key = self.items_key
            if key:
                wrapper = _ref_name(schema)
                if wrapper and "properties" not in schema:
                    schema = self.document["components"]["schemas"].get(wrapper) or {}
                schema = ((schema.get("properties") or {}).get(key) or {}).get("items") or {}
            name = _ref_name(schema)
            if name and name.endswith("WithMeta"):
                name = name[: -len("WithMeta")]
            return name
        return None


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[1]
    for combinator in ("allOf",):
        for part in schema.get(combinator) or []:
            name = _ref_name(part)
            if name and not name.endswith("Meta"):
                return name
    return None


class Spec:
    """The bundled document, fully resolved, with its operations indexed (from `pracsuite_spec`)."""

    def __init__(self, document: dict[str, Any] | pracsuite_spec.Spec) -> None:
        self.model = (
            document if isinstance(document, pracsuite_spec.Spec) else pracsuite_spec.Spec(document)
        )
        self.document = self.model.document
        self.resolved: dict[str, Any] = self.model.resolved
        self.operations: list[Operation] = [
            _operation(op, self.document) for op in self.model.operations
        ]
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    def schema(self, name: str) -> dict[str, Any] | None:
        """A component schema, resolved."""
        return self.model.schema(name)

    @property
    def filter_syntax(self) -> pracsuite_spec.FilterSyntax:
        return self.model.filter_syntax


def _operation(op: pracsuite_spec.Operation, document: dict[str, Any]) -> Operation:
    body = (op.resolved.get("requestBody") or {}).get("content", {}).get("application/json")
    return Operation(
        operation_id=op.operation_id,
        method=op.method.upper(),
        path=op.path,
        parameters=op.parameters,
        body_schema=(body or {}).get("schema") if body is not None else None,
        body_required=bool((op.resolved.get("requestBody") or {}).get("required")),
        responses=op.resolved.get("responses") or {},
        raw=op.resolved,
        unresolved=op.raw,
        document=document,
        model=op,
    )


def default_spec_path() -> Path:
    """The repo's bundle when running from a checkout, else the copy packaged with the wheel."""
    return pracsuite_spec.default_path()


@functools.lru_cache(maxsize=4)
def load_spec(path: str | None = None) -> Spec:
    """Parse and index the spec; cached, so every module shares one instance."""
    return Spec(pracsuite_spec.load(path))

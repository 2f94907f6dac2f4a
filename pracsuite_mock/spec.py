"""Load the bundled OpenAPI description once and index its operations.

The spec is the single source of routes, parameters, body schemas, response schemas and the
`x-` rule extensions; nothing here restates them.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REPO_SPEC = Path(__file__).resolve().parents[1] / "openapi" / "pracsuite.yaml"


@dataclass(frozen=True)
class Parameter:
    """One query or path parameter, resolved."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str
    explode: bool
    json_content: bool
    raw: dict[str, Any]


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
    """The bundled document, fully resolved, with its operations indexed."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.resolved: dict[str, Any] = _resolve(document, document, ())
        self.operations: list[Operation] = list(self._index())
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    def schema(self, name: str) -> dict[str, Any] | None:
        """A component schema, resolved."""
        schemas = (self.resolved.get("components") or {}).get("schemas") or {}
        found = schemas.get(name)
        return found if isinstance(found, dict) else None

    @property
    def filter_syntax(self) -> dict[str, Any]:
        params = (self.document.get("components") or {}).get("parameters") or {}
        syntax = (params.get("QueryFilters") or {}).get("x-filter-syntax")
        return dict(syntax or {})

    def _index(self) -> list[Operation]:
        out: list[Operation] = []
        raw_paths = self.document.get("paths") or {}
        for path, item in (self.resolved.get("paths") or {}).items():
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                params: dict[tuple[str, str], dict[str, Any]] = {}
                for p in [*shared, *(op.get("parameters") or [])]:
                    params[(p["name"], p["in"])] = p
                body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
                out.append(
                    Operation(
                        operation_id=op.get("operationId") or f"{method} {path}",
                        method=method.upper(),
                        path=path,
                        parameters=tuple(_parameter(p) for p in params.values()),
                        body_schema=(body or {}).get("schema") if body is not None else None,
                        body_required=bool((op.get("requestBody") or {}).get("required")),
                        responses=op.get("responses") or {},
                        raw=op,
                        unresolved=raw_paths[path][method],
                        document=self.document,
                    )
                )
        return out


def _parameter(p: dict[str, Any]) -> Parameter:
    content = p.get("content") or {}
    json_content = "application/json" in content
    schema = content["application/json"].get("schema", {}) if json_content else p.get("schema", {})
    location = p["in"]
    style = p.get("style") or ("form" if location == "query" else "simple")
    return Parameter(
        name=p["name"],
        location=location,
        required=bool(p.get("required")),
        schema=schema or {},
        style=style,
        explode=bool(p.get("explode", style == "form")),
        json_content=json_content,
        raw=p,
    )


def _resolve(node: Any, root: dict[str, Any], stack: tuple[str, ...]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in stack:
                raise ValueError(f"recursive $ref {ref} is not supported")
            target: Any = root
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            resolved = _resolve(copy.deepcopy(target), root, (*stack, ref))
            siblings = {k: _resolve(v, root, stack) for k, v in node.items() if k != "$ref"}
            if siblings and isinstance(resolved, dict):
                return {**resolved, **siblings}
            return resolved
        return {k: _resolve(v, root, stack) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, root, stack) for v in node]
    return node


def default_spec_path() -> Path:
    """The repo's bundle when running from a checkout, else the copy packaged with the wheel."""
    if _REPO_SPEC.exists():
        return _REPO_SPEC
    packaged = importlib.resources.files("pracsuite_mock") / "_spec" / "pracsuite.yaml"
    return Path(str(packaged))


@functools.lru_cache(maxsize=4)
def load_spec(path: str | None = None) -> Spec:
    """Parse and index the spec; cached, so every module shares one instance."""
    text = Path(path or default_spec_path()).read_text(encoding="utf-8")
    return Spec(yaml.safe_load(text))

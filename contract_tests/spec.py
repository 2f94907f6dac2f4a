"""The bundled spec, read once, and the facts the domain checks take from its `x-` extensions."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "pracsuite.yaml"

Json = dict[str, Any]


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> Json:
    with path.open(encoding="utf-8") as fh:
        spec: Json = yaml.safe_load(fh)
    return spec


def resolve(spec: Json, node: Any) -> Any:
    """Follow one chain of local `$ref`s."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with its parameters resolved."""

    method: str
    path: str
    operation_id: str
    raw: Json = field(repr=False, compare=False, hash=False)
    parameters: tuple[Json, ...] = field(repr=False, compare=False, hash=False)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def param(self, name: str) -> Json | None:
        return next((p for p in self.parameters if p["name"] == name), None)

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(p["name"] for p in self.parameters if p["in"] == "path")

    @property
    def required_query(self) -> tuple[str, ...]:
        return tuple(p["name"] for p in self.parameters if p["in"] == "query" and p.get("required"))


@dataclass(frozen=True)
class ListOperation(Operation):
    """A paginated list operation (one carrying `x-pagination`)."""

    items_key: str = ""
    default_sort: tuple[str, ...] = ()
    sort_fields: tuple[str, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()

    @property
    def date_window(self) -> Json | None:
        value = self.raw.get("x-date-window")
        return value if isinstance(value, dict) else None

    @property
    def roster_flags(self) -> Json | None:
        value = self.raw.get("x-roster-flags")
        return value if isinstance(value, dict) else None

    @property
    def dependent_required(self) -> dict[str, list[str]]:
        value = self.raw.get("x-dependent-required")
        return dict(value) if isinstance(value, dict) else {}


def _parameters(spec: Json, path_item: Json, op: Json) -> tuple[Json, ...]:
    merged: dict[tuple[str, str], Json] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        merged[(param["name"], param["in"])] = param
    return tuple(merged.values())


def _sort_fields(spec: Json, params: tuple[Json, ...]) -> tuple[str, ...]:
    param = next((p for p in params if p["name"] == "sort_by"), None)
    if param is None:
        return ()
    schema: Any = param.get("schema")
    if schema is None:
        media: Json = next(iter(param.get("content", {}).values()), {})
        schema = media.get("schema", {})
    items = resolve(spec, resolve(spec, schema).get("items", {}))
    return tuple(items.get("enum", ()))


def operations(spec: Json | None = None) -> list[Operation]:
    spec = spec or load_spec()
    found: list[Operation] = []
    for path, path_item in spec.get("paths", {}).items():
        for method, op in path_item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            params = _parameters(spec, path_item, op)
            common: dict[str, Any] = {
                "method": method,
                "path": path,
                "operation_id": op.get("operationId", f"{method} {path}"),
                "raw": op,
                "parameters": params,
            }
            pagination = op.get("x-pagination")
            if method == "get" and isinstance(pagination, dict):
                found.append(
                    ListOperation(
                        **common,
                        items_key=pagination["items_key"],
                        default_sort=tuple(pagination.get("default_sort", ())),
                        sort_fields=_sort_fields(spec, params),
                        filters=tuple((op.get("x-filters") or {}).items()),
                    )
                )
            else:
                found.append(Operation(**common))
    return found


def list_operations(spec: Json | None = None) -> list[ListOperation]:
    return [op for op in operations(spec) if isinstance(op, ListOperation)]


def operation(operation_id: str, spec: Json | None = None) -> Operation:
    for op in operations(spec):
        if op.operation_id == operation_id:
            return op
    raise KeyError(f"no operation {operation_id!r} in the spec")


def filter_operators(spec: Json | None = None) -> dict[str, list[str]]:
    """Operators allowed per filter format (`QueryFilters.x-filter-syntax.operators`)."""
    spec = spec or load_spec()
    syntax = spec["components"]["parameters"]["QueryFilters"].get("x-filter-syntax", {})
    return {fmt: list(ops) for fmt, ops in syntax.get("operators", {}).items()}


def filter_separator(spec: Json | None = None) -> str:
    spec = spec or load_spec()
    syntax = spec["components"]["parameters"]["QueryFilters"].get("x-filter-syntax", {})
    return str(syntax.get("separator", ":"))


def page_size_max(spec: Json | None = None) -> int:
    spec = spec or load_spec()
    return int(spec["components"]["parameters"]["PageSize"]["schema"].get("maximum", 100))


@dataclass(frozen=True)
class Assumption:
    """One `x-assumption` of the spec, with the JSON pointer of the node carrying it."""

    pointer: str
    text: str


def assumptions(spec: Json | None = None) -> list[Assumption]:
    spec = spec or load_spec()
    found: list[Assumption] = []
    seen: set[int] = set()

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            if id(node) in seen:  # YAML anchors share nodes; report each once
                return
            seen.add(id(node))
            text = node.get("x-assumption")
            if isinstance(text, str):
                found.append(Assumption(pointer or "/", " ".join(text.split())))
            for key, value in node.items():
                walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(spec, "")
    return found

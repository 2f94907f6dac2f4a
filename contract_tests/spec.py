"""The suite's view of the spec: a thin facade over `pracsuite_spec`, the one model of the bundle.

The domain checks read facts from here (list envelopes, filters, windows); none re-reads the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pracsuite_spec
from pracsuite_spec import Assumption, DateWindow

__all__ = ["SPEC_PATH", "Assumption", "ListOperation", "Operation", "assumptions", "operations"]

SPEC_PATH = pracsuite_spec.default_path()

Json = dict[str, Any]


def load_spec(path: Path = SPEC_PATH) -> Json:
    return pracsuite_spec.load(path).document


def model(spec: Json | None = None) -> pracsuite_spec.Spec:
    return pracsuite_spec.load() if spec is None else pracsuite_spec.Spec(spec)


def resolve(spec: Json, node: Any) -> Any:
    """Follow one chain of local `$ref`s."""
    return pracsuite_spec.resolve(spec, node)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with its parameters resolved."""

    method: str
    path: str
    operation_id: str
    raw: Json = field(repr=False, compare=False, hash=False)
    parameters: tuple[Json, ...] = field(repr=False, compare=False, hash=False)
    model: pracsuite_spec.Operation | None = field(
        default=None, repr=False, compare=False, hash=False
    )

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
    def window(self) -> DateWindow | None:
        return self.model.date_window if self.model else None

    @property
    def roster_flags(self) -> pracsuite_spec.RosterFlags | None:
        return self.model.roster_flags if self.model else None

    @property
    def dependent_required(self) -> dict[str, list[str]]:
        if self.model is None:
            return {}
        return {k: list(v) for k, v in self.model.dependent_required.items()}


def _facade(op: pracsuite_spec.Operation) -> Operation:
    common: dict[str, Any] = {
        "method": op.method,
        "path": op.path,
        "operation_id": op.operation_id,
        "raw": op.raw,
        "parameters": tuple(p.raw for p in op.parameters),
        "model": op,
    }
    if op.listing is None:
        return Operation(**common)
    return ListOperation(
        **common,
        items_key=op.listing.items_key,
        default_sort=op.listing.default_sort,
        sort_fields=op.listing.sort_fields,
        filters=op.listing.filters,
    )


def operations(spec: Json | None = None) -> list[Operation]:
    return [_facade(op) for op in model(spec).operations]


def list_operations(spec: Json | None = None) -> list[ListOperation]:
    return [op for op in operations(spec) if isinstance(op, ListOperation)]


def operation(operation_id: str, spec: Json | None = None) -> Operation:
    return _facade(model(spec).operation(operation_id))


def filter_operators(spec: Json | None = None) -> dict[str, list[str]]:
    """Operators allowed per filter format (`QueryFilters.x-filter-syntax.operators`)."""
    syntax = model(spec).filter_syntax
    return {fmt: list(ops) for fmt, ops in syntax.operators.items()}


def filter_separator(spec: Json | None = None) -> str:
    return model(spec).filter_syntax.separator


def page_size_max(spec: Json | None = None) -> int:
    return model(spec).page_size_max


def assumptions(spec: Json | None = None) -> list[Assumption]:
    return model(spec).assumptions()

"""How a stored record is shown: the response shape of each schema, compiled once.

A record is shown with the schema's own properties only, in the schema's order: a property the
record lacks is shown as the seed fills it (null where allowed, else its example), an integral
float as an integer where the property is one, and `links` built from the spec: `self` from the
operation that gets the record by id, the other links from the link schema's examples. Showing
records is the mock's hottest path (every item of every page), so all that can be read from a
schema is read once per schema name and kept in a `Shape`; `Shaper` adds the base URL.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any

from .registry import resource_for
from .schemas import default_value, is_integer, properties
from .spec import Spec

Record = dict[str, Any]

_PATH_PARAM = re.compile(r"\{([^}]+)\}")
_FIRST_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")
_METADATA = ("row_num", "total_rows")
_COMPUTE = object()  # a default that is mutable, so built afresh for each record


@dataclass(frozen=True)
class _Field:
    name: str
    integral: bool  # an integral float is shown as an int
    default: Any  # shown when the record lacks the field (`_COMPUTE`: default_value(schema))
    schema: Any


@dataclass(frozen=True)
class _Link:
    name: str
    # `self`: None; an example under /v1/: (before, after) its first id segment, or (path, None)
    # when it has none; else None with `suffix` after the self path.
    example: tuple[str, str | None] | None
    suffix: str | None


@dataclass(frozen=True)
class Shape:
    """What showing a record of one schema needs, read from the spec once."""

    fields: tuple[_Field, ...] | None  # None: no properties, show the record as stored
    links: tuple[_Link, ...] | None  # None: the schema has no `links`
    id_field: str
    # The self path, split into literal text (even positions) and record fields (odd positions).
    self_parts: tuple[str, ...]


def compile_shape(spec: Spec, schema_name: str | None, schema: dict[str, Any] | None) -> Shape:
    resource = resource_for(schema_name or "")
    self_parts = _self_parts(spec, schema_name, resource.collection)
    props = properties(schema) if schema is not None else {}
    if not props:
        return Shape(None, None, resource.id_field, self_parts)
    fields: list[_Field] = []
    links: tuple[_Link, ...] | None = None
    for name, prop in props.items():
        if name in _METADATA:
            continue
        if name == "links":
            links = _compile_links(prop)
            fields.append(_Field(name, False, None, prop))
            continue
        default = default_value(prop)
        if isinstance(default, (list, dict)):
            default = _COMPUTE
        fields.append(_Field(name, is_integer(prop), default, prop))
    return Shape(tuple(fields), links, resource.id_field, self_parts)


def _self_parts(spec: Spec, schema_name: str | None, collection: str) -> tuple[str, ...]:
    """The template of the first GET-by-id operation answering the schema, else
    `/<collection>/{<id>}`; a parameter names the record's field, else (`{patient_attachment_id}`)
    stands for the record's own id."""
    for op in spec.operations:
        by_id = op.method == "GET" and not op.items_key and op.path.endswith("}")
        if by_id and schema_name and op.success_schema_name() == schema_name:
            return tuple(_PATH_PARAM.split(op.path))
    return (f"/{collection}/", "", "")  # "" names no field: the record's own id


def _compile_links(link_schema: Any) -> tuple[_Link, ...]:
    out: list[_Link] = []
    for name, prop in properties(link_schema).items():
        if name == "self":
            out.append(_Link(name, None, None))
            continue
        example = prop.get("example") if isinstance(prop, dict) else None
        if isinstance(example, str) and "/v1/" in example:
            path = example.split("/v1", 1)[1]
            found = _FIRST_ID_SEGMENT.search(path)
            split = (path[: found.start()], path[found.end() :]) if found else (path, None)
            out.append(_Link(name, split, None))
        else:
            out.append(_Link(name, None, f"/{name}"))
    return tuple(out)


_SHAPES: weakref.WeakKeyDictionary[Spec, dict[str | None, Shape]] = weakref.WeakKeyDictionary()


def shape_for(spec: Spec, schema_name: str | None, schema: dict[str, Any] | None) -> Shape:
    """The compiled shape of a schema (of the spec's component of that name), cached per spec."""
    shapes = _SHAPES.setdefault(spec, {})
    found = shapes.get(schema_name)
    if found is None:
        found = compile_shape(spec, schema_name, schema)
        if schema_name is not None:
            shapes[schema_name] = found
    return found


class Shaper:
    """Turns stored records into response bodies, with links under one base URL."""

    def __init__(self, spec: Spec, base_url: str) -> None:
        self.spec = spec
        self.base_url = base_url.rstrip("/")

    def show(
        self, record: Record, schema_name: str | None, schema: dict[str, Any] | None
    ) -> Record:
        shape = shape_for(self.spec, schema_name, schema)
        if shape.fields is None:
            return {k: v for k, v in record.items() if not k.startswith("_")}
        # Every documented property, whatever wrote the record (seed, create, edit): a property
        # the record lacks is shown as the seed fills it (null where allowed), so a record
        # created through the API has the same keys as a seeded one.
        out: Record = {}
        for field in shape.fields:
            name = field.name
            if name == "links":
                out["links"] = self._links(record, shape)
            elif name in record:
                value = record[name]
                if field.integral and isinstance(value, float) and value.is_integer():
                    value = int(value)
                out[name] = value
            elif field.default is _COMPUTE:
                out[name] = default_value(field.schema)
            else:
                out[name] = field.default
        return out

    def _links(self, record: Record, shape: Shape) -> Record:
        record_id = record.get(shape.id_field)
        parts = shape.self_parts
        pieces = [parts[0]]
        for i in range(1, len(parts), 2):
            pieces.append(str(record.get(parts[i], record_id) if parts[i] else record_id))
            pieces.append(parts[i + 1])
        self_path = "".join(pieces)
        base = self.base_url
        out: Record = {}
        for link in shape.links or ():
            if link.suffix is not None:
                out[link.name] = f"{base}{self_path}{link.suffix}"
            elif link.example is None:
                out["self"] = base + self_path
            else:
                before, after = link.example
                path = before if after is None else f"{before}/{record_id}{after}"
                out[link.name] = base + path
        if "self" not in out:
            out["self"] = base + self_path
        return out

"""How a stored record is shown: the response shape of each schema, compiled once.

A record is shown with the schema's own properties only, in the schema's order: a property the
record lacks is shown as the seed fills it (null where allowed, else its example), an integral
float as an integer where the property is one, and `links` built from the spec: `self` from the
operation that gets the record by id, the other links from the link schema's examples. Showing
records is the mock's hottest path (every item of every page), so all that can be read from a
schema is read once per schema name and kept in a `Shape`; `Shaper` adds the base URL.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from pracsuite_spec import Spec

from .registry import resource_for
from .schemas import default_value, is_integer, properties

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

    # The same fields, grouped for `Shaper.show`: every name and its default in the schema's
    # order, then those whose stored float may need showing as an int, and those whose default
    # is built afresh for each record.
    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields or ())

    @functools.cached_property
    def defaults(self) -> tuple[Any, ...]:
        return tuple(None if f.default is _COMPUTE else f.default for f in self.fields or ())

    @functools.cached_property
    def integral(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields or () if f.integral)

    @functools.cached_property
    def computed(self) -> tuple[_Field, ...]:
        return tuple(f for f in self.fields or () if f.default is _COMPUTE)


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
        by_id = op.method == "get" and not op.items_key and op.path.endswith("}")
        if by_id and schema_name and op.success_schema_name == schema_name:
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


class Shapes:
    """The compiled shape of each schema of one spec, by component name; each `MockState` owns
    one, shared by all its `Shaper`s."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._by_name: dict[str, Shape] = {}

    def get(self, schema_name: str | None, schema: dict[str, Any] | None) -> Shape:
        """The shape of `schema` (the spec's component `schema_name` when not given)."""
        found = None if schema_name is None else self._by_name.get(schema_name)
        if found is None:
            found = compile_shape(self.spec, schema_name, schema)
            if schema_name is not None:
                self._by_name[schema_name] = found
        return found


class _Links:
    """A shape's links under one base URL: every constant part joined once."""

    def __init__(self, shape: Shape, base: str) -> None:
        parts = shape.self_parts
        self.id_field = shape.id_field
        self.head = base + parts[0]  # the self URL up to its first field
        self.rest = tuple((parts[i], parts[i + 1]) for i in range(1, len(parts), 2))
        # (name, kind, text, after): kind 0 self URL + text, 1 text, 2 text + id + after
        links: list[tuple[str, int, str, str]] = []
        for link in shape.links or ():
            if link.suffix is not None:
                links.append((link.name, 0, link.suffix, ""))
            elif link.example is None:
                links.append(("self", 0, "", ""))
            else:
                before, after = link.example
                if after is None:
                    links.append((link.name, 1, base + before, ""))
                else:
                    links.append((link.name, 2, f"{base}{before}/", after))
        if not any(name == "self" for name, *_ in links):
            links.append(("self", 0, "", ""))
        self.links = tuple(links)

    def render(self, record: Record) -> Record:
        record_id = record.get(self.id_field)
        url = self.head
        for field, text in self.rest:
            url = f"{url}{record.get(field, record_id) if field else record_id}{text}"
        out: Record = {}
        for name, kind, text, after in self.links:
            if kind == 0:
                out[name] = url + text
            elif kind == 1:
                out[name] = text
            else:
                out[name] = f"{text}{record_id}{after}"
        return out


class Shaper:
    """Turns stored records into response bodies, with links under one base URL."""

    def __init__(self, shapes: Shapes, base_url: str) -> None:
        self.shapes = shapes
        self.spec = shapes.spec
        self.base_url = base_url.rstrip("/")
        self._compiled: dict[str, tuple[Shape, _Links | None]] = {}

    def _compile(
        self, schema_name: str | None, schema: dict[str, Any] | None
    ) -> tuple[Shape, _Links | None]:
        if schema_name is not None:
            found = self._compiled.get(schema_name)
            if found is not None:
                return found
        if schema is None and schema_name is not None:
            schema = self.spec.schema(schema_name)
        shape = self.shapes.get(schema_name, schema)
        compiled = (shape, _Links(shape, self.base_url) if shape.links is not None else None)
        if schema_name is not None:
            self._compiled[schema_name] = compiled
        return compiled

    def show(
        self, record: Record, schema_name: str | None, schema: dict[str, Any] | None = None
    ) -> Record:
        """The record as the schema shows it (`schema`: the spec's component of that name when
        not given)."""
        shape, links = self._compile(schema_name, schema)
        if shape.fields is None:
            return {k: v for k, v in record.items() if not k.startswith("_")}
        # Every documented property, whatever wrote the record (seed, create, edit): a property
        # the record lacks is shown as the seed fills it (null where allowed), so a record
        # created through the API has the same keys as a seeded one.
        names = shape.names
        out: Record = dict(zip(names, map(record.get, names, shape.defaults), strict=True))
        for name in shape.integral:
            value = out[name]
            if isinstance(value, float) and value.is_integer() and name in record:
                out[name] = int(value)
        for field in shape.computed:
            if field.name not in record:
                out[field.name] = default_value(field.schema)
        if links is not None:
            out["links"] = links.render(record)
        return out

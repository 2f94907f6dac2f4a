"""One typed model of the bundled spec, read once: operations with their list envelopes, filters,
sort fields, date windows, dependent and exclusive fields, roster flags, request bodies and
response schemas, and the `x-assumption`s. Every `x-` extension is read here and nowhere else
(`tests/spec/test_one_model.py` fails on a read outside this package): the mock, the contract
suite, the client's generator and the scripts ask this model rather than reading the YAML
(stripe-mock's `spec` package plays the same part).
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pracsuite_spec import extensions
from pracsuite_spec.extensions import escape, unescape

Json = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOCS_BASE = "https://docs.api.pracsuite.com/openapi"
JSON = "application/json"
# The API's documented body limit, for a document that does not state `x-max-body-bytes`.
DEFAULT_MAX_BODY_BYTES = 1_048_576

# The bundle, written once: the checkout's copy, else the one packaged into the wheel.
REPO_BUNDLE = Path(__file__).resolve().parents[1] / "openapi" / "pracsuite.yaml"
PACKAGED_BUNDLE = "_bundle/pracsuite.yaml"


def default_path() -> Path:
    if REPO_BUNDLE.exists():
        return REPO_BUNDLE
    return Path(str(importlib.resources.files("pracsuite_spec") / PACKAGED_BUNDLE))


def resolve(document: Json, node: Any) -> Any:
    """Follow one chain of local `$ref`s (the node itself when it is no reference)."""
    while isinstance(node, dict) and "$ref" in node:
        node = pointer_get(document, node["$ref"].removeprefix("#"))
    return node


def pointer_get(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (RFC 6901)."""
    node = document
    for token in pointer.split("/")[1:]:
        token = unescape(token)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def resolve_deep(node: Any, root: Json, stack: tuple[str, ...] = ()) -> Any:
    """A copy of `node` with every local `$ref` replaced by its target (siblings kept)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in stack:
                raise ValueError(f"recursive $ref {ref} is not supported")
            target = resolve_deep(copy.deepcopy(pointer_get(root, ref[1:])), root, (*stack, ref))
            siblings = {k: resolve_deep(v, root, stack) for k, v in node.items() if k != "$ref"}
            if siblings and isinstance(target, dict):
                return {**target, **siblings}
            return target
        return {k: resolve_deep(v, root, stack) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve_deep(v, root, stack) for v in node]
    return node


@dataclass(frozen=True)
class Parameter:
    """One query, path or header parameter, resolved."""

    name: str
    location: str
    required: bool
    schema: Json
    style: str
    explode: bool
    json_content: bool
    raw: Json = field(repr=False, compare=False)


@dataclass(frozen=True)
class ListEnvelope:
    """`{"<items_key>": [...], "total_entries": N, "links": {...}}` and how it is ordered and filtered."""

    items_key: str
    default_sort: tuple[str, ...]
    sort_fields: tuple[str, ...]
    filters: tuple[tuple[str, str], ...]  # (field, format) for `q[]`


@dataclass(frozen=True)
class DateWindow:
    """`x-date-window`: the two date parameters and the longest span they may cover."""

    from_param: str
    to_param: str
    max_days: int
    inclusive: bool


@dataclass(frozen=True)
class RosterFlags:
    """`x-roster-flags`: availability's flag parameters, the ones assumed when none is given
    true, and how several combine."""

    params: tuple[str, ...]
    default_when_none: tuple[str, ...]
    combine: str
    none_means: str


@dataclass(frozen=True)
class FilterSyntax:
    """`x-filter-syntax` of `QueryFilters`: `<field><separator><operator><separator><value>`,
    the operators allowed per format, and each format's value pattern and example."""

    separator: str = ":"
    operators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    value_patterns: Mapping[str, str] = field(default_factory=dict)
    value_examples: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Folded:
    """A schema with its `allOf` parts (and `$ref`s, given the document) folded into one:
    properties, required names, openness, and `x-present-when` (properties present only under
    a condition, with that condition)."""

    properties: Mapping[str, Any]
    required: tuple[str, ...]
    additional_properties: Any
    present_when: Mapping[str, str]
    type: Any = None
    items: Any = None


def fold(schema: Any, document: Json | None = None) -> Folded:
    """The one `allOf` fold: parts first, then the schema's own keywords (which win). With the
    `document`, `$ref`s are followed; without it the schema must be resolved."""
    if document is not None:
        schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return Folded({}, (), None, {})
    properties: dict[str, Any] = {}
    required: list[str] = []
    present_when: dict[str, str] = {}
    additional: Any = None
    for part in schema.get("allOf") or []:
        sub = fold(part, document)
        properties.update(sub.properties)
        required += sub.required
        present_when.update(sub.present_when)
        if sub.additional_properties is not None:
            additional = sub.additional_properties
    properties.update(schema.get("properties") or {})
    required += schema.get("required") or []
    present_when.update(schema.get("x-present-when") or {})
    if "additionalProperties" in schema:
        additional = schema["additionalProperties"]
    return Folded(
        properties,
        tuple(required),
        additional,
        present_when,
        schema.get("type"),
        schema.get("items"),
    )


def component_name(schema: Mapping[str, Any]) -> str | None:
    """The component a schema names: its `$ref`, else its first `allOf` part's that is not a
    `…Meta` mix-in (`{allOf: [$ref Patient, $ref ListMeta]}` is `Patient`)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[1]
    for part in schema.get("allOf") or []:
        name = component_name(part)
        if name and not name.endswith("Meta"):
            return name
    return None


@dataclass(frozen=True)
class Operation:
    """One operation, as written (`raw`) and resolved, with its extensions typed. Derived facts
    are cached on first use (`functools.cached_property`): the mock asks them per request."""

    method: str  # lower case, as in the document
    path: str
    operation_id: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...] = field(compare=False)
    raw: Json = field(repr=False, compare=False)  # the operation as written (refs kept)
    resolved: Json = field(repr=False, compare=False)  # the operation with every ref resolved
    listing: ListEnvelope | None = None
    date_window: DateWindow | None = None
    dependent_required: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    roster_flags: RosterFlags | None = None
    assumption: str | None = None  # the operation's own `x-assumption`, whitespace folded
    source: str | None = None  # `x-source`: its reference page where the URL scheme differs
    explicit_sdk_method: str | None = None  # `x-sdk-method`
    document: Json = field(default_factory=dict, repr=False, compare=False)  # the whole bundle

    @property
    def sdk_method(self) -> tuple[str, str]:
        """`(resource, verb)` of this operation in pracsuite's resource layer
        (`client.<resource>.<verb>`): its `x-sdk-method` where meaning needs one, else derived
        from the first tag (snake_case plural) and the operationId (`listAppointmentsByPatient`
        on `Appointment` is `appointments.list_by_patient`)."""
        if self.explicit_sdk_method is not None:
            resource, _, verb = self.explicit_sdk_method.partition(".")
            return resource, verb
        return sdk_method(self.operation_id, self.tags[0] if self.tags else "", self.listing)

    @property
    def items_key(self) -> str:
        """The list envelope's items key ("" when the operation is no list)."""
        return self.listing.items_key if self.listing else ""

    @property
    def default_sort(self) -> tuple[str, ...]:
        return self.listing.default_sort if self.listing else ()

    @property
    def sort_fields(self) -> tuple[str, ...]:
        return self.listing.sort_fields if self.listing else ()

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters if p.location == "path")

    @property
    def required_query(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters if p.location == "query" and p.required)

    @functools.cached_property
    def filters(self) -> dict[str, str]:
        """`q[]` fields and their formats (empty when the operation takes no filters)."""
        return dict(self.listing.filters) if self.listing else {}

    @functools.cached_property
    def body_schema(self) -> Json | None:
        """The JSON request body's schema, resolved (None when the operation takes none)."""
        media = ((self.resolved.get("requestBody") or {}).get("content") or {}).get(JSON)
        if media is None:
            return None
        schema = media.get("schema")
        return schema if isinstance(schema, dict) else {}

    @property
    def body_required(self) -> bool:
        return bool((self.resolved.get("requestBody") or {}).get("required"))

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def pointer(self) -> str:
        return f"/paths/{escape(self.path)}/{self.method}"

    def param(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    @property
    def doc_page(self) -> str:
        """The reference page of this operation: its `x-source`, else the reference's URL scheme
        (`/openapi/<tag>/<operationid>-<method>`)."""
        if self.source is not None:
            return self.source
        tag = (self.tags[0] if self.tags else "").lower().replace(" ", "-")
        return f"{DOCS_BASE}/{tag}/{self.operation_id.lower()}-{self.method}"

    @functools.cached_property
    def responses(self) -> Json:
        return dict(self.resolved.get("responses") or {})

    def response_key(self, status: int) -> str | None:
        """Which entry of `responses` documents `status`: the one rule (the exact code, then its
        `NXX` range, then `default`); None when the status is not documented."""
        responses = self.raw.get("responses") or {}
        return next(
            (k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None
        )

    def documents(self, status: int) -> bool:
        return self.response_key(status) is not None

    def response(self, status: int) -> Json | None:
        """The resolved response object documenting `status` (None when undocumented)."""
        key = self.response_key(status)
        return None if key is None else dict(self.responses[key])

    def response_schema(self, status: int) -> Json | None:
        """The JSON body schema documented for `status`, resolved (None when undocumented or
        without a JSON body)."""
        response = self.response(status)
        schema = ((response or {}).get("content") or {}).get(JSON, {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def response_schema_pointer(self, status: int) -> str | None:
        """The JSON pointer, in the bundle, of the schema documented for `status` (refs
        followed to the node that carries it, so an `x-assumption` there is found)."""
        key = self.response_key(status)
        if key is None:
            return None
        pointer = f"{self.pointer}/responses/{escape(key)}"
        node = (self.raw.get("responses") or {})[key]
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"].removeprefix("#")
            node = pointer_get(self.document, pointer)
        if JSON not in (node.get("content") or {}):
            return None
        return f"{pointer}/content/{escape(JSON)}/schema"

    @property
    def redirect_statuses(self) -> frozenset[int]:
        return frozenset(
            int(s) for s in self.raw.get("responses") or {} if s.isdigit() and 300 <= int(s) < 400
        )

    @functools.cached_property
    def success(self) -> tuple[int, Json | None]:
        """The first 2xx status and its JSON schema (None when it has no body)."""
        for code in sorted(self.responses, key=str):
            if str(code).startswith("2"):
                return int(code), self.response_schema(int(code))
        return 200, None

    @functools.cached_property
    def success_schema_name(self) -> str | None:
        """The component name of the 2xx body, or of a list's items (`…WithMeta` stripped)."""
        for code, response in sorted((self.raw.get("responses") or {}).items()):
            if not str(code).startswith("2"):
                continue
            response = resolve(self.document, response)
            schema = ((response.get("content") or {}).get(JSON) or {}).get("schema") or {}
            if self.items_key:
                wrapper = component_name(schema)
                if wrapper and "properties" not in schema:
                    schema = self.document["components"]["schemas"].get(wrapper) or {}
                schema = ((schema.get("properties") or {}).get(self.items_key) or {}).get(
                    "items"
                ) or {}
            name = component_name(schema)
            return name.removesuffix("WithMeta") if name else None
        return None

    @functools.cached_property
    def items_with_meta(self) -> bool:
        """Whether list items carry `row_num`/`total_rows` (their schema is `…WithMeta`)."""
        _, schema = self.success
        if not self.items_key or not schema:
            return False
        items = ((schema.get("properties") or {}).get(self.items_key) or {}).get("items") or {}
        return any("row_num" in (part.get("properties") or {}) for part in items.get("allOf", []))


@dataclass(frozen=True)
class Assumption:
    """One `x-assumption`: its text, the pointer of the node carrying it, and every pointer where
    that same node appears (a YAML alias in the bundle shares one node between places)."""

    pointer: str
    text: str
    pointers: tuple[str, ...] = ()


class Spec:
    """The bundled document with its operations indexed; build it with `load()`."""

    def __init__(self, document: Json) -> None:
        extensions.check(document)
        self.document = document
        self.operations: tuple[Operation, ...] = tuple(self._index())
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    @functools.cached_property
    def resolved(self) -> Json:
        resolved: Json = resolve_deep(self.document, self.document)
        return resolved

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.by_id[operation_id]
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in the spec") from None

    def find(self, method: str, path: str) -> Operation | None:
        method = method.lower()
        return next((o for o in self.operations if o.method == method and o.path == path), None)

    @property
    def list_operations(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.listing is not None)

    def schema(self, name: str) -> Json | None:
        """A component schema, resolved."""
        found = ((self.resolved.get("components") or {}).get("schemas") or {}).get(name)
        return found if isinstance(found, dict) else None

    @functools.cached_property
    def filter_syntax(self) -> FilterSyntax:
        params = (self.document.get("components") or {}).get("parameters") or {}
        syntax = (params.get("QueryFilters") or {}).get("x-filter-syntax") or {}
        return FilterSyntax(
            separator=str(syntax.get("separator", ":")),
            operators={k: tuple(v) for k, v in (syntax.get("operators") or {}).items()},
            value_patterns=dict(syntax.get("value_patterns") or {}),
            value_examples=dict(syntax.get("value_examples") or {}),
        )

    @property
    def max_body_bytes(self) -> int:
        """`x-max-body-bytes`: the largest request body the API takes (larger answers 413)."""
        return int(self.document.get("x-max-body-bytes") or DEFAULT_MAX_BODY_BYTES)

    def fold(self, schema: Any) -> Folded:
        """`fold` with this document's `$ref`s followed."""
        return fold(schema, self.document)

    @property
    def page_size_max(self) -> int:
        page_size = self.document["components"]["parameters"]["PageSize"]["schema"]
        return int(page_size.get("maximum", 100))

    @functools.cached_property
    def exclusive_fields(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Per component schema, the groups of body fields of which at most one may be given,
        stated in standard JSON Schema as `not: {required: [a, b]}`."""
        schemas = (self.document.get("components") or {}).get("schemas") or {}
        found: dict[str, tuple[tuple[str, ...], ...]] = {}
        for name, schema in schemas.items():
            negated = schema.get("not") if isinstance(schema, dict) else None
            if isinstance(negated, dict) and len(negated.get("required") or ()) > 1:
                found[name] = (tuple(negated["required"]),)
        return found

    @functools.cached_property
    def formats(self) -> frozenset[str]:
        """Every `format` a schema of the spec names (custom ones need a registered strategy)."""
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if isinstance(node.get("format"), str):
                    found.add(node["format"])
                for key, value in node.items():
                    if key not in ("example", "examples", "properties"):
                        walk(value)
                    elif key == "properties" and isinstance(value, dict):
                        for sub in value.values():
                            walk(sub)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.document)
        return frozenset(found)

    @functools.cached_property
    def date_window_days(self) -> int:
        """The availability window's maximum length, the same for every operation that has one."""
        days = {op.date_window.max_days for op in self.operations if op.date_window}
        if len(days) != 1:
            raise ValueError(f"expected one x-date-window max_days in the spec, found {days}")
        return days.pop()

    @functools.cached_property
    def personal_fields(self) -> frozenset[str]:
        """Property names that identify a person, from every schema's `x-personal` list (each
        name must be a property of its schema: a typo would leave data unpseudonymised)."""
        names: set[str] = set()
        schemas = (self.document.get("components") or {}).get("schemas") or {}
        for schema_name, schema in schemas.items():
            listed = schema.get("x-personal") if isinstance(schema, dict) else None
            if listed is None:
                continue
            unknown = sorted(set(listed) - set(schema.get("properties") or {}))
            if unknown:
                raise ValueError(f"x-personal of {schema_name} names no property: {unknown}")
            names.update(str(name) for name in listed)
        return frozenset(names)

    def assumptions(self) -> list[Assumption]:
        """Every `x-assumption`, once per node (the one dedupe rule), in document order.

        The bundler writes a node shared by several places once and aliases it, so one assumption
        may sit at several pointers: it is still one assumption, listed at its first pointer with
        all of them in `pointers`. Two separate nodes with the same text are two assumptions (they
        are about different places and may break independently).
        """
        order: list[int] = []
        texts: dict[int, str] = {}
        where: dict[int, list[str]] = {}
        for node, pointer in _walk(self.document, ""):
            text = node.get("x-assumption")
            if not isinstance(text, str):
                continue
            key = id(node)
            if key not in where:
                order.append(key)
                texts[key] = " ".join(text.split())
                where[key] = []
            where[key].append(pointer or "/")
        return [Assumption(where[k][0], texts[k], tuple(where[k])) for k in order]

    def _index(self) -> Iterator[Operation]:
        for path, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield self._operation(path, method, item, op)

    def _operation(self, path: str, method: str, item: Json, op: Json) -> Operation:
        merged: dict[tuple[str, str], Json] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = resolve_deep(raw, self.document)
            merged[(param["name"], param["in"])] = param
        params = tuple(_parameter(p) for p in merged.values())
        listing = None
        pagination = op.get("x-pagination")
        if method == "get" and isinstance(pagination, dict):
            sort_by = next((p for p in params if p.name == "sort_by"), None)
            items = (sort_by.schema.get("items") or {}) if sort_by else {}
            listing = ListEnvelope(
                items_key=str(pagination["items_key"]),
                default_sort=tuple(pagination.get("default_sort") or ()),
                sort_fields=tuple(items.get("enum") or ()),
                filters=tuple((op.get("x-filters") or {}).items()),
            )
        window = op.get("x-date-window")
        flags = op.get("x-roster-flags")
        assumption = op.get("x-assumption")
        return Operation(
            method=method,
            path=path,
            operation_id=str(op.get("operationId") or f"{method} {path}"),
            tags=tuple(op.get("tags") or ()),
            parameters=params,
            raw=op,
            resolved=resolve_deep(op, self.document),
            listing=listing,
            date_window=DateWindow(
                from_param=str(window["from"]),
                to_param=str(window["to"]),
                max_days=int(window["max_days"]),
                inclusive=bool(window.get("inclusive", True)),
            )
            if isinstance(window, dict)
            else None,
            dependent_required={
                k: tuple(v) for k, v in (op.get("x-dependent-required") or {}).items()
            },
            roster_flags=RosterFlags(
                params=tuple(flags.get("params") or ()),
                default_when_none=tuple(flags.get("default_when_none") or ()),
                combine=str(flags.get("combine", "all")),
                none_means=str(flags.get("none_means", "")),
            )
            if isinstance(flags, dict)
            else None,
            assumption=" ".join(assumption.split()) if isinstance(assumption, str) else None,
            source=str(op["x-source"]) if isinstance(op.get("x-source"), str) else None,
            explicit_sdk_method=str(op["x-sdk-method"])
            if isinstance(op.get("x-sdk-method"), str)
            else None,
            document=self.document,
        )


_VERBS = {"get": "retrieve", "edit": "update"}


def snake(name: str) -> str:
    """`listAppointmentsByPatient` -> `list_appointments_by_patient`; `Appointment Type` ->
    `appointment_type`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace(" ", "_").lower()


def plural(word: str) -> str:
    return word + ("es" if word.endswith(("s", "x")) else "s")


def sdk_method(operation_id: str, tag: str, listing: ListEnvelope | None) -> tuple[str, str]:
    """The derived `(resource, verb)`: the tag's snake_case plural, and the operationId's verb
    (`get` is `list` on a list operation and `retrieve` otherwise, `edit` is `update`) followed by
    whatever of the operationId is not the resource's name (`by_patient`)."""
    singular = snake(tag)
    resource = plural(singular)
    prefix, _, rest = snake(operation_id).partition("_")
    verb = (
        "list" if listing is not None and prefix in ("get", "list") else _VERBS.get(prefix, prefix)
    )
    for name in (resource, singular):
        if name in rest:
            rest = rest.replace(name, "", 1).strip("_")
            break
    return resource, f"{verb}_{rest}" if rest else verb


def _walk(node: Any, pointer: str) -> Iterator[tuple[Json, str]]:
    """Every mapping of the document with its pointer, in document order (aliases visited at
    each place they appear)."""
    if isinstance(node, dict):
        yield node, pointer
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _parameter(p: Json) -> Parameter:
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


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Spec:
    with open(path, encoding="utf-8") as fh:
        return Spec(yaml.safe_load(fh))


def load(path: str | Path | None = None) -> Spec:
    """Parse, check and index the spec; cached, so every module in a process shares one."""
    return _load(str(path or default_path()))

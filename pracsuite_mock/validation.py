"""Request validation driven by the spec: path and query parameters, bodies, and the rule
extensions (`x-dependent-required`, `x-date-window`) that JSON Schema cannot say (they relate
query parameters to each other). Body rules are all standard JSON Schema (`not`/`required` for
"at most one of").

Parameters are decoded by their schema type (integers, `true`/`false` booleans, arrays by
`style`/`explode`: repeated keys when exploded, comma-separated when not; `content:
application/json` parameters such as `sort_by` are JSON-decoded), then checked with a Draft
2020-12 validator. A bad parameter answers 400 INVALID_PARAMS whose `detail` names the parameter
and the rule; a bad body answers 422 INVALID_BODY with one `validation[]` entry per field.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from pracsuite_spec import FilterSyntax, Operation, Parameter

from . import filtering, formats
from .errors import BadRequest, FieldIssue, InvalidBody

# Checked only on values of at most _MAX_NUMBER_CHARS characters, and written so that no two
# quantifiers compete for the same digits (no backtracking): linear in the input.
_MAX_NUMBER_CHARS = 400
_INT = re.compile(r"^[+-]?\d{1,400}$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass
class RequestInput:
    """A request's decoded and validated inputs."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    filters: list[filtering.Filter] = field(default_factory=list)
    body: Any = None


class _Invalid(Exception):
    """A parameter value that did not decode; its message is the rule it broke."""


class Validators:
    """A validator per schema object of one spec, built on first use; each `MockState` owns one.
    Keyed by the schema's id: each entry keeps its schema alive, so an id is never reused."""

    # Decoded parameter values that passed their schema, by (id(schema), typed value): requests
    # repeat a few dates, pages and ids, and a value valid once is valid again. The schema is
    # kept with the entry (and compared by identity), so a reused id never hits; cleared when full.
    PASSED_MAX = 8192

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[dict[str, Any], Draft202012Validator]] = {}
        self._passed: dict[tuple[int, Any], dict[str, Any]] = {}

    def passed(self, schema: dict[str, Any], typed: Any) -> bool:
        """Whether this value (as `_typed` gives it) already passed this very schema."""
        return self._passed.get((id(schema), typed)) is schema

    def remember_passed(self, schema: dict[str, Any], typed: Any) -> None:
        if len(self._passed) >= self.PASSED_MAX:
            self._passed.clear()
        self._passed[(id(schema), typed)] = schema

    def for_schema(self, schema: dict[str, Any]) -> Draft202012Validator:
        found = self._by_id.get(id(schema))
        if found is None or found[0] is not schema:
            found = (schema, Draft202012Validator(schema, format_checker=formats.checker()))
            self._by_id[id(schema)] = found
        return found[1]


def validate_parameters(
    op: Operation,
    path_params: dict[str, str],
    query_items: Iterable[tuple[str, str]],
    filter_syntax: FilterSyntax,
    validators: Validators,
) -> RequestInput:
    """Decode and check path and query parameters, then the operation's rule extensions."""
    out = RequestInput()
    for name, raw_value in path_params.items():
        param = op.param(name)
        if param is not None:
            out.path[name] = _decode_and_check(param, [raw_value], validators)

    grouped: dict[str, list[str]] = {}
    for key, value in query_items:
        grouped.setdefault(key, []).append(value)
    known = {p.name for p in op.parameters if p.location == "query"}
    unknown = [k for k in grouped if k not in known]
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise BadRequest(
            f"unknown query parameter{'s' if len(unknown) > 1 else ''}: "
            f"{', '.join(unknown)} (allowed: {allowed})"
        )
    for param in op.parameters:
        if param.location != "query":
            continue
        values = grouped.get(param.name)
        if values is None:
            if param.required:
                raise BadRequest(f"{param.name}: is required")
            continue
        if param.name == filtering.PARAM:  # parse first: its messages name the rule exactly
            out.filters = filtering.parse(values, op.filters, filter_syntax)
        out.query[param.name] = _decode_and_check(param, values, validators)

    _check_dependent_required(op, out.query)
    _check_date_window(op, out.query)
    return out


def _typed(value: Any) -> Any:
    """A hashable stand-in for a decoded value, its types included (True is not 1, 1.0 is not
    1 to a schema); None for what is not worth remembering."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return (type(value), value)
    if isinstance(value, list) and len(value) <= 32:
        items = tuple(_typed(item) for item in value)
        return None if None in items else (list, items)
    return None


def _decode_and_check(param: Parameter, values: list[str], validators: Validators) -> Any:
    try:
        value = _decode(param, values)
    except _Invalid as exc:
        raise BadRequest(f"{param.name}: {exc}") from None
    schema = param.schema
    typed = _typed(value)
    if typed is not None and validators.passed(schema, typed):
        return value
    errors = sorted(validators.for_schema(schema).iter_errors(value), key=_error_order)
    if errors:
        raise BadRequest(f"{param.name}: {_param_rule(param, errors[0])}")
    if typed is not None:
        validators.remember_passed(schema, typed)
    return value


def _decode(param: Parameter, values: list[str]) -> Any:
    schema = param.schema
    if param.json_content:
        if len(values) > 1:
            raise _Invalid("given more than once")
        try:
            return json.loads(values[0], parse_constant=_reject_constant)
        except (ValueError, RecursionError):
            kind = _types(schema)
            raise _Invalid(f"must be a JSON {kind[0] if kind else 'value'} literal") from None
    types = _types(schema)
    if "array" in types:
        item_schema = schema.get("items") or {}
        if param.explode:
            raw_items = values
        else:
            raw_items = [part for value in values for part in value.split(",")]
        return [_scalar(item_schema, item) for item in raw_items]
    if len(values) > 1:
        raise _Invalid("given more than once")
    return _scalar(schema, values[0])


def _scalar(schema: dict[str, Any], raw: str) -> Any:
    types = _types(schema)
    if "null" in types and raw in ("", "null"):
        return None
    if len(raw) > _MAX_NUMBER_CHARS and ("integer" in types or "number" in types):
        if "string" not in types:
            raise _Invalid(f"must be a number of at most {_MAX_NUMBER_CHARS} characters")
        return raw
    if "integer" in types:
        if _INT.match(raw):
            return int(raw)
        if "string" not in types:
            raise _Invalid(f"must be an integer, got {raw!r}")
    if "number" in types:
        if _NUMBER.match(raw):
            return float(raw)
        if "string" not in types:
            raise _Invalid(f"must be a number, got {raw!r}")
    if "boolean" in types:
        if raw in ("true", "false"):
            return raw == "true"
        if "string" not in types:
            raise _Invalid(f"must be true or false, got {raw!r}")
    return raw


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _error_order(error: ValidationError) -> tuple[int, str]:
    return (len(error.absolute_path), str(list(error.absolute_path)))


def _param_rule(param: Parameter, error: ValidationError) -> str:
    v, vv, inst = error.validator, error.validator_value, error.instance
    if v == "enum" and error.absolute_path and isinstance(vv, list):
        noun = "field" if param.name == "sort_by" else "value"
        allowed = ", ".join(str(x) for x in vv)
        return f"unknown {noun} {inst!r}, allowed: {allowed}"
    return _rule(str(v), vv, inst, error)


def _rule(v: str, vv: Any, inst: Any, error: ValidationError) -> str:
    """A short statement of the JSON Schema rule an instance broke."""
    if v == "type":
        kinds = vv if isinstance(vv, list) else [vv]
        return "must be " + " or ".join(_article(k) for k in kinds)
    if v == "minimum":
        return f"must be at least {vv}"
    if v == "maximum":
        return f"must be at most {vv}"
    if v == "exclusiveMinimum":
        return f"must be greater than {vv}"
    if v == "exclusiveMaximum":
        return f"must be less than {vv}"
    if v == "multipleOf":
        return f"must be a multiple of {vv}"
    if v == "minLength":
        return f"must be at least {vv} characters long"
    if v == "maxLength":
        return f"must be at most {vv} characters long"
    if v == "minItems":
        return f"must have at least {vv} item{'s' if vv != 1 else ''}"
    if v == "maxItems":
        return f"must have at most {vv} items"
    if v == "uniqueItems":
        return "must not repeat items"
    if v == "enum":
        return "must be one of " + ", ".join("null" if x is None else str(x) for x in vv)
    if v == "const":
        return f"must be {vv!r}"
    if v == "format":
        return "must be " + formats.DESCRIPTIONS.get(str(vv), f"a valid {vv}")
    if v == "pattern":
        return f"must match the pattern {vv}"
    if v == "minProperties":
        return f"must have at least {vv} field{'s' if vv != 1 else ''}"
    return error.message if len(error.message) < 200 else f"breaks the {v} rule"


def _article(kind: str) -> str:
    words = {"integer": "an integer", "array": "an array", "object": "an object", "null": "null"}
    return words.get(kind, f"a {kind}")


def _check_dependent_required(op: Operation, query: dict[str, Any]) -> None:
    rules = op.dependent_required
    for name, needed in rules.items():
        if query.get(name) is None:
            continue
        missing = [n for n in needed if query.get(n) is None]
        if missing:
            raise BadRequest(f"{name}: requires {', '.join(missing)} (given {name} without it)")


def _check_date_window(op: Operation, query: dict[str, Any]) -> None:
    # The typed `x-date-window` of the spec this mock was started on: the one place the window's
    # length is checked (the availability engine answers any window).
    window = op.date_window
    if window is None:
        return
    start_name, end_name = window.from_param, window.to_param
    start, end = query.get(start_name), query.get(end_name)
    if not isinstance(start, str) or not isinstance(end, str):
        return
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise BadRequest(f"{start_name}, {end_name}: must be dates (YYYY-MM-DD)") from None
    if last < first:
        raise BadRequest(f"{end_name}: must not be before {start_name} ({end} < {start})")
    max_days = window.max_days
    days = (last - first).days + (1 if window.inclusive else 0)
    if days > max_days:
        raise BadRequest(
            f"{start_name}..{end_name}: the window spans {days} days, at most {max_days} allowed"
        )


def parse_body(op: Operation, raw: bytes, validators: Validators) -> Any:
    """The JSON body, checked against the operation's schema, or 422 INVALID_BODY."""
    if op.body_schema is None:
        return None
    if not raw.strip():
        if op.body_required:
            raise InvalidBody([FieldIssue("body", "A JSON request body is required.")])
        return None
    try:
        body = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise InvalidBody([FieldIssue("body", "The request body must be valid JSON.")]) from None
    if isinstance(body, float) and not math.isfinite(body):
        raise InvalidBody([FieldIssue("body", "The request body must be valid JSON.")])
    try:
        issues = unicode_issues(body)
    except RecursionError:
        issues = [FieldIssue("body", "The request body is nested too deeply.")]
    if issues:  # before anything else reads the body: such text can be neither stored nor shown
        raise InvalidBody(issues)
    issues = body_issues(op.body_schema, body, validators)
    if issues:
        raise InvalidBody(issues)
    return body


def unicode_issues(value: Any, where: str = "") -> list[FieldIssue]:
    """One issue per string (field name or value) holding a lone surrogate: JSON's `\\ud800`
    escapes can spell one, but it is not a Unicode character and UTF-8 cannot encode it."""
    issues: list[FieldIssue] = []
    if isinstance(value, str):
        if not _is_unicode(value):
            name = where or "body"
            issues.append(FieldIssue(name, f"The {name} field must be valid Unicode text."))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            issues += unicode_issues(item, f"{where}.{n}" if where else str(n))
    elif isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            if not _is_unicode(key):
                issues.append(FieldIssue(path, "A field name must be valid Unicode text."))
            else:
                issues += unicode_issues(item, path)
    return issues


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_exclusive_group(not_schema: Any, instance: Any) -> bool:
    return (
        isinstance(not_schema, dict)
        and isinstance(not_schema.get("required"), list)
        and isinstance(instance, dict)
    )


def body_issues(schema: dict[str, Any], body: Any, validators: Validators) -> list[FieldIssue]:
    """One issue per bad field, in the reference's wording ("The surname field is required.")."""
    issues: list[FieldIssue] = []
    try:
        errors = sorted(validators.for_schema(schema).iter_errors(body), key=_error_order)
    except RecursionError:
        return [FieldIssue("body", "The request body is nested too deeply.")]
    for error in errors:
        prefix = ".".join(str(p) for p in error.absolute_path)
        v = str(error.validator)
        if v == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    f = f"{prefix}.{name}" if prefix else str(name)
                    issues.append(FieldIssue(f, f"The {name} field is required."))
        elif v == "not" and _is_exclusive_group(error.validator_value, error.instance):
            # `not: {required: [a, b]}`: at most one of the group may be set
            group = [str(n) for n in error.validator_value["required"]]
            message = f"At most one of {', '.join(group)} may be set."
            for name in group:
                f = f"{prefix}.{name}" if prefix else name
                issues.append(FieldIssue(f, message))
        elif v == "additionalProperties" and isinstance(error.instance, dict):
            known = set((error.schema.get("properties") or {}) if error.schema else {})
            for name in error.instance:
                if name not in known:
                    f = f"{prefix}.{name}" if prefix else str(name)
                    issues.append(FieldIssue(f, f"The {name} field is not allowed."))
        elif not prefix:
            rule = _rule(v, error.validator_value, error.instance, error)
            issues.append(FieldIssue("body", f"The request body {rule}."))
        else:
            rule = _rule(v, error.validator_value, error.instance, error)
            issues.append(FieldIssue(prefix, f"The {prefix} field {rule}."))
    seen: set[tuple[str, str]] = set()
    unique = []
    for issue in issues:
        if (issue.field, issue.message) not in seen:
            seen.add((issue.field, issue.message))
            unique.append(issue)
    return unique

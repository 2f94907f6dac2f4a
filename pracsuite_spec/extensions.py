"""The `x-` extensions the spec may carry, each with the typed field of the model that holds it.

An extension not listed here fails `pracsuite_spec.load()`: a typo (`x-asumption`) or a new rule
nobody reads would otherwise be silently ignored by the mock, the suite and the generator alike.
Add a new extension here, with its typed field in `model.py`, in the same commit that first uses
it; `tests/spec/test_one_model.py` fails when code outside this package names it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

KNOWN: dict[str, str] = {
    "x-assumption": "a choice the reference leaves open; listed and probed live (Spec.assumptions, Operation.assumption)",
    "x-source": "the reference page an operation comes from (Operation.source, doc_page)",
    "x-operations-tsv-path": "the documented index's path where the reference differs (tests/spec)",
    "x-pagination": "a list operation's items key and default order (Operation.listing)",
    "x-filters": "a list operation's q[] fields and their formats (ListEnvelope.filters)",
    "x-filter-syntax": "the q[] entry grammar: separator, operators, value patterns (Spec.filter_syntax)",
    "x-date-window": "the from/to window and its maximum length (Operation.date_window, Spec.date_window_days)",
    "x-dependent-required": "query parameters that need another (Operation.dependent_required)",
    "x-roster-flags": "availability's roster flag parameters (Operation.roster_flags)",
    "x-max-body-bytes": "the largest request body the API takes; larger answers 413 (Spec.max_body_bytes)",
    "x-inferred-from": "the record link an operation is known from (for readers: the README explains it)",
    "x-present-when": "properties present only under a condition (Folded.present_when, from fold)",
    "x-personal": "a schema's properties that identify a person: pseudonymised by calibration's --redact (Spec.personal_fields)",
    "x-sdk-method": "an operation's `<resource>.<verb>` in pracsuite's resources (Operation.sdk_method)",
    "x-enum-varnames": "enum member names for the generated client (openapi-python-client)",
}

# Maps whose keys are names chosen by the API (a property called `x-amz-date`), not extensions.
_NAME_MAPS = frozenset({"properties", "patternProperties", "headers", "$defs", "definitions"})
# Values that are data, not schema: their keys are never extensions.
_DATA = frozenset({"example", "examples", "default", "enum", "const"})


class UnknownExtension(ValueError):
    """The spec carries an `x-` key that nothing reads."""


def unknown(node: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers of every `x-` key that is neither known nor a name."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{pointer}/{escape(str(key))}"
            if str(key).startswith("x-") and key not in KNOWN:
                yield child
            if key in _DATA or str(key).startswith("x-"):
                continue
            if key in _NAME_MAPS and isinstance(value, dict):
                for name, schema in value.items():
                    yield from unknown(schema, f"{child}/{escape(str(name))}")
            else:
                yield from unknown(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from unknown(value, f"{pointer}/{index}")


def check(document: Any) -> None:
    found = list(unknown(document))
    if found:
        raise UnknownExtension(
            "unknown x- extension(s) in the spec (add each to pracsuite_spec.extensions.KNOWN "
            "with what reads it): " + ", ".join(found)
        )


def escape(token: str) -> str:
    """One JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")

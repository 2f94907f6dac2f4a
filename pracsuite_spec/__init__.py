"""The PracSuite spec as one typed model: `load()` the bundle, then ask it for operations, list
envelopes, date windows, request and response schemas and assumptions. See `pracsuite_spec.model`."""

from pracsuite_spec.extensions import KNOWN as KNOWN_EXTENSIONS
from pracsuite_spec.extensions import UnknownExtension
from pracsuite_spec.model import (
    Assumption,
    DateWindow,
    FilterSyntax,
    Folded,
    ListEnvelope,
    Operation,
    Parameter,
    RosterFlags,
    Spec,
    component_name,
    default_path,
    fold,
    load,
    pointer_get,
    resolve,
    resolve_deep,
)

__all__ = [
    "KNOWN_EXTENSIONS",
    "Assumption",
    "DateWindow",
    "FilterSyntax",
    "Folded",
    "ListEnvelope",
    "Operation",
    "Parameter",
    "RosterFlags",
    "Spec",
    "UnknownExtension",
    "component_name",
    "default_path",
    "fold",
    "load",
    "pointer_get",
    "resolve",
    "resolve_deep",
]

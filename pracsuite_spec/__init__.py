"""The PracSuite spec as one typed model: `load()` the bundle, then ask it for operations, list
envelopes, date windows and assumptions. See `pracsuite_spec.model`."""

from pracsuite_spec.extensions import KNOWN as KNOWN_EXTENSIONS
from pracsuite_spec.extensions import UnknownExtension
from pracsuite_spec.model import (
    Assumption,
    DateWindow,
    ListEnvelope,
    Operation,
    Parameter,
    Spec,
    default_path,
    load,
    pointer_get,
    resolve,
    resolve_deep,
)

__all__ = [
    "KNOWN_EXTENSIONS",
    "Assumption",
    "DateWindow",
    "ListEnvelope",
    "Operation",
    "Parameter",
    "Spec",
    "UnknownExtension",
    "default_path",
    "load",
    "pointer_get",
    "resolve",
    "resolve_deep",
]

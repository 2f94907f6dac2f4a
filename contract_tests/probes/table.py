"""The table of probes: which probe answers which assumption (by its pointer and text), in one place."""

from __future__ import annotations

import re

import pracsuite_spec
from contract_tests.probes.attachments import probe_attachment_upload
from contract_tests.probes.auth import probe_forbidden, probe_not_found, probe_unauthorized
from contract_tests.probes.availability import probe_array_style, probe_availability
from contract_tests.probes.errors import (
    probe_error_code,
    probe_error_detail,
    probe_error_envelope,
    probe_too_many,
)
from contract_tests.probes.pagination import probe_links, probe_list_meta, probe_page
from contract_tests.probes.params import probe_filters, probe_list_operation
from contract_tests.probes.patients import (
    probe_patient_create,
    probe_patient_edit,
    probe_patient_record,
)
from contract_tests.probes.verdicts import (
    Probe,
    not_probed,
    probe_untestable,
)
from pracsuite_spec import Assumption

# (pointer regex, text regex, probe): the first match wins.
PROBES: list[tuple[str, str, Probe]] = [
    (r"^/components/parameters/Page$", "", probe_page),
    (r"^/components/schemas/PaginationLinks$", "", probe_links),
    (r"^/components/schemas/ListMeta$", "", probe_list_meta),
    (r"^/components/schemas/ErrorEnvelope/properties/request_id$", "", probe_error_envelope),
    (r"^/components/schemas/Error/properties/detail$", "", probe_error_detail),
    (r"^/components/schemas/Error/properties/code$", "", probe_error_code),
    (r"^/components/responses/Unauthorized$", "", probe_unauthorized),
    (r"^/components/responses/Forbidden$", "", probe_forbidden),
    (r"^/components/responses/NotFound$", "", probe_not_found),
    (r"^/components/responses/TooManyRequests$", "", probe_too_many),
    (r"^/components/parameters/QueryFilters$", "", probe_filters),
    (r"/parameters/\d+$", r"q\[\]", probe_filters),
    (r"/parameters/\d+$", r"comma-separated", probe_array_style),
    (r"^/components/schemas/Patient$", "", probe_patient_record),
    (r"^/components/schemas/PatientCreate$", "", probe_patient_create),
    (r"^/paths/~1patient~1\{[^}]+\}/patch$", "", probe_patient_edit),
    (r"^/paths/~1patient~1\{client_id\}~1patient_attachment/post$", "", probe_attachment_upload),
    (r"^/paths/[^/]+/get$", r"roster|earliest|practitioner_business", probe_availability),
    (r"^/paths/[^/]+/get$", "", probe_list_operation),
    (r"^/info$", "", probe_untestable("a documentation choice, not behaviour")),
]


def probe_for(assumption: Assumption) -> Probe:
    for pointer, text, probe in PROBES:
        if re.search(pointer, assumption.pointer) and re.search(text, assumption.text):
            return probe
    return lambda ctx, a: not_probed(a)


def unique_assumptions() -> list[tuple[Assumption, int]]:
    """Each assumption of the spec (one per node: `pracsuite_spec.Spec.assumptions`) with how
    many places of the document carry it."""
    return [(a, len(a.pointers) or 1) for a in pracsuite_spec.load().assumptions()]

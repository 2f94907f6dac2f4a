"""Probe of what the upload guide leaves open: what storage answers, and when the file is listed."""

from __future__ import annotations

import uuid

from contract_tests import precision
from contract_tests.checks.attachments import (
    CONTENT,
    DOCUMENTED_LIMIT,
    attachments_of,
    error_code,
    presign,
    to_storage,
)
from contract_tests.checks.patients import first_patient_id
from contract_tests.checks.workflows import Writer
from contract_tests.probes.verdicts import NOT_TESTABLE, ProbeContext, Verdict, held_if
from pracsuite_spec import Assumption


def probe_attachment_upload(ctx: ProbeContext, _: Assumption) -> Verdict:
    if not ctx.writes:
        return Verdict(NOT_TESTABLE, "needs writes (PRACSUITE_ALLOW_WRITES=1)")
    api = ctx.api
    client_id = first_patient_id(api)
    before = {a["attachment_client_id"] for a in attachments_of(api, client_id)}
    issued = presign(Writer(api), client_id, f"contract-probe-{uuid.uuid4().hex[:8]}.txt")
    changed = to_storage(api, issued, CONTENT, key=issued.fields["key"] + "-changed")
    stored = to_storage(api, issued, CONTENT)
    new = [a for a in attachments_of(api, client_id) if a["attachment_client_id"] not in before]
    limit = issued.max_bytes
    return held_if(
        [
            (stored.status_code == 204, f"upload as answered → {stored.status_code}"),
            (
                (changed.status_code, error_code(changed)) == (403, "AccessDenied"),
                f"changed key → {changed.status_code} {error_code(changed)}",
            ),
            (len(new) == 1, f"new attachments listed right after storage answered: {len(new)}"),
            (
                len(new) == 1 and new[0].get("file_size") == len(CONTENT),
                f"listed file_size {new[0].get('file_size') if new else None} for {len(CONTENT)}",
            ),
            (
                # the gate's mock allows less on purpose (contract_tests/targets.py)
                limit == DOCUMENTED_LIMIT or not precision.is_live(),
                f"policy content-length-range up to {limit} bytes",
            ),
        ]
    )

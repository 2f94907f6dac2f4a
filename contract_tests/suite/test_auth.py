"""Both keys on every operation: missing → 403, wrong → 401; unknown path → 403."""

from __future__ import annotations

import pytest

import pracsuite_spec
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, auth
from contract_tests.failures import NotApplicable
from contract_tests.suite._support import label, path_of

OPERATIONS = pracsuite_spec.load().operations


@pytest.mark.parametrize("op", OPERATIONS, ids=label)
def test_keys_required(api: Api, queries: QueryBuilder, op: pracsuite_spec.Operation) -> None:
    if op.method != "get" and not api.allow_writes:
        pytest.skip("writes are off on the live target (set PRACSUITE_ALLOW_WRITES=1)")
    path = path_of(queries, op) if op.method == "get" else op.path.replace("{", "").replace("}", "")
    if op.method != "get":
        # Keys are checked before anything else, so any id in the path will do.
        path = "/".join("1" if seg.endswith("_id") else seg for seg in path.split("/"))
    query = []
    if op.listing is not None:
        try:
            query = queries.base_query(op)
        except NotApplicable as exc:
            pytest.skip(str(exc))
    auth.check_keys(
        api,
        op.method.upper(),
        path,
        params=query or None,
        json_body={} if op.method != "get" else None,
    )


def test_unknown_path_forbidden(api: Api) -> None:
    auth.check_unknown_path(api)

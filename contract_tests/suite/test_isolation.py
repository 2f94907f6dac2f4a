"""Tenant isolation on every tenant-scoped list, not only patients."""

from __future__ import annotations

import pytest

from contract_tests.api import Api
from contract_tests.checks import NotApplicable, QueryBuilder, tenants
from contract_tests.suite._support import label, target_of
from pracsuite_spec import Operation


@pytest.mark.parametrize("op", tenants.tenant_scoped_lists(), ids=label)
def test_list_holds_only_its_tenants_records(
    api: Api, other_tenant: Api, queries: QueryBuilder, op: Operation
) -> None:
    t = target_of(queries, op)
    try:
        tenants.check_list_isolated(t, other_tenant)
    except NotApplicable as exc:
        pytest.skip(str(exc))

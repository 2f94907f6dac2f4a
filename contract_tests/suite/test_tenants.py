"""Tenant isolation between two subscriber keys."""

from __future__ import annotations

from contract_tests.api import Api
from contract_tests.checks import tenants


def test_each_key_lists_one_tenant(api: Api, other_tenant: Api) -> None:
    tenants.check_lists_separate(api, other_tenant)


def test_created_patient_invisible_to_other_tenant(writes: Api, other_tenant: Api) -> None:
    tenants.check_created_patient_invisible(writes, other_tenant)


def test_booking_another_tenants_patient_refused(writes: Api, other_tenant: Api) -> None:
    tenants.check_booking_other_tenants_patient_refused(writes, other_tenant)

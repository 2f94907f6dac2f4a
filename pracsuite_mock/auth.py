"""The two API keys: `x-api-key` (vendor) and `A-api-key` (subscriber, which selects the tenant).

Both are required on every operation. Missing either answers 403 MISSING_AUTHENTICATION_TOKEN;
both present but either unknown answers 401 UNAUTHORIZED. Header names are case-insensitive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import MissingAuthenticationToken, Unauthorized

VENDOR_HEADER = "x-api-key"
SUBSCRIBER_HEADER = "a-api-key"
DEMO_VENDOR_KEY = "mock-vendor-key"
DEMO_SUBSCRIBER_KEYS: dict[str, int] = {"mock-clinic-1": 1, "mock-clinic-2": 2}


@dataclass(frozen=True)
class Keys:
    """Which vendor keys are recognised, and which tenant each subscriber key opens."""

    vendor: frozenset[str] = frozenset({DEMO_VENDOR_KEY})
    subscribers: Mapping[str, int] = field(default_factory=lambda: dict(DEMO_SUBSCRIBER_KEYS))


@dataclass(frozen=True)
class Caller:
    vendor_key: str
    tenant_id: int


def authenticate(headers: Mapping[str, str], keys: Keys) -> Caller:
    """The caller's tenant, or the 403/401 the API answers. `headers` must be case-insensitive."""
    vendor = headers.get(VENDOR_HEADER)
    subscriber = headers.get(SUBSCRIBER_HEADER)
    if not vendor or not subscriber:
        raise MissingAuthenticationToken()
    tenant = keys.subscribers.get(subscriber)
    if vendor not in keys.vendor or tenant is None:
        raise Unauthorized()
    return Caller(vendor_key=vendor, tenant_id=tenant)

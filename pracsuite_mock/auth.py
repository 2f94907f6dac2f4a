"""The two API keys: `x-api-key` (vendor) and `A-api-key` (subscriber, which selects the tenant).

Both are required on every operation. Missing either answers 403 MISSING_AUTHENTICATION_TOKEN;
both present but either unknown answers 401 UNAUTHORIZED. Header names are case-insensitive.

The real API answers the same 403 for a missing key, an unknown path and a method the path does
not have. The mock keeps that body, and says which mistake it was in the `x-mock-reason` header
(and its log): see `forbidden`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from .demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY
from .errors import MissingAuthenticationToken, Unauthorized
from .request_key import VENDOR_HEADER, RequestKey, text

# The mock's own header naming the mistake behind a 403 (the real API sends nothing like it).
REASON_HEADER = "x-mock-reason"

log = logging.getLogger("pracsuite_mock")


def forbidden(reason: str, explanation: str) -> MissingAuthenticationToken:
    """The API's one 403, with the mock's `reason` (a fixed token) in a header and the log.

    `explanation` goes to the log only: it may quote the request's path, which a header value
    must not carry.
    """
    log.warning("403 %s: %s", reason, explanation)
    return MissingAuthenticationToken(headers={REASON_HEADER: reason})


@dataclass(frozen=True)
class Keys:
    """Which vendor keys are recognised, and which tenant each subscriber key opens."""

    vendor: frozenset[str] = frozenset({DEMO_VENDOR_KEY})
    subscribers: Mapping[str, int] = field(default_factory=lambda: dict(DEMO_SUBSCRIBER_KEYS))


@dataclass(frozen=True)
class Caller:
    vendor_key: str
    tenant_id: int


def authenticate(request: RequestKey, keys: Keys) -> Caller:
    """The caller's tenant, or the 403/401 the API answers."""
    vendor = text(request.vendor)
    subscriber = text(request.subscriber)
    if not vendor and not subscriber:
        raise forbidden("missing-keys", f"neither {VENDOR_HEADER} nor A-api-key was sent")
    if not vendor:
        raise forbidden("missing-vendor-key", f"no {VENDOR_HEADER} header (the vendor key)")
    if not subscriber:
        raise forbidden("missing-subscriber-key", "no A-api-key header (the subscriber key)")
    tenant = keys.subscribers.get(subscriber)
    if vendor not in keys.vendor or tenant is None:
        raise Unauthorized()
    return Caller(vendor_key=vendor, tenant_id=tenant)

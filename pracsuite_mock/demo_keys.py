"""The mock's demo keys, defined once: `auth` accepts them by default, `pracsuite-mock` prints
them, and the suite, calibration and benchmarks send them. A module of its own, free of
imports, so a caller that only needs the keys does not load the server (starlette, anyio)."""

DEMO_VENDOR_KEY = "mock-vendor-key"
# Subscriber key -> the tenant it selects.
DEMO_SUBSCRIBER_KEYS: dict[str, int] = {"mock-clinic-1": 1, "mock-clinic-2": 2}

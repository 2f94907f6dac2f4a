"""Both keys on every operation: a missing key is 403 MISSING_AUTHENTICATION_TOKEN, a key that
is present but wrong is 401 UNAUTHORIZED (the Unauthorized/Forbidden x-assumptions)."""

from __future__ import annotations

from typing import Any

from contract_tests import precision
from contract_tests.api import Api, describe, error_code
from contract_tests.failures import check

WRONG_KEY = "contract-wrong-key-0000"

# (description, send vendor?, send subscriber?, vendor override, subscriber override, status, code)
CASES: list[tuple[str, bool, bool, str | None, str | None, int, str]] = [
    ("no x-api-key", False, True, None, None, 403, "MISSING_AUTHENTICATION_TOKEN"),
    ("no A-api-key", True, False, None, None, 403, "MISSING_AUTHENTICATION_TOKEN"),
    ("no keys", False, False, None, None, 403, "MISSING_AUTHENTICATION_TOKEN"),
    ("wrong x-api-key", True, True, WRONG_KEY, None, 401, "UNAUTHORIZED"),
    ("wrong A-api-key", True, True, None, WRONG_KEY, 401, "UNAUTHORIZED"),
]


@check
def check_keys(api: Api, method: str, path: str, params: Any = None, json_body: Any = None) -> None:
    """Each key missing → 403; each key wrong → 401; whatever the request otherwise is."""
    for what, vendor, subscriber, vendor_key, subscriber_key, status, code in CASES:
        client = api.with_keys(vendor_key, subscriber_key)
        response = client.request(
            method, path, params=params, json_body=json_body, vendor=vendor, subscriber=subscriber
        )
        # Documented: a request missing or misusing a key is refused (401 or 403) ...
        assert response.status_code in (401, 403), (
            f"{method} {path} with {what}: expected {status}: {describe(response)}"
        )
        # ... which of the two, and its code, is the Forbidden/Unauthorized assumption.
        precision.assumed(
            response.status_code == status and error_code(response) == code,
            precision.MISSING_KEY_403 if status == 403 else precision.WRONG_KEY_401,
            f"{method} {path} with {what}: expected {status} {code}: {describe(response)}",
        )


@check
def check_unknown_path(api: Api) -> None:
    """A path the API does not define answers 403 (API-gateway style), keys or not."""
    for vendor in (True, False):
        response = api.request("GET", "/no_such_resource_contract", vendor=vendor)
        precision.assumed(
            response.status_code == 403,
            precision.MISSING_KEY_403,
            f"unknown path should be 403: {describe(response)}",
        )

"""Where the keys and base URL come from, and the httpx auth that puts the keys on every request.

Arguments win; otherwise `PRACSUITE_VENDOR_KEY`, `PRACSUITE_SUBSCRIBER_KEY`, `PRACSUITE_BASE_URL`.
The keys live only inside `KeyAuth`, whose repr hides them, so no client, transport or error repr
can show them.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from dataclasses import dataclass

import httpx

from ._errors import PracSuiteError

__all__ = ["DEFAULT_BASE_URL", "Config", "KeyAuth", "resolve_config"]

DEFAULT_BASE_URL = "https://api.pracsuite.com/v1"
VENDOR_HEADER = "x-api-key"
SUBSCRIBER_HEADER = "A-api-key"


class KeyAuth(httpx.Auth):
    """Adds the vendor key (`x-api-key`) and the subscriber key (`A-api-key`) to each request."""

    __slots__ = ("_subscriber_key", "_vendor_key")

    def __init__(self, vendor_key: str, subscriber_key: str) -> None:
        self._vendor_key = vendor_key
        self._subscriber_key = subscriber_key

    def __repr__(self) -> str:
        return "KeyAuth(vendor_key=***, subscriber_key=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[VENDOR_HEADER] = self._vendor_key
        request.headers[SUBSCRIBER_HEADER] = self._subscriber_key
        yield request


@dataclass(frozen=True, repr=False)
class Config:
    auth: KeyAuth
    base_url: str

    def __repr__(self) -> str:
        return f"Config(base_url={self.base_url!r})"


def _pick(given: str | None, env: str) -> str | None:
    if given is not None:
        return given
    value = os.environ.get(env, "").strip()
    return value or None


def resolve_config(
    vendor_key: str | None, subscriber_key: str | None, base_url: str | None
) -> Config:
    vendor = _pick(vendor_key, "PRACSUITE_VENDOR_KEY")
    subscriber = _pick(subscriber_key, "PRACSUITE_SUBSCRIBER_KEY")
    missing = [
        name
        for name, value in (
            ("vendor_key (PRACSUITE_VENDOR_KEY)", vendor),
            ("subscriber_key (PRACSUITE_SUBSCRIBER_KEY)", subscriber),
        )
        if not value
    ]
    if vendor is None or subscriber is None or missing:
        raise PracSuiteError("missing " + " and ".join(missing) + ": pass it or set it")
    url = (_pick(base_url, "PRACSUITE_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    return Config(auth=KeyAuth(vendor, subscriber), base_url=url)

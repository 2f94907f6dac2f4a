"""Consistent pseudonyms for personal fields, for a recording that is to be shared.

A value of a personal field becomes `p-<12 hex>`, an HMAC of the value under a random salt made
for this recording and never written: the same value maps to the same token throughout the
recording (so lists, lookups and joins still line up), and nobody holding the recording can
reverse or test a guess against it. Which fields are personal is the spec's word
(`x-personal: true` on a property, `pracsuite_spec.Spec.personal_fields`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from typing import Any

TOKEN_PREFIX = "p-"


class Pseudonymiser:
    def __init__(self, fields: Iterable[str], salt: bytes | None = None) -> None:
        self.fields = frozenset(fields)
        self._salt = salt if salt is not None else secrets.token_bytes(32)

    @classmethod
    def for_spec(cls) -> Pseudonymiser:
        import pracsuite_spec

        return cls(pracsuite_spec.load().personal_fields)

    def token(self, value: Any) -> Any:
        if value is None or value == "":
            return value  # absence is not personal, and keeps nullability visible
        digest = hmac.new(self._salt, repr(value).encode(), hashlib.sha256).hexdigest()
        return TOKEN_PREFIX + digest[:12]

    def __call__(self, node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: self.token(v)
                if k in self.fields and not isinstance(v, (dict, list))
                else self(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [self(v) for v in node]
        return node

"""Consistent pseudonyms for personal fields, for a recording that is to be shared.

A value of a personal field becomes `p-<12 hex>`, an HMAC of the value under a random salt made
for this recording and never written: the same value maps to the same token throughout the
recording (so lists, lookups and joins still line up), and nobody holding the recording can
reverse or test a guess against it. Which fields are personal is the spec's word
(the schemas' `x-personal` lists, `pracsuite_spec.Spec.personal_fields`). A `q[]` filter on a
personal field has its value tokenised the same way, so `surname:eq:<token>` still finds the
record whose surname is `<token>`. Free text that quotes a value (an error's `detail`) is not
rewritten: share the reports' categories, not such answers, when in doubt.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

TOKEN_PREFIX = "p-"


class Pseudonymiser:
    def __init__(
        self, fields: Iterable[str], salt: bytes | None = None, *, separator: str = ":"
    ) -> None:
        self.fields = frozenset(fields)
        self.separator = separator
        self._salt = salt if salt is not None else secrets.token_bytes(32)

    @classmethod
    def for_spec(cls) -> Pseudonymiser:
        import pracsuite_spec

        spec = pracsuite_spec.load()
        return cls(spec.personal_fields, separator=spec.filter_syntax.separator)

    def query(self, query: str) -> str:
        """The query string with the value of each `q[]` filter on a personal field tokenised."""
        pairs = parse_qsl(query, keep_blank_values=True)
        if not any(name in ("q[]", "q") for name, _ in pairs):
            return query
        out = []
        for name, value in pairs:
            parts = value.split(self.separator, 2)
            if name in ("q[]", "q") and len(parts) == 3 and parts[0] in self.fields:
                value = self.separator.join([parts[0], parts[1], str(self.token(parts[2]))])
            out.append((name, value))
        return urlencode(out)

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

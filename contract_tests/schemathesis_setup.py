"""Schemathesis for the suite: the bundled spec, the config file beside this module, the custom
`iana-time-zone` format, and the target (in-process app or base URL, keys, rate limit)."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import schemathesis

import pracsuite_spec
from contract_tests import runtime, stats
from contract_tests.guard import WRITE_METHODS
from pracsuite_mock import formats

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")


def register_formats() -> None:
    """The spec's own formats (`iana-time-zone`, `local-date-time`), with the strategies that
    sit beside their checkers in `pracsuite_mock.formats`: one registry for mock and suite."""
    for name, strategy in formats.strategies().items():
        schemathesis.openapi.format(name, strategy)


@schemathesis.hook
def after_call(
    context: schemathesis.HookContext, case: schemathesis.Case[Any], response: Any
) -> None:
    """Count every request schemathesis sends, for the report; with `--record`, record it."""
    stats.count_request(operation=f"{case.method.upper()} {case.operation.path}")
    recorder = runtime.current().recorder if runtime.started() else None
    if recorder is not None:
        request = response.request
        body = request.body
        recorder.record(
            method=request.method or case.method,
            url=request.url or "",
            request_headers=request.headers,
            request_body=body.encode() if isinstance(body, str) else body,
            status=response.status_code,
            response_headers={k: ", ".join(v) for k, v in response.headers.items()},
            content=response.content,
        )


def load_schema(
    *,
    base_url: str,
    vendor_key: str,
    subscriber_key: str,
    app: Any | None = None,
    rate_limit: str | None = None,
    writes: bool = True,
) -> Any:
    register_formats()
    config = schemathesis.Config.from_path(CONFIG_PATH)
    config.projects.override.update(
        base_url=base_url,
        headers={"x-api-key": vendor_key, "A-api-key": subscriber_key},
        rate_limit=rate_limit,
    )
    schema: Any = schemathesis.openapi.from_path(pracsuite_spec.default_path(), config=config)
    if app is not None:
        schema.app = app
    if not writes:
        # `exclude`, not `include(method="GET")`: the config's [[operations]] blocks add an
        # include filter of their own and includes are OR-ed, so that let every write through.
        # (The run's guard refuses them anyway; this keeps the suite from trying.)
        schema = schema.exclude(method=sorted(WRITE_METHODS))
    return schema


_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T")


@schemathesis.hook
def filter_query(context: schemathesis.HookContext, query: dict[str, Any] | None) -> bool:
    """Drop `q[]` entries whose date is not on the calendar (`2026-04-31`): the spec's value
    patterns are regexes, which cannot know month lengths, so such values are schema-valid
    yet rightly 400. Without this, positive_data_acceptance would flag the mock for being right."""
    entries = (query or {}).get("q[]")
    if not isinstance(entries, list):
        return True
    for entry in entries:
        for year, month, day in _STAMP.findall(str(entry)):
            try:
                datetime.date(int(year), int(month), int(day))
            except ValueError:
                return False
    return True

"""Schemathesis for the suite: the bundled spec, the config file beside this module, the custom
`iana-time-zone` format, and the target (in-process app or base URL, keys, rate limit).

The schema is loaded when the run first needs it (`schema_for`: at collection, for the test
marked `parametrized_at_collection`, or from the suite's `schema` fixture), never at import:
importing the suite starts nothing and reads no YAML."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import schemathesis

import pracsuite_spec
from contract_tests import run_state
from contract_tests.guard import WRITE_METHODS
from contract_tests.run_state import RunState
from contract_tests.targets import MOCK_KEYS
from pracsuite_mock import formats

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
F = TypeVar("F", bound=Callable[..., Any])


def register_formats() -> None:
    """The spec's own formats (`iana-time-zone`, `local-date-time`), with the strategies that
    sit beside their checkers in `pracsuite_mock.formats`: one registry for mock and suite."""
    for name, strategy in formats.strategies().items():
        schemathesis.openapi.format(name, strategy)


@schemathesis.hook
def after_call(
    context: schemathesis.HookContext, case: schemathesis.Case[Any], response: Any
) -> None:
    """Count every request schemathesis sends, for the report; with `--record`, record it.
    Outside a contract run (the fuzz campaign loads these hooks into schemathesis's own command
    line) there is nothing to count into."""
    state = run_state.active()
    if state is None:
        return
    state.counts.add(operation=f"{case.method.upper()} {case.operation.path}")
    recorder = state.runtime.recorder if state.runtime.started else None
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


def schema_for(state: RunState) -> Any:
    """The run's schemathesis schema, loaded on first use and kept in the run state."""
    if state.schema is None:
        planned = state.runtime
        keys = planned.keys or MOCK_KEYS
        max_rps = planned.settings.max_rps
        state.schema = load_schema(
            base_url=planned.schemathesis_base_url or "http://unavailable.invalid/v1",
            vendor_key=keys.vendor,
            subscriber_key=keys.subscriber,
            app=planned.app,
            rate_limit=f"{max_rps:g}/s" if max_rps else None,
            writes=planned.settings.allow_writes,
        )
    return state.schema


_AT_COLLECTION = "_contract_parametrized_at_collection"


def parametrized_at_collection(test: F) -> F:
    """Mark a test for `schema.parametrize()` with the run's schema, applied when pytest collects
    it (the suite's `pytest_pycollect_makeitem`): one test per operation, as schemathesis makes
    them, without loading the schema at import."""
    setattr(test, _AT_COLLECTION, True)
    return test


def parametrize_now(test: Any, state: RunState) -> Any | None:
    """`test` parametrized by the run's schema if it is marked for it, else None."""
    if not getattr(test, _AT_COLLECTION, False):
        return None
    parametrized = schema_for(state).parametrize()(test)
    vars(parametrized).pop(_AT_COLLECTION, None)  # `wraps` copied the mark: collect it once
    return parametrized


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

"""The run's resolved target: started once per pytest session, stopped at its end.

`current()` starts what the target needs (the mock over HTTP, the in-process app) the first
time it is called (at collection), then installs the run's `Guard` (no writes unless allowed,
keys only to the target's origins) before any request can be sent; `close()` stops it all
(from the plugin's unconfigure).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from contract_tests import guard as guard_mod
from contract_tests import targets
from contract_tests.api import Api
from contract_tests.targets import Keys, Settings, TargetUnavailable


@dataclass
class Runtime:
    settings: Settings
    keys: Keys | None = None
    http_base_url: str | None = None  # the domain checks always talk HTTP
    schemathesis_base_url: str | None = None
    app: Any | None = None  # set when schemathesis runs in process
    unavailable: str | None = None  # why the target cannot run (tests skip with this)
    guard: guard_mod.Guard = field(
        default_factory=lambda: guard_mod.Guard(allow_writes=False, key_origins=frozenset())
    )
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    _apis: list[Api] = field(default_factory=list)

    def api(self, *, second_tenant: bool = False) -> Api:
        if self.unavailable or self.http_base_url is None or self.keys is None:
            raise TargetUnavailable(self.unavailable or "target not started")
        subscriber = self.keys.subscriber
        if second_tenant:
            if not self.keys.subscriber_2:
                raise TargetUnavailable("a second tenant needs PRACSUITE_SUBSCRIBER_KEY_2")
            subscriber = self.keys.subscriber_2
        api = targets.http_api(
            self.http_base_url, Keys(self.keys.vendor, subscriber, None), self.settings, self.guard
        )
        self._apis.append(api)
        return api

    def close(self) -> None:
        for api in self._apis:
            api.close()
        self._stack.close()


# The one bridge from pytest's config to code that runs at import (schemathesis parametrizes
# its test when the module is imported): the plugin's `pytest_configure` sets the settings.
_settings: Settings | None = None
_current: Runtime | None = None


def configure(settings: Settings) -> None:
    global _settings
    close()
    _settings = settings


def current() -> Runtime:
    global _current
    if _current is None:
        _current = _start(_settings or Settings.resolve("mock"))
    return _current


def started() -> bool:
    return _current is not None


def close() -> None:
    global _current
    if _current is not None:
        _current.close()
        _current = None


def _start(settings: Settings) -> Runtime:
    runtime = Runtime(settings)
    try:
        if settings.target == "live":
            base_url, keys = targets.live_config()
            runtime.keys = keys
            runtime.http_base_url = runtime.schemathesis_base_url = base_url
        else:
            runtime.keys = targets.MOCK_KEYS
            url = runtime._stack.enter_context(targets.mock_server())
            runtime.http_base_url = url
            runtime.schemathesis_base_url = url
            if settings.target == "mock":
                runtime.app = targets.mock_app()
                runtime.schemathesis_base_url = "http://testserver/v1"
    except TargetUnavailable as exc:
        runtime.unavailable = str(exc)
    except ImportError as exc:
        runtime.unavailable = f"the mock is not importable: {exc}"
    urls = [u for u in (runtime.http_base_url, runtime.schemathesis_base_url) if u]
    runtime.guard = guard_mod.Guard.for_urls(urls, allow_writes=settings.allow_writes)
    runtime._stack.enter_context(guard_mod.installed(runtime.guard))
    return runtime

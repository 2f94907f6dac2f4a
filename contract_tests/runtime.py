"""The run's resolved target: planned without side effects, started once per session.

`plan()` (from the plugin's `pytest_configure`, kept in the run state) settles the target (base
URLs, keys, the in-process app, the guard) without starting anything. `Runtime.start()`, from
the suite's session fixture before the first test, launches the mock over HTTP where the target
needs it and installs the run's `Guard` (no writes unless allowed, keys only to the target's
origins) before any request can be sent; `close()` stops it all (from the plugin's unconfigure).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests import guard as guard_mod
from contract_tests import targets
from contract_tests.api import Api
from contract_tests.calibration.recording import Recorder, RunKeys
from contract_tests.targets import Keys, Settings, TargetUnavailable


@dataclass(frozen=True)
class Recording:
    """`--record DIR [--redact]`: where the run's exchanges go, and whether personal fields are
    pseudonymised."""

    directory: str
    redact: bool = False


class LazyApp:
    """The embedded mock as an ASGI app, built on its first request rather than at import."""

    def __init__(self) -> None:
        self._app: Any | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self._app is None:
            self._app = targets.mock_app()
        await self._app(scope, receive, send)


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
    mock_port: int | None = None  # the mock over HTTP, once started, listens here
    recording: Recording | None = None
    recorder: Recorder | None = None  # made at start, when the run records
    started: bool = False
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    _apis: list[Api] = field(default_factory=list)

    def start(self) -> Runtime:
        """Launch what the target needs and install the guard; idempotent."""
        if self.started:
            return self
        self.started = True
        self._stack.enter_context(guard_mod.installed(self.guard))
        if self.recording is not None and self.keys is not None:
            self.recorder = _recorder(self, self.recording, self.keys)
            self._stack.callback(self.recorder.close)
        if self.mock_port is not None and not self.unavailable:
            try:
                self._stack.enter_context(targets.mock_server(port=self.mock_port))
            except (ImportError, RuntimeError, TimeoutError) as exc:
                self.unavailable = f"the mock did not start: {exc}"
        return self

    def api(self, *, second_tenant: bool = False) -> Api:
        self.start()
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
        api.recorder = self.recorder
        if not self.settings.is_live:  # strict for our mock: an undocumented status fails
            from contract_tests.checks.statuses import require_documented

            api.on_answer = require_documented
        self._apis.append(api)
        return api

    def close(self) -> None:
        for api in self._apis:
            api.close()
        self._stack.close()


def plan(settings: Settings, recording: Recording | None = None) -> Runtime:
    """The target planned for `settings`: URLs, keys, the guard; nothing started."""
    runtime = Runtime(settings, recording=recording)
    try:
        if settings.target == "live":
            base_url, keys = targets.live_config()
            runtime.keys = keys
            runtime.http_base_url = runtime.schemathesis_base_url = base_url
        else:
            from pracsuite_mock.embed import free_port

            runtime.keys = targets.MOCK_KEYS
            runtime.mock_port = free_port()
            url = f"http://127.0.0.1:{runtime.mock_port}/v1"
            runtime.http_base_url = runtime.schemathesis_base_url = url
            if settings.target == "mock":
                runtime.app = LazyApp()
                runtime.schemathesis_base_url = "http://testserver/v1"
    except TargetUnavailable as exc:
        runtime.unavailable = str(exc)
    except ImportError as exc:
        runtime.unavailable = f"the mock is not importable: {exc}"
    urls = [u for u in (runtime.http_base_url, runtime.schemathesis_base_url) if u]
    runtime.guard = guard_mod.Guard.for_urls(urls, allow_writes=settings.allow_writes)
    return runtime


def _recorder(runtime: Runtime, recording: Recording, keys: Keys) -> Recorder:
    pseudonymise = None
    if recording.redact:
        from contract_tests.calibration.pseudonyms import Pseudonymiser

        pseudonymise = Pseudonymiser.for_spec()
    urls = [u for u in (runtime.http_base_url, runtime.schemathesis_base_url) if u]
    return Recorder(
        Path(recording.directory),
        urls,
        RunKeys(keys.vendor, keys.subscriber, keys.subscriber_2),
        pseudonymise=pseudonymise,
    )

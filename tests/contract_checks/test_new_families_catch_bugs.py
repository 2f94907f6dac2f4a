"""The families the gate grew with the mock can fail: each runs against the mock wrapped to
mimic one bug of its family and must raise, and passes on the real mock. (`nox -s mutants`
measures them against bugs planted in the mock's code; these run in every CI build.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests import targets
from contract_tests.api import Api
from contract_tests.checks import QueryBuilder, freshness, integrity, memo
from contract_tests.checks.statuses import require_documented
from tests.contract_checks import broken
from tests.contract_checks.broken import App, Receive, Scope, Send

pytest.importorskip("pracsuite_mock.app")


def remembering(app: App, key: Callable[[Scope], Any], *, forget_on_write: bool = False) -> App:
    """Answers a GET from the first answer to the same `key(scope)` (a cache keyed as `key`
    says), forever or, with `forget_on_write`, until the next write."""
    kept: dict[Any, list[Any]] = {}

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            if forget_on_write and scope["type"] == "http":
                kept.clear()
            await app(scope, receive, send)
            return
        found = kept.get(key(scope))
        if found is None:
            messages: list[Any] = []

            async def keep(message: Any) -> None:
                messages.append(message)
                await send(message)

            await app(scope, receive, keep)
            kept[key(scope)] = messages
            return
        for message in found:
            await send(message)

    return wrapped


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return dict(scope["headers"])


def stale_cache(app: App) -> App:
    """A GET is answered as the first time, whatever was written since."""
    return remembering(app, lambda s: (s["path"], s["query_string"], _headers(s).get(b"a-api-key")))


def host_blind(app: App) -> App:
    """Answers are cached without the Host: links of one host go to another."""
    return remembering(
        app,
        lambda s: (s["path"], s["query_string"], _headers(s).get(b"a-api-key"), s["method"]),
    )


def memo_without_practitioners(app: App) -> App:
    """Availability answers are remembered, until a write, without `practitioner_ids`."""

    def key(scope: Scope) -> Any:
        if "available" not in scope["path"]:
            return object()  # never the same: not remembered
        query = b"&".join(
            p for p in scope["query_string"].split(b"&") if not p.startswith(b"practitioner_ids")
        )
        return (scope["path"], query)

    return remembering(app, key, forget_on_write=True)


def empty_folders(app: App) -> App:
    """A folder's attachment list is always empty."""

    def rewrite(scope: Scope, status: int, body: Any) -> Any:
        if "patient_attachment_folder/" in scope["path"] and isinstance(body, dict):
            for key, value in body.items():
                if isinstance(value, list):
                    body[key] = []
            body["total_entries"] = 0
        return body

    return broken.rewrite_answers(app, rewrite)


def api_for(wrap: Callable[[Any], Any] | None = None) -> Api:
    app = targets.mock_app()
    api = Api.for_asgi(
        wrap(app) if wrap else app, targets.MOCK_VENDOR_KEY, targets.MOCK_SUBSCRIBER_KEY
    )
    api.on_answer = require_documented
    return api


CASES: list[tuple[str, Callable[[Any], Any], Callable[[Api], None]]] = [
    ("an edit not seen through a URL read before", stale_cache, freshness.check_patient_edit_seen),
    ("links built for another Host", host_blind, freshness.check_links_follow_host),
    (
        "availability remembered without its practitioner filter",
        memo_without_practitioners,
        lambda api: memo.check_search_order_independent(api, QueryBuilder(api)),
    ),
    ("a folder that lists nothing", empty_folders, integrity.check_folders_list_their_attachments),
]


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_catches_the_bug(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    with pytest.raises(AssertionError):
        check(api_for(wrap))


@pytest.mark.parametrize(("bug", "wrap", "check"), CASES, ids=[c[0] for c in CASES])
def test_check_passes_on_the_real_mock(
    bug: str, wrap: Callable[[Any], Any], check: Callable[[Api], None]
) -> None:
    check(api_for())

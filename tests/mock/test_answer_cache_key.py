"""White-box: the answer cache's key covers every request part that can change the answer.

A black-box test cannot make two tenants' write counters equal at will; here every tenant's
generation reads the store's total count of writes, so two tenants' counters always coincide
(an entry of one is valid for the other unless its key tells them apart) while any write still
invalidates. Over random sequences of reads (path, query, keys, Host) and writes, every answer
of the cached app equals the answer of the same app computed afresh."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pracsuite_mock.app import MockConfig, create_app
from pracsuite_mock.embed import asgi_client
from pracsuite_mock.store import Store

PATHS = ["/v1/patient/1", "/v1/patient/2", "/v1/patient", "/v1/item", "/v1/business/1"]
QUERIES = [{}, {"page_size": "2"}, {"page_size": "2", "page": "2"}]
SUBSCRIBERS = ["mock-clinic-1", "mock-clinic-2"]
VENDORS = ["mock-vendor-key", "not-the-vendor-key"]
HOSTS = ["a.example", "b.example:8443"]

read = st.tuples(
    st.just("read"),
    st.sampled_from(PATHS),
    st.sampled_from(range(len(QUERIES))),
    st.sampled_from(VENDORS),
    st.sampled_from(SUBSCRIBERS),
    st.sampled_from(HOSTS),
)
write = st.tuples(st.just("write"), st.sampled_from(SUBSCRIBERS))


@pytest.fixture(scope="module")
def pinned() -> Any:
    """Every tenant's generation is the same number: only the key can keep answers apart."""
    patch = pytest.MonkeyPatch()
    patch.setattr(Store, "generation", lambda self, tenant_id: sum(self._generations.values()))
    yield
    patch.undo()


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(st.one_of(read, read, read, write), min_size=2, max_size=12))
def test_the_key_covers_every_part_that_changes_the_answer(pinned: Any, steps: list[Any]) -> None:
    cached = asgi_client(create_app(MockConfig(seed=1)))
    computed = asgi_client(create_app(MockConfig(seed=1, answer_cache=False)))
    for step in steps:
        if step[0] == "write":
            headers = {"x-api-key": "mock-vendor-key", "A-api-key": step[1]}
            body = {"first_name": "Probe", "surname": "Contractcache"}
            for client in (cached, computed):
                client.post("/v1/patient", json=body, headers=headers)
            continue
        _, path, query, vendor, subscriber, host = step
        # The read, then the same read with each one part changed: each must be told apart.
        for variant in (
            (path, query, vendor, subscriber, host),
            (_other(PATHS, path), query, vendor, subscriber, host),
            (path, (query + 1) % len(QUERIES), vendor, subscriber, host),
            (path, query, _other(VENDORS, vendor), subscriber, host),
            (path, query, vendor, _other(SUBSCRIBERS, subscriber), host),
            (path, query, vendor, subscriber, _other(HOSTS, host)),
        ):
            _same_answer(cached, computed, *variant)


def _other(values: list[str], value: str) -> str:
    return values[(values.index(value) + 1) % len(values)]


def _same_answer(cached: Any, computed: Any, path: str, query: int, *keys: str) -> None:
    vendor, subscriber, host = keys
    headers = {"x-api-key": vendor, "A-api-key": subscriber, "host": host}
    got = [c.get(path, params=QUERIES[query], headers=headers) for c in (cached, computed)]
    assert got[0].status_code == got[1].status_code, (path, QUERIES[query], headers)
    assert _stable(got[0].json()) == _stable(got[1].json()), (path, QUERIES[query], headers)


def _stable(body: Any) -> Any:
    """The answer without what differs between two computations (request ids, stamps)."""
    if isinstance(body, dict):
        return {
            k: _stable(v) for k, v in body.items() if k not in ("request_id", "created", "modified")
        }
    if isinstance(body, list):
        return [_stable(v) for v in body]
    return body

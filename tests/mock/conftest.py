"""Shared fixtures for the mock: an in-process app/client, a live server on loopback, and a
check that a response matches the spec (the spec's own schemas; no second copy)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

import pracsuite_spec
from pracsuite_mock import MockConfig
from pracsuite_mock.embed import in_process_client, response_problems, serve_in_background
from pracsuite_spec import Spec


@pytest.fixture(scope="session")
def spec() -> Spec:
    return pracsuite_spec.load()


make_client = in_process_client


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    """A fresh in-process mock (own store) per test, with tenant 1's keys."""
    with make_client(MockConfig(validate_responses=True)) as c:
        yield c


@pytest.fixture(scope="module")
def shared_client() -> Iterator[httpx.Client]:
    """One in-process mock for read-only tests of a module."""
    with make_client(MockConfig(validate_responses=True)) as c:
        yield c


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """A real `python -m pracsuite_mock` on a free loopback port; yields the `/v1` base URL."""
    with serve_in_background(["--seed", "1"]) as base:
        yield base


def assert_matches_spec(spec: Spec, operation_id: str, response: httpx.Response) -> None:
    """The response's status is documented for the operation and its body fits the schema."""
    problems = response_problems(spec, operation_id, response.status_code, response.content)
    assert not problems, problems[:3]


@pytest.fixture
def check_spec(spec: Spec) -> Callable[[str, httpx.Response], None]:
    """`check_spec(operation_id, response)` asserts the response matches the spec."""
    return lambda operation_id, response: assert_matches_spec(spec, operation_id, response)

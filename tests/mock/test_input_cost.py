"""Checks that stay cheap on long input: the email check, every pattern of the spec and every
regex of the mock are linear, and numbers parse fast however long."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx

from pracsuite_mock import formats
from pracsuite_spec import Spec


def _adversarial(n: int) -> list[str]:
    return [
        "a" * n,
        "1" * n + "x",
        "a@" + "a." * (n // 2) + " ",
        "a@" + "a" * n + "@",
        "." * n + "!",
        "1." * (n // 2) + "e",
        "-" + "0" * n + "x",
    ]


def test_email_check_is_fast_on_a_long_value(client: httpx.Client) -> None:
    started = time.perf_counter()
    r = client.post("/patient", json={"first_name": "a", "surname": "b", "email": "a@" * 10_000})
    assert r.status_code == 422
    assert time.perf_counter() - started < 0.5
    started = time.perf_counter()
    for value in _adversarial(100_000):
        formats.is_email(value)
    assert time.perf_counter() - started < 0.1


def _patterns(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.append(node)
        for value in node.values():
            found += _patterns(value)
    elif isinstance(node, list):
        for value in node:
            found += _patterns(value)
    return found


def test_every_spec_pattern_is_bounded_and_linear(spec: Spec) -> None:
    """Each pattern either sits beside a maxLength or bounds every repetition itself, and none
    takes long on inputs built to make a backtracking regex go quadratic."""
    schemas = _patterns(spec.resolved)
    assert schemas
    for schema in schemas:
        pattern = schema["pattern"]
        unbounded = re.search(r"(?<!\\)[+*]|\{\d+,\}", pattern)
        assert "maxLength" in schema or not unbounded, pattern
        compiled = re.compile(pattern)
        started = time.perf_counter()
        for value in _adversarial(20_000):
            compiled.search(value)
        assert time.perf_counter() - started < 0.2, pattern


def test_every_mock_regex_is_linear() -> None:
    """The module-level patterns of the mock, on the same adversarial inputs."""
    import importlib
    import pkgutil

    import pracsuite_mock

    compiled: list[re.Pattern[str]] = []
    for info in pkgutil.walk_packages(pracsuite_mock.__path__, "pracsuite_mock."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        compiled += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(compiled) >= 5
    for pattern in compiled:
        started = time.perf_counter()
        for value in _adversarial(20_000):
            pattern.search(value)
        assert time.perf_counter() - started < 0.2, pattern.pattern


def test_number_parameters_are_fast_on_long_values(client: httpx.Client) -> None:
    started = time.perf_counter()
    r = client.get("/patient", params={"page": "1" * 5000 + "x"})
    assert r.status_code == 400
    assert time.perf_counter() - started < 0.5

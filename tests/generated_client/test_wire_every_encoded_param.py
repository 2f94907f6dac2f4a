"""Every query parameter the generator cannot send as the spec says (the JSON-encoded `content`
ones, and the `explode: false` arrays) travels as ONE query value, in every operation that has
one, not only in the operation the hand-written wire tests use.

The parameters come from the bundle (not from a list in this file), so a new operation with such
a parameter is covered the day it is added, and a regression in the templates that sent one
exploded (`sort_by=a&sort_by=b`) fails here.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from pracsuite_client import Client, errors

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = yaml.safe_load((ROOT / "openapi" / "pracsuite.yaml").read_text(encoding="utf-8"))
API = ROOT / "generated_client" / "pracsuite_client" / "api"
METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = BUNDLE
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


MODULES = {_norm(p.stem): p for p in API.glob("*/*.py") if p.stem != "__init__"}


def _operations() -> Iterator[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    for path, item in BUNDLE["paths"].items():
        shared = [_resolve(p) for p in item.get("parameters", [])]
        for method in METHODS:
            if method in item:
                op = item[method]
                yield f"{method.upper()} {path}", op, shared + [
                    _resolve(p) for p in op.get("parameters", [])
                ]


def _encoding(param: dict[str, Any]) -> str | None:
    if param.get("in") != "query":
        return None
    if "content" in param:
        return "json"
    schema = _resolve(param.get("schema", {}))
    if schema.get("type") == "array" and param.get("explode") is False:
        return "csv"
    return None


def _schema(param: dict[str, Any]) -> dict[str, Any]:
    if "content" in param:
        return _resolve(param["content"]["application/json"].get("schema", {}))
    return _resolve(param.get("schema", {}))


def _sample(schema: dict[str, Any]) -> Any:
    """A valid value for `schema`: two items for arrays, so an exploded list would show."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        items = _resolve(schema.get("items", {}))
        if "enum" in items:
            return list(items["enum"][:2])
        return [_sample(items), _sample(items)] if items.get("type") != "string" else ["a", "b"]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date":
        return datetime.date(2026, 1, 5)
    if schema.get("format") == "date-time":
        return datetime.datetime(2026, 1, 5, 9, tzinfo=datetime.UTC)
    return "x"


CASES = [
    pytest.param(label, op, params, param, id=f"{op['operationId']}-{param['name']}")
    for label, op, params in _operations()
    for param in params
    if _encoding(param)
]


def _python_name(module: Any, wire: str, where: str) -> str:
    args = inspect.signature(module.sync_detailed).parameters
    for arg in args:
        if _norm(arg) in (_norm(wire), _norm(wire + where)):
            return arg
    raise AssertionError(f"no argument for {wire!r} in {module.__name__}")


def test_the_bundle_has_encoded_parameters() -> None:
    # Guards the guard: if the spec stopped using them, the parametrised test would pass vacuously.
    assert sum(1 for case in CASES if _encoding(case.values[3]) == "json") >= 10
    assert any(_encoding(case.values[3]) == "csv" for case in CASES)


@pytest.mark.parametrize(("label", "op", "params", "target"), CASES)
def test_encoded_parameter_travels_as_one_value(
    label: str, op: dict[str, Any], params: list[dict[str, Any]], target: dict[str, Any]
) -> None:
    path = MODULES[_norm(op["operationId"])]
    module = importlib.import_module(
        f"pracsuite_client.api.{path.parent.name}.{path.stem}"
    )
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = Client(
        base_url="https://api.example.test/v1",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    kwargs: dict[str, Any] = {}
    for param in params:
        if param is target or param.get("required") or param.get("in") == "path":
            name = _python_name(module, param["name"], param["in"])
            kwargs[name] = _sample(_schema(param))
    if "body" in inspect.signature(module.sync_detailed).parameters:
        pytest.skip(f"{label} takes a body; no such operation has an encoded parameter today")
    value = kwargs[_python_name(module, target["name"], "query")]
    try:
        module.sync_detailed(client=client, **kwargs)
    except errors.UnexpectedResponseError:
        pass  # `{}` is not a valid answer: only the request matters here
    assert len(sent) == 1
    sent_values = sent[0].url.params.get_list(target["name"])
    # The guard: one value, never one per item.
    assert len(sent_values) == 1, f"{label}: {target['name']} was sent exploded: {sent_values}"
    if _encoding(target) == "json":
        assert json.loads(sent_values[0]) == value
        assert sent_values[0] == json.dumps(value, separators=(",", ":"))
    else:
        assert sent_values[0] == ",".join(str(item) for item in value)

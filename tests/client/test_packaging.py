"""The two wheels: a client-only install pulls no server dependency, no module ships in both,
and both carry the one version derived from the spec (and PEP 561 markers)."""

from __future__ import annotations

import email.parser
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from client_support import ROOT
from packaging.requirements import Requirement

import pracsuite

SERVER_ONLY = {"starlette", "uvicorn", "jsonschema", "schemathesis", "hypothesis", "pytest"}


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    for backend in ("hatchling", "pdm.backend"):
        if importlib.util.find_spec(backend) is None:
            pytest.skip(f"{backend} is needed to build the wheels (the test extra has it)")
    out = tmp_path_factory.mktemp("wheels")
    # pdm-backend writes .pdm-build/ into the source: build the generated client from a copy.
    generated = tmp_path_factory.mktemp("src") / "generated_client"
    shutil.copytree(ROOT / "generated_client", generated, ignore=shutil.ignore_patterns(".*"))
    # The PEP 517 hooks directly (no pip, no network): nox's uv environments have no pip.
    for backend, source in (("hatchling.build", ROOT), ("pdm.backend", generated)):
        subprocess.run(
            [sys.executable, "-c", f"import {backend} as b; b.build_wheel({str(out)!r})"],
            cwd=source,
            check=True,
            capture_output=True,
        )
    return {path.name.split("-")[0]: path for path in out.glob("*.whl")}


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(zf.read(name).decode())


def _top_level(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return {n.split("/")[0] for n in zf.namelist() if ".dist-info/" not in n}


def _runtime_requirements(wheel: Path) -> list[Requirement]:
    reqs = [Requirement(r) for r in _metadata(wheel).get_all("Requires-Dist") or []]
    return [r for r in reqs if r.marker is None]


def test_a_client_only_install_has_no_server_dependencies(wheels):
    assert set(wheels) == {"pracsuite", "pracsuite_client"}
    for wheel in wheels.values():
        names = {r.name.lower() for r in _runtime_requirements(wheel)}
        assert not names & SERVER_ONLY, f"{wheel.name} pulls {names & SERVER_ONLY}"
    client_deps = {r.name for r in _runtime_requirements(wheels["pracsuite"])}
    assert client_deps == {"pracsuite-client", "httpx", "tenacity"}


def test_the_mock_comes_by_extra(wheels):
    meta = _metadata(wheels["pracsuite"])
    assert {"mock", "contract"} <= set(meta.get_all("Provides-Extra") or [])
    mock = {
        Requirement(r).name
        for r in meta.get_all("Requires-Dist") or []
        if "extra == 'mock'" in r or 'extra == "mock"' in r
    }
    assert {"starlette", "uvicorn", "jsonschema"} <= mock


def test_no_module_is_in_two_wheels(wheels):
    assert _top_level(wheels["pracsuite"]) & _top_level(wheels["pracsuite_client"]) == set()
    assert "pracsuite_client" in _top_level(wheels["pracsuite_client"])


def test_one_version_derived_from_the_spec(wheels):
    spec = yaml.safe_load((ROOT / "openapi" / "pracsuite.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load((ROOT / "openapi/generator/config.yaml").read_text(encoding="utf-8"))
    gen = importlib.util.spec_from_file_location("gen", ROOT / "scripts/generate_client.py")
    assert gen and gen.loader
    module = importlib.util.module_from_spec(gen)
    gen.loader.exec_module(module)
    expected = module.package_version(spec, config["build_number"])
    assert _metadata(wheels["pracsuite"])["Version"] == expected
    assert _metadata(wheels["pracsuite_client"])["Version"] == expected
    assert pracsuite.__version__ == expected
    pin = next(
        r for r in _runtime_requirements(wheels["pracsuite"]) if r.name == "pracsuite-client"
    )
    assert str(pin.specifier) == f"=={expected}"


def test_both_wheels_are_typed(wheels):
    with zipfile.ZipFile(wheels["pracsuite"]) as zf:
        assert "pracsuite/py.typed" in zf.namelist()
    with zipfile.ZipFile(wheels["pracsuite_client"]) as zf:
        assert "pracsuite_client/py.typed" in zf.namelist()

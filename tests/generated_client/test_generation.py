"""The client in generated_client/ is exactly what the bundle generates, warning-free, and no
spec parameter went missing on the way."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_client.py"
PACKAGE_DIR = ROOT / "generated_client" / "pracsuite_client"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_client", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_script()


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / "pracsuite.yaml").read_text(encoding="utf-8"))


def test_regeneration_is_warning_free_and_matches_the_committed_client() -> None:
    # Needs the pinned generator and ruff (the `generate`/`check_generated` nox sessions have
    # them); this is the same check as `python scripts/generate_client.py --check`.
    pytest.importorskip("openapi_python_client")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_spec_parameter_is_dropped(bundle: dict[str, Any]) -> None:
    assert gen.missing_parameters(bundle, PACKAGE_DIR) == []


def test_the_guard_names_a_parameter_the_client_lacks(bundle: dict[str, Any]) -> None:
    op = copy.deepcopy(bundle["paths"]["/reschedule_reason"]["get"])
    op["parameters"].append({"name": "colour", "in": "query", "schema": {"type": "string"}})
    spec = {"paths": {"/reschedule_reason": {"get": op}}, "components": bundle["components"]}
    assert gen.missing_parameters(spec, PACKAGE_DIR) == [
        "GET /reschedule_reason (listRescheduleReasons): query parameter 'colour' is missing "
        "from list_reschedule_reasons.py"
    ]


def test_the_guard_names_an_operation_the_client_lacks(bundle: dict[str, Any]) -> None:
    spec = {"paths": {"/colour": {"get": {"operationId": "listColours", "responses": {}}}}}
    assert gen.missing_parameters(spec, PACKAGE_DIR) == [
        "GET /colour (listColours): no generated module for it"
    ]


def test_the_transform_turns_json_content_into_a_marked_schema(bundle: dict[str, Any]) -> None:
    out = gen.transform(bundle)
    params = out["paths"]["/reschedule_reason"]["get"]["parameters"]
    sort_by = next(p for p in params if p.get("name") == "sort_by")
    assert "content" not in sort_by
    assert sort_by["schema"]["items"]["enum"] == ["appointment_reschedule_reason_id", "reason"]
    assert sort_by["schema"]["description"].endswith(gen.JSON_QUERY_MARKER)
    assert "content" in next(
        p
        for p in bundle["paths"]["/reschedule_reason"]["get"]["parameters"]
        if p.get("name") == "sort_by"
    ), "transform must not touch its input"


def test_the_transform_refuses_content_it_cannot_send(bundle: dict[str, Any]) -> None:
    spec = copy.deepcopy(bundle)
    spec["paths"]["/reschedule_reason"]["get"]["parameters"].append(
        {
            "name": "X-Thing",
            "in": "header",
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    )
    with pytest.raises(gen.GenerationError, match="X-Thing"):
        gen.transform(spec)


def test_the_transform_marks_unexploded_arrays_for_commas() -> None:
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "ids",
                            "in": "query",
                            "style": "form",
                            "explode": False,
                            "schema": {"type": "array", "items": {"type": "integer"}},
                        }
                    ]
                }
            }
        }
    }
    param = gen.transform(spec)["paths"]["/x"]["get"]["parameters"][0]
    assert param["schema"]["description"] == gen.CSV_QUERY_MARKER


def test_the_markers_match_the_template() -> None:
    template = ROOT / "openapi" / "generator" / "templates" / "query_encoding.jinja"
    text = template.read_text(encoding="utf-8")
    assert f'{{% set JSON_MARKER = "{gen.JSON_QUERY_MARKER}" %}}' in text
    assert f'{{% set CSV_MARKER = "{gen.CSV_QUERY_MARKER}" %}}' in text


def test_the_drift_check_sees_only_what_git_would_track(tmp_path: Path) -> None:
    # `pip install -e generated_client` leaves generated_client/.pdm-build/; the check reported
    # the client stale because of it. An untracked, unignored file still counts.
    output = ROOT / "generated_client"
    build = output / ".pdm-build"
    stray = output / "pracsuite_client" / "stray_module.py"
    made_build = not build.exists()
    try:
        build.mkdir(exist_ok=True)
        (build / "pracsuite_client.pth").write_text("x", encoding="utf-8")
        stray.write_text("x = 1\n", encoding="utf-8")
        files = gen._files(output)
        assert not any(name.startswith(".pdm-build/") for name in files)
        assert "pracsuite_client/stray_module.py" in files
        assert "pracsuite_client/client.py" in files
    finally:
        stray.unlink()
        if made_build:
            import shutil

            shutil.rmtree(build)


@pytest.mark.parametrize(
    ("info_version", "build", "expected"),
    [("v1", 1, "1.0.0.1"), ("1.2", 3, "1.2.0.3"), ("v2.0.1", 0, "2.0.1.0")],
)
def test_the_version_is_the_spec_version_then_the_build_number(
    info_version: str, build: int, expected: str
) -> None:
    assert gen.package_version({"info": {"version": info_version}}, build) == expected


def test_a_spec_version_that_is_not_numeric_stops_generation() -> None:
    with pytest.raises(gen.GenerationError, match="info.version"):
        gen.package_version({"info": {"version": "beta"}}, 1)


def test_a_parameter_named_like_a_per_call_option_stops_generation(
    bundle: dict[str, Any],
) -> None:
    assert gen.reserved_clashes(bundle) == []
    spec = copy.deepcopy(bundle)
    op = spec["paths"]["/patient"]["get"]
    op.setdefault("parameters", []).append(
        {"name": "timeout", "in": "query", "schema": {"type": "integer"}}
    )
    assert [c for c in gen.reserved_clashes(spec) if "'timeout'" in c and "/patient" in c]


def test_the_transform_types_local_date_times_of_answers_only(bundle: dict[str, Any]) -> None:
    out = gen.transform(bundle)["components"]["schemas"]
    answered = out["Appointment"]["properties"]["app_time"]
    assert answered["format"] == "date-time" and answered["description"].endswith(gen.LOCAL_MARKER)
    assert "pattern" not in answered  # the generator would not check it; the spec still does
    sent = out["AppointmentCreate"]["properties"]["app_time"]
    assert sent == bundle["components"]["schemas"]["AppointmentCreate"]["properties"]["app_time"]
    assert bundle["components"]["schemas"]["Appointment"]["properties"]["app_time"] == {
        "$ref": "#/components/schemas/LocalDateTime"
    }, "transform must not touch its input"


def test_the_transform_refuses_a_local_date_time_both_sent_and_answered() -> None:
    local = {"type": "string", "format": "local-date-time"}
    thing = {"type": "object", "properties": {"at": {"$ref": "#/components/schemas/Local"}}}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    spec = {
        "paths": {"/x": {"post": {"requestBody": body, "responses": {"200": body}}}},
        "components": {"schemas": {"Local": local, "Thing": thing}},
    }
    with pytest.raises(gen.GenerationError, match="Thing"):
        gen.transform(spec)

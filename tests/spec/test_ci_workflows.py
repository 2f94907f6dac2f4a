"""The CI workflows wire up what the README promises (actionlint, `nox -s lint_ci`, checks the
syntax; these check the intent)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORKFLOWS = Path(__file__).resolve().parents[2] / ".github" / "workflows"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # PyYAML reads the bare key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_every_workflow_parses() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert files
    for path in files:
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path


def test_fuzz_shards_cover_the_campaign() -> None:
    job = _load("contract.yml")["jobs"]["fuzz"]
    shards = job["strategy"]["matrix"]["shard"]
    found = re.search(r"nox -s fuzz -- --shard \$\{\{ matrix\.shard \}\}/(\d+)", _runs(job))
    assert found, "the fuzz job runs one shard per matrix entry"
    assert shards == list(range(1, int(found.group(1)) + 1))


def test_pull_requests_regenerate_and_report_breaking_changes() -> None:
    jobs = _load("contract.yml")["jobs"]
    regenerate = jobs["regenerate"]
    assert regenerate["permissions"] == {"contents": "write"}
    assert "nox -s bundle generate" in _runs(regenerate)
    assert "git push" in _runs(regenerate)
    push = next(s for s in regenerate["steps"] if "git push" in str(s.get("run", "")))
    # Only a branch of this repository can take the push.
    assert "head.repo.full_name == github.repository" in push["if"]
    uploads = [
        s for s in regenerate["steps"] if str(s.get("uses", "")).startswith("actions/upload")
    ]
    assert uploads and "generated_client/" in uploads[0]["with"]["path"]
    assert "nox -s spec_diff" in _runs(jobs["spec-diff"])


def test_live_contract_runs_on_a_schedule_with_secrets() -> None:
    workflow = _load("contract-live.yml")
    assert workflow["on"]["schedule"]
    (job,) = workflow["jobs"].values()
    step = next(s for s in job["steps"] if "nox -s contract_live" in str(s.get("run", "")))
    for name in ("PRACSUITE_BASE_URL", "PRACSUITE_VENDOR_KEY", "PRACSUITE_SUBSCRIBER_KEY"):
        assert step["env"][name] == "${{ secrets." + name + " }}"
    assert "PRACSUITE_ALLOW_WRITES" not in step["env"]
    assert any(str(s.get("uses", "")).startswith("actions/upload-artifact") for s in job["steps"])

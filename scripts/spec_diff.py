"""Breaking-change report between two versions of the bundled spec, and the client version bump.

Compares openapi/pracsuite.yaml at a base git ref (or a file) with the working tree's (or
another file) using breakwatch (PyPI; OpenAPI 3.1; classifies each change BREAKING, RISKY or
SAFE). Prints a Markdown report, appends it to $GITHUB_STEP_SUMMARY when set, and writes
`bump=major|minor|patch` to $GITHUB_OUTPUT when set:

- major: any BREAKING change (a removed operation or response field, a changed field type,
  ...), or a change breakwatch leaves unclassified (it reports a removed or narrowed parameter
  only as "Unclassified change: ... parameters"), since nothing shows it is compatible;
- minor: other RISKY or SAFE changes only (additions; removed optional response fields, which
  the generated client tolerates);
- patch: no change to the API surface.

The report also names the generated client's next version: its version at the base
(generated_client/pyproject.toml, set by package_version_override in
openapi/generator/config.yaml) bumped accordingly; `version=X.Y.Z` goes to $GITHUB_OUTPUT.

Exits 0 whatever it finds, unless --fail-on-breaking (then 1 on a major bump); 2 when the tool
fails.

Usage: python scripts/spec_diff.py [--base REF | --base-file PATH] [--head-file PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = "openapi/pracsuite.yaml"
CLIENT_PYPROJECT = "generated_client/pyproject.toml"


def spec_at(ref: str, into: Path) -> Path:
    """openapi/pracsuite.yaml as committed at `ref`, written to a file under `into`."""
    text = subprocess.run(
        ["git", "show", f"{ref}:{BUNDLE}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    path = into / "base.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def client_version(ref: str | None) -> str:
    """The generated client's version at `ref` (the working tree when None)."""
    if ref is None:
        text = (ROOT / CLIENT_PYPROJECT).read_text(encoding="utf-8")
    else:
        text = subprocess.run(
            ["git", "show", f"{ref}:{CLIENT_PYPROJECT}"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return str(tomllib.loads(text)["project"]["version"])


def next_version(version: str, level: str) -> str:
    """The version after a `level` change. The client's version is the spec's `info.version` (three
    numbers) plus a build number (scripts/generate_client.py); a new spec version starts build 1."""
    parts = version.split(".")
    major, minor, patch = (int(part) for part in parts[:3])
    build = ".1" if len(parts) > 3 else ""
    if level == "major":
        return f"{major + 1}.0.0{build}"
    if level == "minor":
        return f"{major}.{minor + 1}.0{build}"
    return f"{major}.{minor}.{patch + 1}{build}"


def changes(base: Path, head: Path) -> dict[str, Any]:
    tool = shutil.which("breakwatch")
    if tool is None:
        raise SystemExit("spec_diff: breakwatch is not installed (pip install breakwatch)")
    out = subprocess.run(
        [tool, "diff", "--format", "json", str(base), str(head)],
        capture_output=True,
        text=True,
        check=False,
    )
    # breakwatch exits 1 when it finds breaking changes; anything unparseable is a failure.
    try:
        report: dict[str, Any] = json.loads(out.stdout)
    except ValueError:
        print(out.stdout, out.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(2) from None
    return report


def bump(report: dict[str, Any]) -> str:
    rows = report.get("changes", [])
    unclassified = any(str(c.get("message", "")).startswith("Unclassified") for c in rows)
    if report.get("summary", {}).get("breaking", 0) or unclassified:
        return "major"
    return "minor" if rows else "patch"


def markdown(report: dict[str, Any], base_name: str, level: str, versions: str = "") -> str:
    summary = report.get("summary", {})
    counts = ", ".join(f"{summary.get(k, 0)} {k}" for k in ("breaking", "risky", "safe"))
    lines = [
        f"## OpenAPI changes since `{base_name}`",
        "",
        f"**Generated client version: {level}**{versions} ({counts}; tool: breakwatch)",
        "",
    ]
    rows = report.get("changes", [])
    if rows:
        lines += ["| severity | operation | change |", "|---|---|---|"]
        for change in rows:
            message = str(change.get("message", "")).replace("|", "\\|")
            lines.append(
                f"| {change.get('severity', '?')} | `{change.get('path', '')}` | {message} |"
            )
    else:
        lines.append("No change to operations, parameters or schemas.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base = parser.add_mutually_exclusive_group()
    base.add_argument("--base", default="origin/main", help="git ref (default: %(default)s)")
    base.add_argument("--base-file", type=Path, help="the base spec as a file")
    parser.add_argument("--head-file", type=Path, default=ROOT / BUNDLE)
    parser.add_argument("--fail-on-breaking", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base_path = args.base_file or spec_at(args.base, Path(tmp))
        report = changes(base_path, args.head_file)
    level = bump(report)
    current = client_version(None if args.base_file else args.base)
    upcoming = next_version(current, level) if level != "patch" else current
    versions = f", {current} → {upcoming}" if upcoming != current else f", stays {current}"
    text = markdown(report, str(args.base_file or args.base), level, versions)
    print(text)
    for variable, content in (
        ("GITHUB_STEP_SUMMARY", text),
        ("GITHUB_OUTPUT", f"bump={level}\nversion={upcoming}\n"),
    ):
        target = os.environ.get(variable)
        if target:
            with open(target, "a", encoding="utf-8") as f:
                f.write(content)
    return 1 if args.fail_on_breaking and level == "major" else 0


if __name__ == "__main__":
    raise SystemExit(main())

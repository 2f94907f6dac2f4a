"""Lint the bundled spec, openapi/pracsuite.yaml: openapi-spec-validator, then Redocly CLI.

Redocly CLI runs through `npx --yes` at the version pinned below, so npm fetches it on first use
(npx must be on PATH). It runs on Node.js 22 fetched by npx from the npm registry (the `node`
package): Redocly CLI prints an end-of-life box on every run under the machine's Node.js 20, and
Node.js 22 is what its next releases require. Its rules are redocly.yaml at the repo root, plus the
deliberate exceptions in .redocly.lint-ignore.yaml. Exits non-zero on any validator error or any
Redocly error (warnings are printed, and do not fail).

Usage: python scripts/lint_spec.py [--spec PATH] [--skip-redocly]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "openapi" / "pracsuite.yaml"
REDOCLY = "@redocly/cli@2.77.0"
NODE = "node@22"


def run_validator(spec_path: Path) -> bool:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    try:
        validate(spec)
    except OpenAPIValidationError as err:
        print(f"openapi-spec-validator: {spec_path.name} is invalid:\n{err}", file=sys.stderr)
        return False
    print(f"openapi-spec-validator: {spec_path.name} is valid")
    return True


def run_redocly(spec_path: Path) -> bool:
    npx = shutil.which("npx")
    if npx is None:
        print("Redocly CLI needs Node.js and npx on PATH (none found)", file=sys.stderr)
        return False
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    cmd = [npx, "--yes", "-p", NODE, "-p", REDOCLY, "--", "redocly", "lint"]
    cmd += ["--config", "redocly.yaml", str(spec_path)]
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    return result.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=BUNDLE, help="default: %(default)s")
    parser.add_argument("--skip-redocly", action="store_true", help="run the validator only")
    args = parser.parse_args(argv)
    # Relative to the repo root, so .redocly.lint-ignore.yaml's file keys match.
    spec_path = args.spec.resolve()
    shown = spec_path.relative_to(ROOT) if spec_path.is_relative_to(ROOT) else spec_path
    ok = run_validator(spec_path)
    if not args.skip_redocly:
        ok = run_redocly(shown) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate the Python client in generated_client/ from the bundled spec, openapi/pracsuite.yaml.

Runs openapi-python-client (pinned, 0.29.1) with the config and custom templates in
openapi/generator/ and `--fail-on-warning`, after one documented transform of the spec (below),
then checks that no spec parameter went missing from the generated functions. A second
transform (`localise_answers`) types the API's local date-times in answers as `datetime`.

Usage:
    python scripts/generate_client.py              # rewrite generated_client/
    python scripts/generate_client.py --output DIR # generate into DIR instead
    python scripts/generate_client.py --check      # regenerate into a temp dir, diff against
                                                   # generated_client/, fail if they differ

Exit status is non-zero, with the reason printed, when the generator warns or fails, when a
parameter is missing from the output, or (with --check) when generated_client/ is stale.

The transform: query parameters the generator cannot send
----------------------------------------------------------
openapi-python-client 0.29.1 silently mishandles two kinds of query parameter PracSuite uses:
- a parameter declared with `content` instead of `schema` is skipped (`if param.param_schema is
  None: continue` in parser/openapi.py), without a warning. `sort_by` is one:
  `content: {application/json: {schema: <array of enum>}}`, sent as one query value holding
  the array's JSON text;
- `style`/`explode` are ignored, so an `explode: false` array (`business_ids=1,2`) would be
  sent exploded (`business_ids=1&business_ids=2`).
Rather than patch the generator, we rewrite each such parameter into an ordinary `schema`
parameter (so the generator types it, enum items and all) and mark it: the schema's description
ends with JSON_QUERY_MARKER or CSV_QUERY_MARKER. The generator carries no `x-` extensions
through to its templates, but it does carry the description; the custom endpoint templates
(openapi/generator/templates/query_encoding.jinja) recognise the marker and send the value as
`json.dumps(value, separators=(",", ":"))` or as its items joined with ",". The marker text is
also what callers read in the docstring. Any other parameter encoding the generator would get
wrong (`content` outside the query or not JSON, other styles, exploded objects...) stops
generation with an error instead of a wrong client.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "openapi" / "pracsuite.yaml"
GENERATOR_DIR = ROOT / "openapi" / "generator"
CONFIG = GENERATOR_DIR / "config.yaml"
TEMPLATES = GENERATOR_DIR / "templates"
OUTPUT = ROOT / "generated_client"
PACKAGE = "pracsuite_client"
# Project metadata flavour: a PEP 621 pyproject.toml (pdm-backend), installable on its own with
# `pip install generated_client/`.
META = "pdm"
# The output is only reproducible with this exact generator (and the ruff its post hooks run).
GENERATOR_VERSION = "0.29.1"
# Keep identical to JSON_MARKER and CSV_MARKER in openapi/generator/templates/query_encoding.jinja.
JSON_QUERY_MARKER = "Sent as one query value: its compact JSON text."
CSV_QUERY_MARKER = "Sent as one query value: its items joined with commas."
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Files the generator or its hooks may leave that are not part of the output.
IGNORED = {"__pycache__", ".ruff_cache", ".pytest_cache", ".mypy_cache"}


class GenerationError(Exception):
    """Generation failed or produced an incomplete client; the message says why."""


# --- the transform -------------------------------------------------------------------------


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise GenerationError(f"external $ref not supported: {ref}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _mark(
    spec: dict[str, Any], schema: dict[str, Any], note: str | None, marker: str
) -> dict[str, Any]:
    """A copy of `schema` (resolved, if a $ref) whose description ends with `marker`."""
    schema = copy.deepcopy(_resolve(spec, schema))
    text = schema.get("description") or note
    if not (text and text.endswith(marker)):  # the bundle may share one parameter object
        schema["description"] = " ".join(filter(None, [text, marker]))  # (YAML anchors)
    return schema


def _rewrite_param(spec: dict[str, Any], param: dict[str, Any], where: str) -> None:
    """Rewrite one parameter in place if the generator cannot send it as the spec says."""
    name, location = param.get("name"), param.get("in")
    label = f"{where}: parameter {name!r} (in {location})"
    content = param.get("content")
    if content is not None:
        if location != "query" or set(content) != {"application/json"}:
            raise GenerationError(
                f"{label} uses `content` {sorted(content)}; only query "
                "parameters with application/json are supported"
            )
        media = content["application/json"]
        param["schema"] = _mark(
            spec, media.get("schema", {}), param.get("description"), JSON_QUERY_MARKER
        )
        del param["content"]
        if "example" in media and "example" not in param:
            param["example"] = media["example"]
        return
    if location != "query":
        return
    style = param.get("style", "form")
    if style != "form":
        raise GenerationError(f"{label} has style {style!r}; only form is supported")
    schema = _resolve(spec, param.get("schema", {}))
    if param.get("explode", True) or schema.get("type") not in ("array", "object"):
        return  # exploded form (what the generator does), or a primitive (explode is moot)
    items = _resolve(spec, schema.get("items", {}))
    if schema.get("type") == "object" or items.get("type") not in ("integer", "number", "string"):
        raise GenerationError(
            f"{label}: explode: false is supported for arrays of integers, numbers or strings only"
        )
    param["schema"] = _mark(spec, param["schema"], param.get("description"), CSV_QUERY_MARKER)


# --- the transform: local date-times in answers ---------------------------------------------

#: The spec's own format for the API's local date-times (components/schemas/LocalDateTime).
LOCAL_FORMAT = "local-date-time"
#: Ends the description of a local date-time the transform made a `date-time` for the generator.
LOCAL_MARKER = (
    "Read as a naive `datetime` (the clinic's local time, no offset); "
    "its wire text is `YYYY-MM-DDTHH:MM:SS`."
)
_SCHEMA_REF = "#/components/schemas/"


def _refs(node: Any) -> Iterator[str]:
    """The component schema names `node` refers to, directly or nested."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            yield ref[len(_SCHEMA_REF) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """Every component schema reachable from `roots` through $refs."""
    schemas = spec.get("components", {}).get("schemas") or {}
    seen: set[str] = set()
    todo = [name for root in roots for name in _refs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _bodies(spec: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """(the response bodies, the request bodies) of every operation, and the shared ones."""
    answers: list[Any] = list((spec.get("components", {}).get("responses") or {}).values())
    requests: list[Any] = list((spec.get("components", {}).get("requestBodies") or {}).values())
    for item in (spec.get("paths") or {}).values():
        for method in METHODS:
            op = item.get(method) or {}
            answers.extend((op.get("responses") or {}).values())
            if "requestBody" in op:
                requests.append(op["requestBody"])
    return answers, requests


def _is_local(spec: dict[str, Any], node: Any) -> bool:
    return isinstance(node, dict) and _resolve(spec, node).get("format") == LOCAL_FORMAT


def _as_datetime(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """An inline `format: date-time` copy of the local date-time `node`, marked (LOCAL_MARKER)."""
    target = _resolve(spec, node)
    out = {k: v for k, v in target.items() if k not in ("format", "pattern", "maxLength")}
    out.update({k: v for k, v in node.items() if k != "$ref"})  # the use site's own keywords
    out["format"] = "date-time"
    text = out.get("description")
    out["description"] = " ".join(filter(None, [text, LOCAL_MARKER]))
    return out


def _localise(spec: dict[str, Any], node: Any) -> Any:
    """`node` with every local date-time inside it (a property, an item, a member of a union)
    made a marked `date-time`."""
    if _is_local(spec, node) and "properties" not in node:
        return _as_datetime(spec, node)
    if isinstance(node, dict):
        return {k: (v if k == "$ref" else _localise(spec, v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_localise(spec, v) for v in node]
    return node


def localise_answers(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` whose answer models read the API's local date-times as `datetime`.

    The spec declares them `format: local-date-time` (RFC 3339's `date-time` requires an offset,
    which they never have, so the mock and the contract suite validate them by that format), and
    the generator types an unknown format as `str`. In every component schema that answers
    reach, each local date-time becomes an inline `format: date-time` whose description ends with
    LOCAL_MARKER: the generator then reads it with `datetime.fromisoformat` (a naive datetime,
    as the text has no offset) and writes it back with `.isoformat()` (the same text: whole
    seconds, no offset). Request bodies keep `str` (the resource layer takes a naive `datetime`
    or the text there), so a schema both sent and answered that holds one stops generation.
    """
    spec = copy.deepcopy(spec)
    schemas = spec.get("components", {}).get("schemas") or {}
    answers, requests = _bodies(spec)
    answered, sent = _reachable(spec, answers), _reachable(spec, requests)
    for name in sorted(answered):
        schema = schemas[name]
        if not isinstance(schema, dict) or _is_local(spec, schema):
            continue  # LocalDateTime itself: used through $refs, rewritten at each use
        localised = _localise(spec, schema)
        if localised == schema:
            continue
        if name in sent:
            raise GenerationError(
                f"#/components/schemas/{name} holds a local date-time and is both sent and "
                "answered; split it, or teach localise_answers which type to give it"
            )
        schemas[name] = localised
    return spec


def transform(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with the parameters the generator cannot send rewritten, and the local
    date-times of answers made `date-time`s (module doc)."""
    spec = localise_answers(spec)
    for name, param in (spec.get("components", {}).get("parameters") or {}).items():
        _rewrite_param(spec, param, f"#/components/parameters/{name}")
    for path, item in (spec.get("paths") or {}).items():
        for i, param in enumerate(item.get("parameters") or []):
            if "$ref" not in param:
                _rewrite_param(spec, param, f"{path} parameters[{i}]")
        for method in METHODS:
            for i, param in enumerate((item.get(method) or {}).get("parameters") or []):
                if "$ref" not in param:
                    _rewrite_param(spec, param, f"{method.upper()} {path} parameters[{i}]")
    return spec


# --- the no-parameter-dropped guard --------------------------------------------------------


def operations(
    spec: dict[str, Any],
) -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """Yield (method, path, operation, effective resolved parameters) for every operation."""
    for path, item in (spec.get("paths") or {}).items():
        shared = [_resolve(spec, p) for p in item.get("parameters") or []]
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            own = [_resolve(spec, p) for p in op.get("parameters") or []]
            keys = {(p["name"], p["in"]) for p in own}
            yield method, path, op, own + [p for p in shared if (p["name"], p["in"]) not in keys]


def _signature(module: Path) -> tuple[set[str], set[str]]:
    """The argument names of `sync_detailed` and the string constants of `_get_kwargs`."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    args: set[str] = set()
    strings: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            args = {a.arg for a in node.args.args + node.args.kwonlyargs}
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            strings = {
                n.value
                for n in ast.walk(node)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            }
    return args, strings


def _norm(name: str) -> str:
    """Letters and digits, lower-cased: how a wire name and its Python name compare.

    The generator snake-cases and sanitises names (`q[]` -> `q`, `clientId` -> `client_id`), and
    on a clash appends the location (`id_query`); comparing normalised forms needs none of its
    internals.
    """
    return re.sub(r"[^0-9a-z]", "", name.lower())


def missing_parameters(spec: dict[str, Any], package_dir: Path) -> list[str]:
    """Every spec parameter that the generated client does not take; [] when none is missing.

    A parameter counts as present when an argument of the operation's `sync_detailed` is its
    name (compared as `_norm` says, optionally with the location appended), and its wire name
    appears in `_get_kwargs` (as a params/headers/cookies key, or as `{name}` in the URL).
    """
    modules = {p.stem: p for p in (package_dir / "api").glob("*/*.py") if p.stem != "__init__"}
    by_norm = {_norm(stem): path for stem, path in modules.items()}
    problems: list[str] = []
    for method, path, op, params in operations(spec):
        label = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(f"{label}: no operationId, so no module to check")
            continue
        module = by_norm.get(_norm(op_id))
        if module is None:
            problems.append(f"{label} ({op_id}): no generated module for it")
            continue
        args, strings = _signature(module)
        arg_norms = {_norm(a) for a in args}
        for param in params:
            name, where = param["name"], param["in"]
            found_arg = bool({_norm(name), _norm(name + where)} & arg_norms)
            wire = "{" + name + "}" if where == "path" else name
            if not (found_arg and any(wire in s for s in strings)):
                problems.append(
                    f"{label} ({op_id}): {where} parameter {name!r} is missing from {module.name}"
                )
    return problems


#: Keyword arguments the endpoint templates add to every operation function (per-call options).
RESERVED_ARGUMENTS = ("client", "timeout", "extra_headers", "extra_query", "max_retries")


def reserved_clashes(spec: dict[str, Any]) -> list[str]:
    """Spec parameters whose Python name would clash with a per-call option; [] when none."""
    reserved = {_norm(name) for name in RESERVED_ARGUMENTS}
    return [
        f"{method.upper()} {path}: {param['in']} parameter {param['name']!r} clashes with the "
        "per-call option of that name (openapi/generator/templates/endpoint_macros.py.jinja)"
        for method, path, _op, params in operations(spec)
        for param in params
        if _norm(param["name"]) in reserved
    ]


# --- generation ----------------------------------------------------------------------------


def _tool_versions() -> str:
    ruff = shutil.which("ruff", path=_path())
    found = subprocess.run([ruff, "--version"], capture_output=True, text=True) if ruff else None
    ruff_version = found.stdout.strip() if found else "ruff not found"
    return f"openapi-python-client {metadata.version('openapi-python-client')}, {ruff_version}"


def _path() -> str:
    """PATH with this interpreter's bin directory first, so the post hooks find its `ruff`."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


def package_version(spec: dict[str, Any], build_number: int) -> str:
    """The one version of both distributions: the spec's `info.version` as three numbers, then
    the build number (`v1` and build 3 -> `1.0.0.3`; `2.1` and build 1 -> `2.1.0.1`).

    Three spec numbers first keep versions ordered when the spec moves on (1.0.0.9 < 1.1.0.1).
    """
    raw = str(spec.get("info", {}).get("version", ""))
    match = re.fullmatch(r"v?(\d+)(?:\.(\d+))?(?:\.(\d+))?", raw.strip())
    if match is None:
        raise GenerationError(f"info.version {raw!r} is not like v1, 1.2 or 1.2.3")
    numbers = [int(part or 0) for part in match.groups()]
    return ".".join(str(n) for n in [*numbers, build_number])


def _config(spec: dict[str, Any], directory: Path, package: str = PACKAGE) -> Path:
    """The generator config, with the derived version in place of our own `build_number` key
    (and another package name, when `package` is not the usual one)."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    build = config.pop("build_number", None)
    if not isinstance(build, int) or build < 0:
        raise GenerationError(f"{CONFIG}: build_number must be an integer >= 0, not {build!r}")
    config["package_version_override"] = package_version(spec, build)
    if package != PACKAGE:
        config["package_name_override"] = package
        config["project_name_override"] = package.replace("_", "-")
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def generate(
    spec_path: Path, output: Path, *, templates: Path = TEMPLATES, package: str = PACKAGE
) -> None:
    """Generate the client for the bundle at `spec_path` into `output` (replaced whole).

    `templates` and `package` are for tests that compare with another generation (e.g. the models
    as earlier templates built them, under another package name, importable side by side).
    """
    try:
        installed = metadata.version("openapi-python-client")
    except metadata.PackageNotFoundError:
        installed = "none"
    if installed != GENERATOR_VERSION:
        raise GenerationError(
            f"openapi-python-client=={GENERATOR_VERSION} is required (installed: {installed})"
        )
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    clashes = reserved_clashes(spec)
    if clashes:
        raise GenerationError("\n  ".join(["reserved argument names:", *clashes]))
    with tempfile.TemporaryDirectory(prefix="pracsuite-gen-") as tmp:
        transformed = Path(tmp) / "pracsuite.yaml"
        transformed.write_text(yaml.safe_dump(transform(spec), sort_keys=False), encoding="utf-8")
        out = Path(tmp) / "out"
        cmd = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(transformed),
            "--output-path", str(out),
            "--config", str(_config(spec, Path(tmp), package)),
            "--custom-template-path", str(templates),
            "--meta", META,
            "--fail-on-warning",
        ]  # fmt: skip
        env = dict(os.environ, PATH=_path())
        result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp, check=False)
        log = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or "encountered while generating" in log:
            raise GenerationError(
                f"openapi-python-client failed or warned (exit {result.returncode}):\n{log}"
            )
        missing = missing_parameters(spec, out / package)
        if missing:
            raise GenerationError(
                "spec parameters missing from the generated client:\n  " + "\n  ".join(missing)
            )
        for junk in [p for p in out.rglob("*") if p.name in IGNORED]:
            shutil.rmtree(junk, ignore_errors=True)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(out, output)


def _files(root: Path) -> set[str]:
    """The files under `root` that git tracks or would track (so an editable install's
    `.pdm-build/`, caches and other ignored files never count); every file outside git."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "."],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode == 0:
        return {
            name
            for name in listed.stdout.split("\0")
            if name and (root / name).is_file()  # a tracked file deleted from disk is missing
        }
    return {  # not in a git work tree (a fresh generation in a temporary directory)
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def compare(expected: Path, actual: Path, max_lines: int = 200) -> list[str]:
    """How `actual` (committed) differs from `expected` (fresh), readably; [] if equal."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing (would be added): {f}" for f in sorted(want - have)]
    lines += [f"stale (would be removed): {f}" for f in sorted(have - want)]
    diff: list[str] = []
    for name in sorted(want & have):
        if filecmp.cmp(expected / name, actual / name, shallow=False):
            continue
        lines.append(f"differs: {name}")
        diff += difflib.unified_diff(
            (actual / name).read_text(encoding="utf-8").splitlines(),
            (expected / name).read_text(encoding="utf-8").splitlines(),
            f"committed/{name}",
            f"regenerated/{name}",
            lineterm="",
        )
    if diff:
        shown = diff[:max_lines]
        lines += ["", *shown] + (
            [f"... ({len(diff) - max_lines} more diff lines)"] if len(diff) > max_lines else []
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec", type=Path, default=BUNDLE, help="bundled spec (default: %(default)s)"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--output", type=Path, default=OUTPUT, help="output directory (default: %(default)s)"
    )
    group.add_argument(
        "--check",
        action="store_true",
        help="fail if generated_client/ is not what the spec generates",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="pracsuite-check-") as tmp:
                fresh = Path(tmp) / "generated_client"
                generate(args.spec, fresh)
                problems = compare(fresh, OUTPUT)
            if problems:
                print(
                    "generated_client/ is stale: run `python scripts/generate_client.py`"
                    f" and commit it ({_tool_versions()}).\n" + "\n".join(problems),
                    file=sys.stderr,
                )
                return 1
            print("generated_client/ is up to date")
            return 0
        generate(args.spec, args.output.resolve())
    except GenerationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

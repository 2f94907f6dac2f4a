"""One model of the spec: no code outside `pracsuite_spec` reads an `x-` extension itself.

Every extension the spec uses is a typed field of `pracsuite_spec` (`KNOWN_EXTENSIONS` lists
them with what reads each). A string literal naming one of them anywhere else is a second
reader with its own defaults, which is how the date window came to be read in six places.
HTTP headers that start with `x-` (`x-api-key`, `x-mock-reason`) are not extensions.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pracsuite_spec import KNOWN_EXTENSIONS

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("pracsuite_mock", "contract_tests", "pracsuite", "benchmarks", "scripts")
# Files that may name extensions, each with why.
ALLOWED = {
    # The bundler builds the bundle from openapi/src/: it copies the one `x-filter-syntax`
    # onto every operation's `q[]` and checks each against its `x-filters`, before there is a
    # bundle for `pracsuite_spec` to load.
    "scripts/bundle_spec.py": "builds the bundle from the source YAML",
}
_NAME = re.compile(r"x-[a-z0-9-]+")


def extension_reads(source: str) -> Iterator[tuple[int, str]]:
    """(line, name) of each string literal that starts with a known extension's name."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found = _NAME.match(node.value)
            if found and found.group(0) in KNOWN_EXTENSIONS:
                yield node.lineno, found.group(0)


def scanned_files() -> list[Path]:
    return sorted(
        path
        for folder in SCANNED
        for path in (ROOT / folder).rglob("*.py")
        if path.relative_to(ROOT).as_posix() not in ALLOWED
    )


def test_the_scanner_finds_an_extension_read_and_ignores_headers() -> None:
    source = (
        'window = op.raw.get("x-date-window")\n'
        'limit = document["x-max-body-bytes.default"]\n'
        'headers = {"x-api-key": key, "x-mock-reason": "unknown-path"}\n'
        '"""A docstring naming `x-pagination` is prose, not a read."""\n'
    )
    assert list(extension_reads(source)) == [(1, "x-date-window"), (2, "x-max-body-bytes")]


def test_the_scan_covers_the_readers() -> None:
    files = {p.relative_to(ROOT).as_posix() for p in scanned_files()}
    for expected in (
        "pracsuite_mock/validation.py",
        "contract_tests/checks/strict.py",
        "pracsuite/_availability.py",
        "benchmarks/servers.py",
        "scripts/generate_resources.py",
    ):
        assert expected in files
    assert all((ROOT / allowed).exists() for allowed in ALLOWED), "stale allow-list entry"


@pytest.mark.parametrize("path", scanned_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_extension_is_read_outside_pracsuite_spec(path: Path) -> None:
    reads = list(extension_reads(path.read_text(encoding="utf-8")))
    assert not reads, (
        f"{path.relative_to(ROOT)} reads spec extensions itself "
        f"({', '.join(f'line {line}: {name}' for line, name in reads)}): "
        "make each a typed field of pracsuite_spec and read that"
    )

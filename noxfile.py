"""The one list of what can be run. `nox -l` shows it; README names the two entry points."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint_spec", "check_generated", "lint", "typecheck", "tests", "contract"]

# The generator's post-hooks run ruff; pinning both keeps the generated output byte-identical.
GENERATOR = ("openapi-python-client==0.29.1", "ruff==0.17.6")


def install_project(session: nox.Session, *extras: str) -> None:
    spec = ".[" + ",".join(extras) + "]" if extras else "."
    # pracsuite pins pracsuite-client, its own distribution in generated_client/: install both.
    session.install("-e", "./generated_client", "-e", spec)


@nox.session
def bundle(session: nox.Session) -> None:
    """Bundle openapi/src/ into openapi/pracsuite.yaml."""
    session.install("pyyaml")
    session.run("python", "scripts/bundle_spec.py")


@nox.session
def bundle_check(session: nox.Session) -> None:
    """The committed bundle equals a fresh bundle of openapi/src/."""
    session.install("pyyaml")
    session.run("python", "scripts/bundle_spec.py", "--check")


@nox.session
def lint_spec(session: nox.Session) -> None:
    """Bundle is current; openapi-spec-validator and Redocly CLI lint find no error."""
    session.install("pyyaml", "openapi-spec-validator")
    session.run("python", "scripts/bundle_spec.py", "--check")
    session.run("python", "scripts/lint_spec.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated_client/ from the bundled spec (fails on any generator warning)."""
    session.install(*GENERATOR, "pyyaml")
    session.run("python", "scripts/generate_client.py")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Drift gate: a fresh generation must equal the committed generated_client/."""
    session.install(*GENERATOR, "pyyaml")
    session.run("python", "scripts/bundle_spec.py", "--check")
    session.run("python", "scripts/generate_client.py", "--check")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check of hand-written code."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


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
def bench(session: nox.Session) -> None:
    """Benchmarks: mock vs Prism, availability scaling, gate time, client overhead, generation."""
    install_project(session, "test")
    session.install("matplotlib", "pyinstrument", *GENERATOR)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Deep fuzz campaign against the mock: every phase, mode and check, 10,000+ cases by
    default; `nox -s fuzz -- --cases 1500` for CI, `-- --shard 1/4` to split operations."""
    install_project(session, "test")
    session.run("python", "-m", "contract_tests.fuzz", *session.posargs)

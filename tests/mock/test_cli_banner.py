"""The mock's start-up lines: the curl hint pastes into any POSIX shell, zsh included."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from pracsuite_mock.app import MockConfig
from pracsuite_mock.cli import banner

URL = "http://127.0.0.1:8000/v1"


def _hint() -> str:
    (line,) = [line for line in banner(MockConfig(), URL) if line.strip().startswith("try:")]
    return line.split("try:", 1)[1].strip()


def test_hint_quotes_the_url() -> None:
    # zsh treats an unquoted `?` as a glob and refuses the command when nothing matches.
    assert f"'{URL}/patient?page_size=2'" in _hint()
    assert shlex.split(_hint())[-1] == f"{URL}/patient?page_size=2"


# bash's failglob refuses an unmatched glob as zsh does, so the check runs without zsh too.
@pytest.mark.parametrize("shell", [("sh",), ("bash", "-O", "failglob"), ("zsh",)], ids=str)
def test_hint_survives_the_shell(shell: tuple[str, ...], tmp_path: Path) -> None:
    path = shutil.which(shell[0])
    if path is None:
        pytest.skip(f"{shell[0]} is not installed")
    # `printf` stands in for curl: the shell must hand over the URL untouched.
    command = "printf '%s\\n' " + _hint().removeprefix("curl ")
    out = subprocess.run(
        [path, *shell[1:], "-c", command], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines()[-1] == f"{URL}/patient?page_size=2"


def test_the_banner_says_how_to_point_the_client_at_the_mock():
    from pracsuite_mock.cli import banner, config_from, parse_args

    lines = banner(config_from(parse_args([])), "http://127.0.0.1:8000/v1")
    hint = next(line for line in lines if "PRACSUITE_BASE_URL" in line)
    assert "PRACSUITE_BASE_URL=http://127.0.0.1:8000/v1" in hint
    assert "PRACSUITE_VENDOR_KEY=mock-vendor-key" in hint
    assert "PRACSUITE_SUBSCRIBER_KEY=mock-clinic-1" in hint


def test_without_the_mock_extra_the_command_says_what_to_install(monkeypatch, capsys):
    import subprocess
    import sys

    blocked = "import sys; sys.modules['starlette'] = None; import pracsuite_mock.cli"
    assert subprocess.run([sys.executable, "-c", blocked], check=False).returncode == 0

    from pracsuite_mock import cli

    monkeypatch.setattr(cli, "EXTRA_MODULES", ("starlette", "no_such_module_for_the_test"))
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "pip install 'pracsuite[mock]'" in err and "no_such_module_for_the_test" in err

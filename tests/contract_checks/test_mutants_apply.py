"""Every planted bug of the catalogue still applies to the code (each edit's text occurs exactly
once), on a copy of the tree: a mutant that no longer applies would silently measure nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from contract_tests.mutants import catalogue, runner


def test_the_catalogue_has_forty_bugs_over_many_families() -> None:
    assert len(catalogue.MUTANTS) >= 40
    assert len({m.family for m in catalogue.MUTANTS}) >= 15
    assert len({m.name for m in catalogue.MUTANTS}) == len(catalogue.MUTANTS)


@pytest.mark.parametrize("mutant", catalogue.MUTANTS, ids=lambda m: m.name)
def test_each_mutant_applies_cleanly_and_changes_the_code(
    mutant: catalogue.Mutant, tmp_path: Path
) -> None:
    for edit in mutant.edits:
        target = tmp_path / edit.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(runner.ROOT / edit.path, target)
    runner.apply(mutant, tmp_path)
    for edit in mutant.edits:
        assert (tmp_path / edit.path).read_text() != (runner.ROOT / edit.path).read_text()


def test_white_box_tests_named_by_the_catalogue_exist() -> None:
    for mutant in catalogue.MUTANTS:
        for test in mutant.white_box:
            assert (runner.ROOT / test).is_file(), f"{mutant.name}: {test} is missing"


def test_shards_partition_the_catalogue() -> None:
    shards = [runner.shard(catalogue.MUTANTS, f"{i}/4") for i in range(1, 5)]
    names = [m.name for part in shards for m in part]
    assert sorted(names) == sorted(m.name for m in catalogue.MUTANTS)
    with pytest.raises(ValueError):
        runner.shard(catalogue.MUTANTS, "5/4")


def test_a_stale_edit_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("a = 1\n")
    stale = catalogue.Mutant("stale", "f", "d", (catalogue.Edit("x.py", "b = 2", "b = 3"),))
    with pytest.raises(runner.NotApplicable):
        runner.apply(stale, tmp_path)


def test_the_report_gives_the_kill_rate_by_family() -> None:
    m = catalogue.MUTANTS
    outcomes = [
        runner.Outcome(m[0], "killed by the gate", 1.0),
        runner.Outcome(m[1], "survived", 1.0),
    ]
    text = runner.report(outcomes, title="t")
    assert "the gate killed **1/2 (50%)**" in text
    assert f"| {m[0].family} |" in text

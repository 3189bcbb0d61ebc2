"""The group-aware stratified split: no group on two sides, seeded, proportions and families kept."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from agent_guard.errors import ConfigurationError, DatasetError
from agent_guard.training.dataset import Row
from agent_guard.training.splits import cv_fold_keys, parse_fractions, split_rows


def make_rows(n: int, *, group_size: int = 1, families: int = 3, seed_offset: int = 0) -> list[Row]:
    rows = []
    for i in range(n):
        label = i % 2
        subset = f"fam{(i // 2) % families}" if label else f"cat{(i // 2) % families}"
        rows.append(
            Row(
                index=i, line=i + 1, path=Path(f"/d/{i}.png"), display=f"{i}.png", label=label,
                family=subset if label else None, category=None if label else subset,
                group=None if group_size == 1 else f"g{(i + seed_offset) // group_size}",
            )
        )
    return rows


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("group_size", [1, 3, 5])
def test_a_group_never_sits_on_two_sides(seed: int, group_size: int) -> None:
    rows = make_rows(90, group_size=group_size)
    split = split_rows(rows, (0.6, 0.2, 0.2), seed)
    side = {}
    for name, part in split.parts().items():
        for row in part:
            assert side.setdefault(row.group_key, name) == name, f"group {row.group_key} split across sides"
    assert sorted(r.index for part in split.parts().values() for r in part) == list(range(90))


def test_proportions_labels_and_families_are_kept() -> None:
    split = split_rows(make_rows(200), (0.6, 0.2, 0.2), seed=3)
    sizes = {name: len(part) for name, part in split.parts().items()}
    assert sizes["train"] == pytest.approx(120, abs=6)
    assert sizes["calibration"] == pytest.approx(40, abs=6) and sizes["test"] == pytest.approx(40, abs=6)
    for part in split.parts().values():
        labels = Counter(r.label for r in part)
        assert abs(labels[0] - labels[1]) <= 3
        assert {r.subset for r in part} == {"fam0", "fam1", "fam2", "cat0", "cat1", "cat2"}


def test_small_families_reach_every_split_when_they_can() -> None:
    rows = make_rows(60)
    rows += [Row(index=60 + k, line=None, path=Path(f"/d/r{k}.png"), display=f"r{k}", label=1, family="rare")
             for k in range(3)]
    split = split_rows(rows, (0.6, 0.2, 0.2), seed=0)
    assert all(any(r.family == "rare" for r in part) for part in split.parts().values())


def test_seeded_and_the_seed_matters() -> None:
    rows = make_rows(60)
    first = [r.index for r in split_rows(rows, seed=1).test]
    assert first == [r.index for r in split_rows(rows, seed=1).test]
    assert first != [r.index for r in split_rows(rows, seed=2).test]


def test_every_split_gets_the_classes_it_needs_even_when_tiny() -> None:
    split = split_rows(make_rows(6, families=1), (0.6, 0.2, 0.2), seed=0)
    assert {r.label for r in split.train} == {0, 1}
    assert 0 in {r.label for r in split.calibration}
    assert {r.label for r in split.test} == {0, 1}


def test_too_few_groups_to_split_is_a_clear_error() -> None:
    rows = make_rows(8, group_size=4)  # two groups, each mixed: no way to fill three splits
    with pytest.raises(DatasetError, match="cannot split"):
        split_rows(rows, seed=0)


@pytest.mark.parametrize("text", ["0.6,0.4", "0.5,0.5,0.5", "a,b,c", "0.8,0.2,0", "1,0,0"])
def test_bad_fractions(text: str) -> None:
    with pytest.raises(ConfigurationError):
        parse_fractions(text)


def test_split_flag_reaches_the_split(run_cli, drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(40, groups=True)
    code, _, err = run_cli("train", manifest, "--out", tmp_path / "m", "--channels", "image", "--image-embedder",
                           "fake", "--split", "0.5,0.25,0.25", "--seed", "4", "--no-progress")
    assert code == 0, err
    import json

    card = json.loads((tmp_path / "m" / "guard.json").read_text())["training"]
    assert card["split_fractions"] == [0.5, 0.25, 0.25] and card["seed"] == 4
    assert card["counts"]["train"]["n"] == 20 and card["counts"]["train"]["groups"] == 5
    code, _, err = run_cli("train", manifest, "--out", tmp_path / "m", "--split", "0.5,0.5")
    assert code == 2 and "--split" in err


def test_family_folds_hold_out_whole_families_and_categories() -> None:
    def row(index: int, label: int, subset: str, group: str) -> Row:
        return Row(index=index, line=index + 1, path=Path(f"{index}.png"), display=f"{index}.png", label=label,
                   family=subset if label else None, category=None if label else subset, group=group)

    # one page seen clean and injected shares a group; a category and a family may share a name
    rows = [row(0, 0, "popup", "g0"), row(1, 1, "popup", "g0"), row(2, 1, "popup", "g1"), row(3, 0, "toast", "g1")]
    assert cv_fold_keys(rows, "groups") == ["group:g0", "group:g0", "group:g1", "group:g1"]
    families = cv_fold_keys(rows, "families")
    assert families[1] == families[2] and len(set(families)) == 3


def test_folds_by_a_manifest_field() -> None:
    rows = [Row(index=i, line=i + 1, path=Path(f"{i}.png"), display=f"{i}.png", label=label, family="popup",
                category=None if label else "toast", extra={"tone": tone} if tone else {})
            for i, (label, tone) in enumerate([(1, "urgent"), (1, "polite"), (1, "urgent"), (1, None), (0, None)])]
    keys = cv_fold_keys(rows, "tone")
    assert keys[0] == keys[2] != keys[1] and len(set(keys)) == 4  # a row without the field falls back to its family
    with pytest.raises(DatasetError, match="'goal' text field"):
        cv_fold_keys(rows, "goal")

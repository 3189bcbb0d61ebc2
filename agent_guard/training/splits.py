"""Group-aware, stratified, seeded train / calibration / test split.

Rows sharing a ``group`` always land in the same split (a row without a group is its own group), so near-copies
of one page cannot leak from training into the sets that calibrate and measure the guard.

Groups are stratified by their stratum (label + malicious family / benign category, taken from the group's
most common row): within each stratum the groups are shuffled with the seed; when a stratum has at least one
group per split, each split first receives one (so every family and category is seen everywhere it can be);
the rest go, largest first, to the split furthest below its share of the stratum's rows. A last pass makes
sure the training split holds both classes, the calibration split holds benign captures (its thresholds come
from them) and the test split holds both classes, moving a group where that is possible and failing clearly
where it is not.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from agent_guard.errors import ConfigurationError, DatasetError
from agent_guard.training.dataset import Row

SPLIT_NAMES = ("train", "calibration", "test")
DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def parse_fractions(text: str) -> tuple[float, float, float]:
    """``"0.6,0.2,0.2"`` -> (0.6, 0.2, 0.2); three positive numbers summing to 1."""
    try:
        values = tuple(float(part) for part in text.split(","))
    except ValueError as exc:
        raise ConfigurationError(f"--split must be three numbers like 0.6,0.2,0.2, got {text!r}") from exc
    if len(values) != 3 or any(not (0.0 < v < 1.0) for v in values) or abs(sum(values) - 1.0) > 1e-6:
        raise ConfigurationError(
            f"--split must be three fractions in (0, 1) for train,calibration,test that sum to 1, got {text!r}"
        )
    return values  # type: ignore[return-value]


@dataclass
class Split:
    train: list[Row]
    calibration: list[Row]
    test: list[Row]

    def parts(self) -> dict[str, list[Row]]:
        return {"train": self.train, "calibration": self.calibration, "test": self.test}


def split_rows(rows: Sequence[Row], fractions: Sequence[float] = DEFAULT_FRACTIONS, seed: int = 0) -> Split:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.group_key, []).append(row)
    strata: dict[tuple[int, str], list[str]] = {}
    for key, members in groups.items():
        (label, subset), _ = Counter((r.label, r.subset) for r in members).most_common(1)[0]
        strata.setdefault((label, subset), []).append(key)

    rng = random.Random(seed)
    assignment: dict[str, int] = {}
    n_splits = len(fractions)
    label_total = Counter(r.label for r in rows)
    label_filled = {label: [0] * n_splits for label in label_total}
    all_filled = [0] * n_splits

    def place(key: str, split_index: int, filled: list[int], label: int) -> None:
        size = len(groups[key])
        assignment[key] = split_index
        filled[split_index] += size
        label_filled[label][split_index] += size
        all_filled[split_index] += size

    for stratum in sorted(strata):
        label = stratum[0]
        keys = sorted(strata[stratum])
        rng.shuffle(keys)
        total = sum(len(groups[k]) for k in keys)
        filled = [0] * n_splits
        queue = list(keys)
        if len(queue) >= n_splits:
            # one group in each split first: the smallest ones, so the seeding barely moves the proportions
            seeds = sorted(queue, key=lambda k: len(groups[k]))[:n_splits]
            for split_index, key in zip(range(n_splits - 1, -1, -1), seeds):
                place(key, split_index, filled, label)
            queue = [k for k in queue if k not in assignment]
        queue.sort(key=lambda k: -len(groups[k]))  # stable: equal sizes keep their shuffled order
        for key in queue:
            # furthest below its share of this stratum; ties go to the split furthest below its share of the
            # label, then of everything (small strata then spread over the splits instead of piling up)
            def need(i: int) -> tuple[float, float, float]:
                stratum_need = round(fractions[i] * total - filled[i], 9)
                label_need = round(fractions[i] * label_total[label] - label_filled[label][i], 9)
                overall_need = round(fractions[i] * len(rows) - all_filled[i], 9)
                if len(keys) < n_splits:  # too few groups to spread this stratum: balance the label instead
                    return (label_need, stratum_need, overall_need)
                return (stratum_need, label_need, overall_need)

            place(key, max(range(n_splits), key=need), filled, label)

    _repair(groups, assignment)
    parts: list[list[Row]] = [[] for _ in fractions]
    for key, split_index in assignment.items():
        parts[split_index].extend(groups[key])
    for part in parts:
        part.sort(key=lambda r: r.index)
    return Split(train=parts[0], calibration=parts[1], test=parts[2])


def _labels_in(groups: dict[str, list[Row]], assignment: dict[str, int], split_index: int) -> Counter:
    counts: Counter = Counter()
    for key, index in assignment.items():
        if index == split_index:
            counts.update(r.label for r in groups[key])
    return counts


#: (split index, label) pairs every split must hold: training needs both classes, calibration needs benign
#: captures (its thresholds come from them), test needs both classes for an AUC.
_NEEDS = ((0, 0), (0, 1), (1, 0), (2, 0), (2, 1))


def _repair(groups: dict[str, list[Row]], assignment: dict[str, int]) -> None:
    for split_index, label in _NEEDS:
        if _labels_in(groups, assignment, split_index)[label] > 0:
            continue
        donor = _find_donor(groups, assignment, split_index, label)
        if donor is None:
            have = Counter(r.label for rows in groups.values() for r in rows)
            raise DatasetError(
                f"cannot split {have[0]} benign and {have[1]} malicious captures in {len(groups)} groups so that "
                f"the {SPLIT_NAMES[split_index]} split holds {'benign' if label == 0 else 'malicious'} captures: "
                "add data, use fewer or smaller groups, or change --split"
            )
        assignment[donor] = split_index


def _find_donor(groups: dict[str, list[Row]], assignment: dict[str, int], target: int, label: int) -> str | None:
    """The smallest group holding ``label`` whose move leaves its own split with what that split needs;
    taken from the split with the most groups of that label, so the training split is raided last."""
    candidates = []
    for key, index in assignment.items():
        if index == target or not any(r.label == label for r in groups[key]):
            continue
        remaining = _labels_in(groups, assignment, index)
        remaining.subtract(r.label for r in groups[key])
        if all(remaining[need] > 0 for s, need in _NEEDS if s == index):
            same_label_groups = sum(
                1 for k, i in assignment.items() if i == index and any(r.label == label for r in groups[k])
            )
            candidates.append((-same_label_groups, len(groups[key]), key))
    if not candidates:
        return None
    return min(candidates)[2]


def split_counts(rows: Sequence[Row]) -> dict[str, object]:
    """Counts per label and per family / category, for the model card."""
    families = Counter(r.subset for r in rows if r.label == 1)
    categories = Counter(r.subset for r in rows if r.label == 0)
    return {
        "n": len(rows),
        "benign": sum(1 for r in rows if r.label == 0),
        "malicious": sum(1 for r in rows if r.label == 1),
        "groups": len({r.group_key for r in rows}),
        "families": dict(sorted(families.items())),
        "categories": dict(sorted(categories.items())),
    }


CV_FOLDS = ("groups", "families")  # the named fold keys of ``cv_fold_keys``; any other value is a manifest field


def cv_fold_keys(rows: Sequence[Row], cv_folds: str) -> list[str]:
    """The key cross-validation keeps together in one fold (the trainer's ``--cv-folds``).

    ``groups``: the manifest's groups (captures of one page stay together), so folds are in distribution.
    ``families``: each malicious family and each benign category is held out whole.
    Any other name is a manifest field (the corpus writes ``tone``, ``goal``, ``lang``...): malicious captures are
    held out by its value, benign ones by category. Out-of-fold scores, which the fusion is fitted on and which join
    the benign calibration pool, are then scores on kinds of injection the heads never saw, so a head that only
    memorises its training phrasings is trusted less.
    """
    if cv_folds == "groups":
        return [r.group_key for r in rows]
    field = None if cv_folds == "families" else cv_folds

    def field_value(row: Row) -> str | None:
        value = row.extra.get(field) if field is not None and row.label == 1 else None
        return value if isinstance(value, str) else None

    if field is not None and not any(field_value(r) is not None for r in rows):
        raise DatasetError(
            f"--cv-folds {field}: no malicious capture in the training split has a {field!r} text field "
            "(for the family, category or group columns, use --cv-folds families or groups)"
        )
    return [f"malicious:{field}={value}" if (value := field_value(r)) is not None
            else f"{'malicious' if r.label == 1 else 'benign'}:{r.subset}" for r in rows]

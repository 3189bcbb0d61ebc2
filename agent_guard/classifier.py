"""Fitting a guard model: multi-instance logistic regression per head, a fusion over heads, calibrated thresholds.

Why multi-instance: a capture is labeled malicious as a whole, yet the injection sits in one view or one text
chunk; the rest of the page is as benign as any other. Scoring takes the max over instances, so training does
too (MI-SVM style, with scikit-learn's ``LogisticRegression(class_weight="balanced")``):

1. every instance of a benign capture is a negative; each malicious capture starts with all its instances as
   weak positives (weight 1/n so a long page does not outvote a short one);
2. refit with only each malicious capture's highest-scoring instance (its "witness") as the positive, and repeat;
3. choose the regularization ``C`` by grouped, stratified cross-validation on capture-level AUC (max over
   instances), which also yields out-of-fold head logits on which the fusion is fitted.

When a malicious row says what its injection reads (``injection_text``, which the corpus generator records), the
text head is told which chunks carry it (:func:`instance_roles`): the witness is chosen among the chunks made
mostly of the injection's words, and the chunks that share almost none of them (the page's own menus, articles
and dialogs) become negatives. Without that, the witness can be a chunk of page text, and the page text around
every injection is learned as suspicious, which raises the scores of benign pages with many chunks.

The ``lexical`` head (hashed character and word n-grams of the same chunks, sparse rows) is fitted the same way with the same
instance roles, at a fixed ``C`` (``agent_guard.lexical.LEXICAL_C``): cross-validating it over a grid would multiply
its sparse fits for little gain.

The ``text`` head is linear by default. ``text_head="mlp"`` makes it a small MLP instead (one hidden ReLU layer of
``MLP_UNITS``, L2 penalty ``MLP_ALPHA``, scikit-learn's ``MLPClassifier``; classes balanced through sample weights,
as ``class_weight`` is not offered there), fitted by the same multi-instance rounds. A linear score over MiniLM
vectors is mostly a score of the topic, and benign pages about accounts, security or AI agents share the topics of
injections. Alone, the MLP head ranks pages the generator never wrote better; fused with the lexical head its gain
is uneven across the unseen sets. ``fit_model`` keeps linear as its default; the bundled guard is built with the MLP
head (``make model``; stops 19 and 20 in ``bench/RESULTS.md``).

The fusion over heads is a logistic regression on their out-of-fold capture logits by default (:func:`fit_fusion`).
``fusion="low-fpr"`` (:func:`fit_low_fpr_fusion`) instead keeps the weighting that ranks best in the region where
the guard acts, the mean TPR at ``LOW_FPR_TARGETS``, since log-loss also rewards order among captures far from any
threshold.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import warnings
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from agent_guard.errors import DatasetError
from agent_guard.lexical import LEXICAL_C
from agent_guard.lexical import fingerprint as lexical_fingerprint
from agent_guard.model import LEXICAL_HEAD, GuardModel, Head, LinearHead, MlpHead, head_instances, model_heads, sigmoid
from agent_guard.types import Features

DEFAULT_CS = (0.1, 1.0, 10.0, 100.0)
FUSIONS = ("logistic", "low-fpr")  # what fit_model(fusion=...) accepts; the first is the default
LOW_FPR_TARGETS = (0.01, 0.02, 0.05)  # the FPRs whose mean TPR a "low-fpr" fusion maximizes (block at 1%, flag at 5%)
LOW_FPR_GRID_STEPS = 40
TEXT_HEADS = ("linear", "mlp")  # what fit_model(text_head=...) accepts; the first is the default
MLP_UNITS = 128
MLP_ALPHA = 1e-3
MLP_FIRST_EPOCHS = 30  # the first multi-instance round, from scratch
MLP_LATER_EPOCHS = 10  # each later round continues from the previous weights; the witnesses move little


def _logistic(C: float, seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)


def _fit(X: np.ndarray, y: np.ndarray, weights: np.ndarray, C: float, seed: int) -> LinearHead:
    from sklearn.exceptions import ConvergenceWarning

    model = _logistic(C, seed)
    with warnings.catch_warnings():
        # lbfgs stopping a little early on separable data only costs precision we do not use
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(X, y, sample_weight=weights)
    return LinearHead(coef=model.coef_[0].astype(np.float32), intercept=float(model.intercept_[0]))


class _WarmMlp:
    """Fits one MLP head through the multi-instance rounds: the first round trains from scratch, each later round
    continues from the previous weights for a few epochs (300 epochs from scratch per round took about 17 minutes a
    head on the bundled corpus with 2 cores, and ranked unseen pages no better).

    With ``members`` > 1 it fits that many MLPs from different seeds on the same instances and returns their mean
    logit. That mean is itself one MLP (the members' hidden units side by side, each output weight divided by the
    number of members), so a saved ensemble is an ordinary ``MlpHead`` and scoring code does not change. The
    witnesses of the next round are chosen by the ensemble, not by each member."""

    def __init__(self, alpha: float, seed: int, members: int = 1) -> None:
        if members < 1:
            raise ValueError(f"an MLP head needs at least one member, got {members}")
        self.alpha, self.seed, self.members = alpha, seed, members
        self.models: list[Any] = []

    def __call__(self, X: np.ndarray, y: np.ndarray, weights: np.ndarray) -> MlpHead:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier

        if not self.models:
            self.models = [
                MLPClassifier(hidden_layer_sizes=(MLP_UNITS,), alpha=self.alpha, max_iter=MLP_FIRST_EPOCHS,
                              warm_start=True, random_state=self.seed + member)
                for member in range(self.members)
            ]
        else:
            for model in self.models:
                model.set_params(max_iter=MLP_LATER_EPOCHS)
        # class_weight="balanced" in sample weights: each class carries half of the total weight
        totals = {label: float(weights[y == label].sum()) for label in (0, 1)}
        share = np.where(y == 1, 0.5 / max(totals[1], 1e-12), 0.5 / max(totals[0], 1e-12))
        sample_weight = weights * share * float(weights.sum())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # a fixed number of epochs is the schedule
            for model in self.models:
                model.fit(X, y, sample_weight=sample_weight)
        return mean_of_mlps([
            MlpHead(
                hidden_weight=model.coefs_[0].astype(np.float32),
                hidden_bias=model.intercepts_[0].astype(np.float32),
                coef=model.coefs_[1][:, 0].astype(np.float32),
                intercept=float(model.intercepts_[1][0]),
            )
            for model in self.models
        ])


def mlp_members_allowed(members: int, text_head: str) -> bool:
    """One member for any text head; several only for an MLP text head (a linear head has no ensemble)."""
    return members == 1 or (members > 1 and text_head == "mlp")


def mean_of_mlps(members: Sequence[MlpHead]) -> MlpHead:
    """One ``MlpHead`` whose logit is the mean of the members' logits."""
    if len(members) == 1:
        return members[0]
    return MlpHead(
        hidden_weight=np.concatenate([m.hidden_weight for m in members], axis=1),
        hidden_bias=np.concatenate([m.hidden_bias for m in members]),
        coef=(np.concatenate([m.coef for m in members]).astype(np.float64) / len(members)).astype(np.float32),
        intercept=float(np.mean([m.intercept for m in members])),
    )


def bag_logits(head: Head, bags: Sequence[np.ndarray]) -> np.ndarray:
    return np.array([float(np.max(head.logits(bag))) for bag in bags])


#: ``instance_roles`` values: a chunk that carries the injection, one that does not, one in between (unused).
CARRIES, CLEAN, UNSURE = 1, -1, 0
_WORD = re.compile(r"\w{4,}", re.UNICODE)


def instance_roles(texts: Sequence[str] | None, injection_text: str | None) -> np.ndarray | None:
    """Per chunk: ``CARRIES`` (at least half of its words of 4+ letters, and 3 or more, are the injection's),
    ``CLEAN`` (under 15% are), else ``UNSURE``. None when there is nothing to go by or no chunk carries it (then
    the bag is treated as plain multi-instance: the injection may be out of view, or unreadable)."""
    if not texts or not injection_text:
        return None
    injected = {w.lower() for w in _WORD.findall(injection_text)}
    roles = np.zeros(len(texts), dtype=np.int8)
    for index, text in enumerate(texts):
        words = [w.lower() for w in _WORD.findall(text)]
        shared = sum(w in injected for w in words)
        coverage = shared / len(words) if words else 0.0
        roles[index] = CARRIES if coverage >= 0.5 and shared >= 3 else CLEAN if coverage < 0.15 else UNSURE
    return roles if np.any(roles == CARRIES) else None


def _training_set(
    bags: Sequence[np.ndarray],
    labels: np.ndarray,
    head: Head | None,
    roles: Sequence[np.ndarray | None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, targets, weights = [], [], []

    def add(instances: np.ndarray, target: float, weight: float) -> None:
        rows.append(instances)
        targets.append(np.full(instances.shape[0], target))
        weights.append(np.full(instances.shape[0], weight))

    for index, (bag, label) in enumerate(zip(bags, labels)):
        if label == 0:
            add(bag, 0.0, 1.0)
            continue
        guide = roles[index] if roles is not None else None
        candidates = bag
        if guide is not None:  # only the chunks that carry the injection may be the witness; the page is benign
            add(bag[guide == CLEAN], 0.0, 1.0)
            candidates = bag[guide == CARRIES]
        if head is None:  # first round: every candidate is a weak positive
            add(candidates, 1.0, 1.0 / candidates.shape[0])
        else:
            witness = int(np.argmax(head.logits(candidates)))
            add(candidates[witness : witness + 1], 1.0, 1.0)
    return _stack_rows(rows), np.concatenate(targets), np.concatenate(weights)


def _stack_rows(rows: list[Any]) -> Any:
    from scipy import sparse

    if any(sparse.issparse(r) for r in rows):
        return sparse.vstack(rows, format="csr")
    return np.concatenate(rows)


def fit_mil_head(
    bags: Sequence[np.ndarray],
    labels: np.ndarray,
    C: float,
    seed: int,
    rounds: int = 3,
    roles: Sequence[np.ndarray | None] | None = None,
    kind: str = "linear",
    members: int = 1,
) -> Head:
    """``C`` is the strength: C of a linear head, the L2 penalty alpha of an MLP head (``kind="mlp"``, which is
    the mean of ``members`` MLPs from different seeds)."""
    fit_round = _WarmMlp(C, seed, members) if kind == "mlp" else (lambda X, y, w: _fit(X, y, w, C, seed))
    head: Head | None = None
    for _ in range(rounds + 1):
        X, y, w = _training_set(bags, labels, head, roles)
        head = fit_round(X, y, w)
    assert head is not None
    return head


@dataclass
class HeadFit:
    head: Head
    C: float  # the chosen strength: C for a linear head, alpha for an MLP head
    cv_auc: dict[float, float]
    oof_logits: np.ndarray  # capture-level out-of-fold max logits at the chosen C


def fit_head_cv(
    bags: Sequence[np.ndarray],
    labels: np.ndarray,
    groups: Sequence[str],
    *,
    seed: int,
    Cs: Sequence[float] = DEFAULT_CS,
    n_folds: int = 3,
    rounds: int = 3,
    roles: Sequence[np.ndarray | None] | None = None,
    kind: str = "linear",
    members: int = 1,
) -> HeadFit:
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedGroupKFold

    labels = np.asarray(labels)
    groups_per_class = [len({g for g, y in zip(groups, labels) if y == label}) for label in (0, 1)]
    n_splits = min(n_folds, *groups_per_class)
    if n_splits < 2:
        head = fit_mil_head(bags, labels, Cs[len(Cs) // 2], seed, rounds, roles, kind, members)
        return HeadFit(head=head, C=Cs[len(Cs) // 2], cv_auc={}, oof_logits=bag_logits(head, bags))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    folds = list(splitter.split(np.zeros(len(labels)), labels, groups))
    results: dict[float, tuple[float, np.ndarray]] = {}
    for C in Cs:
        oof = np.zeros(len(labels))
        for train_index, test_index in folds:
            fold_roles = None if roles is None else [roles[i] for i in train_index]
            head = fit_mil_head([bags[i] for i in train_index], labels[train_index], C, seed, rounds, fold_roles, kind,
                                members)
            oof[test_index] = bag_logits(head, [bags[i] for i in test_index])
        auc = float(roc_auc_score(labels, oof)) if len(set(labels)) == 2 else float("nan")
        results[C] = (auc, oof)
    best_C = max(Cs, key=lambda c: (results[c][0], -abs(np.log10(c))))
    head = fit_mil_head(bags, labels, best_C, seed, rounds, roles, kind, members)
    return HeadFit(head=head, C=best_C, cv_auc={c: r[0] for c, r in results.items()}, oof_logits=results[best_C][1])


def fit_fusion(head_logits: np.ndarray, labels: np.ndarray, seed: int) -> tuple[np.ndarray, float]:
    """Logistic fusion of per-head capture logits (a Platt scaling when there is one head).

    Weights are kept non-negative: a head whose higher score meant *less* malicious would be a head that learned
    noise (it happens on tiny data), so it is dropped from the fusion instead of being trusted inverted.
    """
    n_heads = head_logits.shape[1]
    active = list(range(n_heads))
    while active:
        fused = _fit(head_logits[:, active], labels, np.ones(len(labels)), 1.0, seed)
        if np.all(fused.coef > 0):
            coef = np.zeros(n_heads, dtype=np.float32)
            coef[active] = fused.coef
            return coef, fused.intercept
        active = [a for a, c in zip(active, fused.coef) if c > 0]
    # No head separates the classes: fall back to the first head's raw score, uncalibrated.
    coef = np.zeros(n_heads, dtype=np.float32)
    coef[0] = 1.0
    return coef, 0.0


def fit_low_fpr_fusion(
    head_logits: np.ndarray, labels: np.ndarray, seed: int, *, steps: int = LOW_FPR_GRID_STEPS
) -> tuple[np.ndarray, float]:
    """Fusion whose direction ranks best where the guard acts: the mean TPR at ``LOW_FPR_TARGETS``.

    A log-loss fit weighs every capture alike, so heads are traded against each other over the whole score range,
    while a block decision only reads the top 1% of benign scores. Here each head's logits are standardized, every
    non-negative weighting on a simplex grid of ``steps`` per axis is scored by the mean TPR at the target FPRs, and
    the best is kept (ties go to the one nearest the log-loss direction, so a flat objective changes nothing).
    A one-feature logistic regression on the chosen direction then sets scale and intercept, so the fused score
    stays a probability like :func:`fit_fusion`'s.
    """
    y = np.asarray(labels, dtype=int)
    X = np.asarray(head_logits, dtype=np.float64)
    n_heads = X.shape[1]
    logistic_coef, logistic_intercept = fit_fusion(X, y, seed)
    spread = X.std(axis=0)
    usable = spread > 0
    if usable.sum() < 2:
        return logistic_coef, logistic_intercept
    centre = X.mean(axis=0)
    Z = np.zeros_like(X)
    Z[:, usable] = (X[:, usable] - centre[usable]) / spread[usable]
    reference = np.where(usable, logistic_coef * spread, 0.0)
    reference = reference / reference.sum() if reference.sum() > 0 else np.full(n_heads, 1.0 / n_heads)
    best: tuple[float, float, np.ndarray] | None = None
    for weights in _simplex_grid(n_heads, steps):
        if np.any(weights[~usable] > 0):
            continue
        objective = mean_tpr_at_fprs(Z @ weights, y, LOW_FPR_TARGETS)
        key = (objective, -float(np.abs(weights - reference).sum()))
        if best is None or key > best[:2]:
            best = (key[0], key[1], weights)
    if best is None:  # cannot happen: the grid holds each usable head's own axis
        return logistic_coef, logistic_intercept
    direction = best[2]
    scale = _fit((Z @ direction)[:, None], y, np.ones(len(y)), 1.0, seed)
    if scale.coef[0] <= 0:
        return logistic_coef, logistic_intercept
    a = float(scale.coef[0])
    coef = np.where(usable, a * direction / np.where(usable, spread, 1.0), 0.0)
    intercept = scale.intercept - float(np.sum(coef * centre))
    return coef.astype(np.float32), float(intercept)


def _simplex_grid(n: int, steps: int) -> list[np.ndarray]:
    """Every non-negative weight vector of ``n`` entries, in multiples of 1/steps, summing to one."""
    return [np.array([*counts, steps - sum(counts)]) / steps
            for counts in itertools.product(range(steps + 1), repeat=n - 1) if sum(counts) <= steps]


def _tail_threshold(descending: np.ndarray, target_fpr: float) -> float:
    """The lowest t such that the share of ``descending`` (benign scores, highest first) >= t is at most
    ``target_fpr``; -inf when every score may pass. Unbounded, so it serves logits as well as probabilities."""
    allowed = int(np.floor(target_fpr * descending.size + 1e-9))
    return -np.inf if allowed >= descending.size else float(np.nextafter(descending[allowed], np.inf))


def mean_tpr_at_fprs(scores: np.ndarray, labels: np.ndarray, fprs: Sequence[float]) -> float:
    """Mean over ``fprs`` of the share of malicious scores at or above the threshold :func:`threshold_at_fpr` sets
    on the benign ones (the same rule without its clip to [0, 1], so the scores may be logits)."""
    scores, labels = np.asarray(scores, dtype=np.float64), np.asarray(labels)
    benign = np.sort(scores[labels == 0])[::-1]
    malicious = scores[labels == 1]
    if benign.size == 0 or malicious.size == 0:
        raise ValueError("a TPR at a given FPR needs both benign (0) and malicious (1) scores")
    return float(np.mean([np.mean(malicious >= _tail_threshold(benign, fpr)) for fpr in fprs]))


def threshold_at_fpr(benign_scores: np.ndarray, target_fpr: float) -> float:
    """The lowest threshold t such that the share of benign scores >= t is at most ``target_fpr``, within [0, 1]:
    the guard's scores are probabilities."""
    if not 0.0 <= target_fpr < 1.0:
        raise ValueError("target_fpr must be in [0, 1)")
    scores = np.sort(np.asarray(benign_scores, dtype=np.float64))[::-1]
    if scores.size == 0:
        raise DatasetError("cannot calibrate a threshold without benign captures in the calibration split")
    threshold = _tail_threshold(scores, target_fpr)
    return 0.0 if threshold == -np.inf else min(1.0, threshold)


def stack_bags(features: Sequence[Features], head: str) -> list[np.ndarray]:
    bags = []
    for f in features:
        instances = head_instances(f, head)
        if instances is None:
            raise DatasetError(f"a capture has no instances for head {head!r}")
        bags.append(instances.vectors)
    return bags


@dataclass
class FitReport:
    C: dict[str, float]  # per head, the chosen strength: C (linear head) or alpha (MLP head); see ``head_kinds``
    cv_auc: dict[str, dict[str, float]]
    fusion_coef: list[float]
    fusion_intercept: float
    guided_captures: dict[str, int] = dataclasses.field(default_factory=dict)  # per head: bags with instance roles
    #: Fused scores of the training captures, each from heads fitted without its fold (None when cross-validation
    #: could not run): unseen-data scores that calibration can pool with its own split.
    out_of_fold_scores: np.ndarray | None = None
    head_kinds: dict[str, str] = dataclasses.field(default_factory=dict)  # per head: "linear" or "mlp"
    fusion: str = "logistic"  # how fusion_coef was chosen: one of FUSIONS


def fit_model(
    features: Sequence[Features],
    labels: Sequence[int],
    groups: Sequence[str],
    *,
    channels: Sequence[str],
    embedders: dict[str, dict[str, Any]],
    seed: int = 0,
    name: str = "agent-guard",
    Cs: Sequence[float] = DEFAULT_CS,
    injection_texts: Sequence[str | None] | None = None,
    text_head: str = "linear",
    mlp_members: int = 1,
    fusion: str = "logistic",
) -> tuple[GuardModel, FitReport]:
    """Fit heads and fusion. Thresholds start at 0.5 and are set by ``calibrate`` on a separate split.

    ``injection_texts`` (one per capture, None where unknown) guides the text head; see the module docstring.
    ``text_head`` is ``"mlp"`` or ``"linear"`` (the ``text`` head only; image and lexical heads are linear).
    ``mlp_members`` > 1 makes an MLP text head the mean of that many MLPs fitted from different seeds.
    ``fusion`` is ``"logistic"`` (:func:`fit_fusion`) or ``"low-fpr"`` (:func:`fit_low_fpr_fusion`).
    """
    if fusion not in FUSIONS:
        raise ValueError(f"fusion must be one of {FUSIONS}, got {fusion!r}")
    if text_head not in TEXT_HEADS:
        raise ValueError(f"text_head must be one of {TEXT_HEADS}, got {text_head!r}")
    if not mlp_members_allowed(mlp_members, text_head):
        raise ValueError(f"mlp_members must be 1, or more with text_head='mlp'; got {mlp_members} ({text_head})")
    y = np.asarray(labels, dtype=int)
    if len(set(y.tolist())) != 2:
        raise DatasetError("training needs both benign (0) and malicious (1) captures")
    heads: dict[str, Head] = {}
    oof_columns, chosen, aucs, guided, kinds = [], {}, {}, {}, {}
    text_roles = None
    if injection_texts is not None and "text" in model_heads(channels):
        text_roles = [instance_roles(f.heads["text"].texts, text) if label == 1 else None
                      for f, text, label in zip(features, injection_texts, y)]
    for head_name in model_heads(channels):
        roles = text_roles if head_name in ("text", LEXICAL_HEAD) else None
        if roles is not None:
            guided[head_name] = sum(r is not None for r in roles)
        kinds[head_name] = text_head if head_name == "text" else "linear"
        head_Cs = (LEXICAL_C,) if head_name == LEXICAL_HEAD else (MLP_ALPHA,) if kinds[head_name] == "mlp" else Cs
        fit = fit_head_cv(stack_bags(features, head_name), y, groups, seed=seed, Cs=head_Cs, roles=roles,
                          kind=kinds[head_name], members=mlp_members if kinds[head_name] == "mlp" else 1)
        heads[head_name] = fit.head
        oof_columns.append(fit.oof_logits)
        chosen[head_name] = fit.C
        aucs[head_name] = {str(c): a for c, a in fit.cv_auc.items()}
    oof_logits = np.column_stack(oof_columns)
    cross_validated = all(aucs.values())  # a head fitted without cross-validation reports no CV AUC
    fit_fused = fit_low_fpr_fusion if fusion == "low-fpr" else fit_fusion
    fusion_coef, fusion_intercept = fit_fused(oof_logits, y, seed)
    oof_scores = (
        probabilities(oof_logits @ fusion_coef.astype(np.float64) + fusion_intercept) if cross_validated else None
    )
    if LEXICAL_HEAD in heads:
        embedders = {**embedders, LEXICAL_HEAD: lexical_fingerprint()}
    model = GuardModel(
        channels=tuple(channels),
        heads=heads,
        fusion_coef=fusion_coef,
        fusion_intercept=fusion_intercept,
        embedders=embedders,
        flag_threshold=0.5,
        block_threshold=0.5,
        name=name,
    )
    return model, FitReport(C=chosen, cv_auc=aucs, fusion_coef=fusion_coef.tolist(), fusion_intercept=fusion_intercept,
                            guided_captures=guided, out_of_fold_scores=oof_scores, head_kinds=kinds,
                            fusion=fusion)


def calibrate(
    model: GuardModel,
    benign_scores: np.ndarray,
    *,
    block_fpr: float = 0.01,
    flag_fpr: float = 0.05,
) -> tuple[float, float]:
    """Set the model's block / flag thresholds at the target false-positive rates on benign calibration scores."""
    if flag_fpr < block_fpr:
        raise ValueError("the flag target FPR must be >= the block target FPR")
    block = threshold_at_fpr(benign_scores, block_fpr)
    flag = min(threshold_at_fpr(benign_scores, flag_fpr), block)
    model.block_threshold, model.flag_threshold = block, flag
    return flag, block


def probabilities(logits: np.ndarray) -> np.ndarray:
    return np.asarray(sigmoid(logits))

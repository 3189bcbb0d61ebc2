"""Train a guard model from labeled captures, calibrate its thresholds, measure it, write model + report.

    dataset  -> check rows, hash content, drop exact duplicates (same image twice, same label)
             -> group-aware stratified split train / calibration / test
             -> FeatureExtractor.extract (the guard's own path) through the embedding cache
             -> classifier.fit_model on train
             -> with --tuned-encoder: finetune.fine_tune on train's chunks, finetune.add_tuned_head on calibration
             -> classifier.calibrate on the benign calibration scores (block at --target-fpr, flag at --flag-fpr)
             -> metrics on test (and calibration), report files, model card in the model's metadata

``evaluate`` scores a whole held-out dataset with a saved model, rebuilding its components with
``guard.build_extractor`` so that evaluation runs exactly the extraction the guard runs.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from agent_guard.classifier import FUSIONS, TEXT_HEADS, mlp_members_allowed
from agent_guard.errors import ConfigurationError, DatasetError, missing_dependency
from agent_guard.features import FeatureExtractor, validate_channels
from agent_guard.imaging import DEFAULT_MAX_PIXELS
from agent_guard.model import GuardModel
from agent_guard.provenance import environment
from agent_guard.training.cache import EmbeddingCache, default_cache_dir, remember_ocr_text
from agent_guard.training.dataset import (
    Dataset,
    Row,
    content_key,
    data_hash,
    hash_rows,
    load_dataset,
    remove_duplicates,
)
from agent_guard.training.embed import EmbedResult, dom_shas, embed_rows
from agent_guard.training.evaluate import Scored, compute_metrics, headline, score_rows
from agent_guard.training.report import write_report
from agent_guard.training.splits import CV_FOLDS, DEFAULT_FRACTIONS, Split, cv_fold_keys, split_counts, split_rows
from agent_guard.types import Features

DEFAULT_CHANNELS = ("ocr", "dom")
#: ``--text-embedder`` names of the real MiniLM embedder and the pooling each reads (``embedders.text.POOLINGS``)
TEXT_EMBEDDERS = {"minilm": "sentence", "minilm-layers": "layer-means"}

Log = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class ComponentOptions:
    """Which components ``train`` builds. ``fake`` components are for tests only: they protect nothing."""

    channels: tuple[str, ...] = DEFAULT_CHANNELS
    text_embedder: str = "minilm"  # minilm | minilm-layers | fake; see TEXT_EMBEDDERS
    image_embedder: str = "clip"  # clip | fake
    clip_checkpoint: Path | None = None
    clip_pretrained: str | None = None  # hub tag; None = open_clip default of OpenClipEmbedder
    allow_untrained_weights: bool = False
    device: str = "auto"
    ocr_workers: int = 2
    # optional TesseractOcr passes, by keyword (ocr.OPTIONAL_PASSES: faint_text, small_text); recorded in the model
    ocr_passes: tuple[str, ...] = ()


@dataclass
class TrainOptions:
    out: Path
    components: ComponentOptions = field(default_factory=ComponentOptions)
    target_fpr: float = 0.01
    flag_fpr: float = 0.05
    seed: int = 0
    fit_seed: int | None = None  # seed of the fit alone (CV folds, MLP starts); None: ``seed``, which also splits
    text_head: str = "linear"  # linear | mlp: the classifier over the text embedder's chunk vectors
    mlp_members: int = 1  # an MLP text head is the mean of this many MLPs from different seeds
    fusion: str = "logistic"  # logistic | low-fpr: how the heads' scores are weighed; see classifier.fit_model
    tuned_encoder: bool = False  # fine-tune MiniLM's layers for a third text head; see training.finetune
    cv_folds: str = "groups"  # groups | families | a manifest field: what a fold holds out; see ``cv_fold_keys``
    fractions: Sequence[float] = DEFAULT_FRACTIONS
    skip_missing: bool = False
    cache_dir: Path | None = None  # None: default_cache_dir(out)
    use_cache: bool = True
    name: str | None = None
    batch_size: int = 32
    workers: int = 2
    progress: bool = True
    max_pixels: int = DEFAULT_MAX_PIXELS

    @property
    def fitting_seed(self) -> int:
        """The seed of the fit: ``fit_seed`` when given, else ``seed``."""
        return self.seed if self.fit_seed is None else self.fit_seed

    def check(self) -> None:
        check_target_rates(self.target_fpr, self.flag_fpr)
        if self.text_head not in TEXT_HEADS:
            raise ConfigurationError(f"text head must be one of {TEXT_HEADS}, got {self.text_head!r}")
        if not mlp_members_allowed(self.mlp_members, self.text_head):
            raise ConfigurationError(
                f"--mlp-members must be 1, or more with --text-head mlp; got {self.mlp_members} ({self.text_head})"
            )
        if self.fusion not in FUSIONS:
            raise ConfigurationError(f"--fusion must be one of {FUSIONS}, got {self.fusion!r}")
        if self.cv_folds not in CV_FOLDS and not self.cv_folds.isidentifier():
            raise ConfigurationError(
                f"--cv-folds must be one of {CV_FOLDS} or a manifest field name, got {self.cv_folds!r}"
            )
        if self.batch_size < 1 or self.workers < 1:
            raise ConfigurationError("--batch-size and --workers must be >= 1")
        for flag, value in (("--seed", self.seed), ("--fit-seed", self.fitting_seed)):
            if not 0 <= value < 2**31:  # scikit-learn takes 32-bit seeds, and MLP members add their index to it
                raise ConfigurationError(f"{flag} must be in [0, 2**31), got {value}")


def check_target_rates(target_fpr: float, flag_fpr: float) -> None:
    """Refuse block / flag target FPRs a calibration cannot honour, naming the command-line flags."""
    if not 0.0 < target_fpr < 1.0:
        raise ConfigurationError(f"--target-fpr must be in (0, 1), got {target_fpr}")
    if not target_fpr <= flag_fpr < 1.0:
        raise ConfigurationError(f"--flag-fpr must be in [--target-fpr, 1), got {flag_fpr} (target {target_fpr})")


def thin_pool_warning(n_benign: int, target_fpr: float, pool: str) -> str | None:
    """The warning for thresholds set on too few benign scores to resolve ``target_fpr`` (fewer than 1/target), or
    to hold it steadily (fewer than 10/target: the threshold then rests on a handful of the highest scores), or
    None."""
    needed, steady = int(np.ceil(1.0 / target_fpr)), int(np.ceil(10.0 / target_fpr))
    if n_benign < needed:
        return (
            f"thresholds rest on {n_benign} benign scores ({pool}); a block FPR of {target_fpr:g} needs at least "
            f"{needed} to be resolved, so the block threshold sits just above the highest of them"
        )
    if n_benign < steady:
        highest = int(np.floor(target_fpr * n_benign + 1e-9)) + 1
        return (
            f"thresholds rest on {n_benign} benign scores ({pool}); a block FPR of {target_fpr:g} is read off the "
            f"{highest} highest of them, so on new benign captures the rate may land well above or below it; about "
            f"{steady} or more hold it steadily"
        )
    return None


def build_components(options: ComponentOptions, log: Log = _stderr) -> FeatureExtractor:
    """The extractor ``train`` uses, each component built once."""
    channels = validate_channels(options.channels)
    image_embedder = text_embedder = ocr = None
    if "image" in channels:
        if options.image_embedder == "fake":
            from agent_guard.embedders.fake import FakeImageEmbedder

            log("image channel: FAKE embedder (testing only: a guard trained on it protects nothing)")
            image_embedder = FakeImageEmbedder()
        elif options.image_embedder == "clip":
            from agent_guard.embedders.clip import DEFAULT_PRETRAINED, OpenClipEmbedder

            pretrained = options.clip_pretrained
            if options.clip_checkpoint is None and options.allow_untrained_weights and pretrained is None:
                pretrained = "untrained"
            if options.allow_untrained_weights:
                log(
                    "WARNING: --allow-untrained-weights: the image channel may run on RANDOM weights; the model "
                    "is for plumbing tests only and detects nothing through that channel"
                )
            image_embedder = OpenClipEmbedder(
                pretrained=pretrained if pretrained is not None else DEFAULT_PRETRAINED,
                checkpoint=options.clip_checkpoint,
                device=options.device,
                allow_untrained_weights=options.allow_untrained_weights,
            )
        else:
            raise ConfigurationError(f"--image-embedder must be clip or fake, got {options.image_embedder!r}")
    if "ocr" in channels or "dom" in channels:
        if options.text_embedder == "fake":
            from agent_guard.embedders.fake import FakeTextEmbedder

            log("text channels: FAKE text embedder (testing only: a guard trained on it protects little)")
            text_embedder = FakeTextEmbedder()
        elif options.text_embedder in TEXT_EMBEDDERS:
            try:
                from agent_guard.embedders.text import TRAINING_COMPUTE_DTYPE, get_text_embedder
            except ImportError as exc:
                raise missing_dependency("sentence-transformers (MiniLM text embedder)", "text", exc) from exc
            pooling = TEXT_EMBEDDERS[options.text_embedder]
            text_embedder = get_text_embedder(options.device, TRAINING_COMPUTE_DTYPE, pooling=pooling)
        else:
            choices = ", ".join([*TEXT_EMBEDDERS, "fake"])
            raise ConfigurationError(f"--text-embedder must be one of {choices}, got {options.text_embedder!r}")
    if "ocr" in channels:
        from agent_guard.ocr import OPTIONAL_PASSES, TesseractOcr  # FakeOcr reads nothing: always Tesseract

        unknown = sorted(set(options.ocr_passes) - set(OPTIONAL_PASSES))
        if unknown:
            raise ConfigurationError(
                f"unknown OCR pass(es) {', '.join(unknown)}; the optional passes are {', '.join(OPTIONAL_PASSES)}"
            )
        ocr = TesseractOcr(**{name: True for name in options.ocr_passes})
    return FeatureExtractor(
        channels, image_embedder=image_embedder, text_embedder=text_embedder, ocr=ocr,
        ocr_workers=options.ocr_workers,
    )


@dataclass
class Prepared:
    dataset: Dataset
    rows: list[Row]  # after duplicate removal
    dom_keys: dict[int, str]
    duplicates: list[str]


def prepare(dataset: Dataset, *, uses_dom: bool, max_pixels: int, workers: int, log: Log) -> Prepared:
    """Hash every image (checking its header), read DOM texts where used, drop exact duplicates."""
    if dataset.skipped_missing:
        log(f"skipped {len(dataset.skipped_missing)} rows whose files are missing (--skip-missing)")
    hash_rows(dataset, max_pixels=max_pixels, workers=workers)
    dom_keys = dom_shas(dataset.rows, uses_dom)
    keys = {row.index: content_key(row, dom_keys[row.index]) for row in dataset.rows}
    rows, duplicates = remove_duplicates(dataset.rows, keys, dataset.source)
    if duplicates:
        log(f"removed {len(duplicates)} exact duplicates (same content, same label)")
    return Prepared(dataset=dataset, rows=rows, dom_keys=dom_keys, duplicates=duplicates)


def _embed(
    rows: Sequence[Row], extractor: FeatureExtractor, prepared: Prepared, cache: EmbeddingCache | None, *,
    batch_size: int, workers: int, progress: bool, max_pixels: int, log: Log,
) -> EmbedResult:
    result = embed_rows(
        rows, extractor, cache=cache, dom_keys=prepared.dom_keys, max_pixels=max_pixels,
        batch_size=batch_size, workers=workers, progress=progress,
    )
    log(result.summary())
    if result.failures:
        raise DatasetError(
            f"{prepared.dataset.source}: {len(result.failures)} captures could not be decoded or embedded "
            f"(the {len(result.features)} others are {'cached' if cache else 'done'}; fix or remove these rows)",
            rows=result.failures,
        )
    return result


@dataclass
class TrainResult:
    model: GuardModel
    out: Path
    metrics: dict[str, Any]  # test split
    calibration_metrics: dict[str, Any]
    counts: dict[str, Any]
    embed: EmbedResult
    report: dict[str, Path]
    seconds: float

    def summary(self) -> str:
        m = self.metrics

        def pct(v: float | None) -> str:
            return "n/a" if v is None else f"{100 * v:.1f}%"

        auc_text = "n/a" if m["auc"] is None else f"{m['auc']:.4f}"
        counts = self.counts
        return "\n".join([
            f"trained {self.model.model_id} on {counts['train']['n']} captures "
            f"({counts['train']['benign']} benign, {counts['train']['malicious']} malicious); "
            f"calibration {counts['calibration']['n']}, test {counts['test']['n']}",
            f"test: AUC {auc_text}, TPR {pct(m['tpr'])} / FPR {pct(m['fpr'])} at block >= {m['threshold']:.4f}; "
            f"TPR {pct(m['flag_tpr'])} / FPR {pct(m['flag_fpr'])} at flag >= {m['flag_threshold']:.4f}",
            f"thresholds: block {self.model.block_threshold:.4f}, flag {self.model.flag_threshold:.4f}",
            f"model: {self.out}",
            f"report: {self.report['metrics'].parent} (metrics.json, roc.png, per_family.md, worst.html)",
            f"{self.embed.summary()}; total {self.seconds:.1f} s",
        ])


def train(
    data: str | Path, options: TrainOptions, *, extractor: FeatureExtractor | None = None, log: Log = _stderr
) -> TrainResult:
    from agent_guard.classifier import calibrate, fit_model

    started = time.perf_counter()
    options.check()
    data, out = Path(data), Path(options.out)
    channels = validate_channels(extractor.channels if extractor is not None else options.components.channels)
    # The data is read and checked before the components load (that can take many seconds): bad data fails fast.
    dataset = load_dataset(data, skip_missing=options.skip_missing)
    prepared = prepare(
        dataset, uses_dom="dom" in channels, max_pixels=options.max_pixels, workers=options.workers, log=log
    )
    rows = prepared.rows
    labels = {row.label for row in rows}
    if labels != {0, 1}:
        only = "benign (0)" if labels == {0} else "malicious (1)"
        raise DatasetError(
            f"{prepared.dataset.source}: every capture is {only}; training needs both benign and malicious captures"
        )
    split = split_rows(rows, options.fractions, options.seed)
    _check_training_groups(split.train, prepared.dataset.source)
    fold_keys = cv_fold_keys(split.train, options.cv_folds)  # before embedding: a wrong field name fails at once
    if extractor is None:
        extractor = build_components(options.components, log)
    if options.tuned_encoder and "text" not in extractor.heads:
        raise ConfigurationError("--tuned-encoder needs a text channel (ocr or dom)")
    counts = {name: split_counts(part) for name, part in split.parts().items()}
    log(
        f"{len(rows)} captures ({counts['train']['benign'] + counts['calibration']['benign'] + counts['test']['benign']}"
        f" benign) from {prepared.dataset.source}; split train {counts['train']['n']} / calibration "
        f"{counts['calibration']['n']} / test {counts['test']['n']}"
    )

    cache = None
    if options.use_cache:
        cache = EmbeddingCache(options.cache_dir or default_cache_dir(out), extractor)
        remember_ocr_text(extractor, cache.root)
        log(f"embedding cache: {cache.folder}")
    embedded = _embed(
        rows, extractor, prepared, cache, batch_size=options.batch_size, workers=options.workers,
        progress=options.progress, max_pixels=options.max_pixels, log=log,
    )
    features = embedded.features

    fit_started = time.perf_counter()
    try:
        model, fit_report = fit_model(
            [features[r.index] for r in split.train],
            [r.label for r in split.train],
            fold_keys,
            channels=extractor.channels,
            embedders=extractor.fingerprints(),
            injection_texts=[r.extra.get("injection_text") for r in split.train],
            seed=options.fitting_seed,
            text_head=options.text_head,
            mlp_members=options.mlp_members,
            fusion=options.fusion,
            name=options.name or out.name or "agent-guard",
        )
    except ValueError as exc:  # scikit-learn refusing a fold: always a matter of too little data
        raise DatasetError(
            f"{prepared.dataset.source}: the classifier could not be fitted on the training split "
            f"({counts['train']['benign']} benign, {counts['train']['malicious']} malicious captures in "
            f"{counts['train']['groups']} groups): {exc}. Add data or use fewer, smaller groups"
        ) from exc
    warnings = fit_warnings(fit_report)
    for warning in warnings:
        log(f"WARNING: {warning}")
    tuned_card = None
    if options.tuned_encoder:
        model, tuned_card = _add_tuned_head(model, split, features, options, log)
    calibration_scored = score_rows(model, split.calibration, features)
    benign_scores = [s.score for s in calibration_scored if s.row.label == 0]
    # A 1% tail read off a few hundred benign scores moves a lot from one split to the next; the training split's
    # benign captures, each scored by heads that never saw its fold, are unseen data too and steady the estimate.
    # Not with a tuned head: its encoder trained on those captures, so their scores would be flattering.
    out_of_fold = None if options.tuned_encoder else fit_report.out_of_fold_scores
    train_benign = [] if out_of_fold is None else [float(v) for r, v in zip(split.train, out_of_fold) if r.label == 0]
    pooled = np.array(benign_scores + train_benign)
    flag, block = calibrate(model, pooled, block_fpr=options.target_fpr, flag_fpr=options.flag_fpr)
    calibration_sources = {"calibration_split": len(benign_scores), "train_out_of_fold": len(train_benign)}
    thin = thin_pool_warning(
        len(pooled), options.target_fpr,
        f"{len(benign_scores)} from the calibration split, {len(train_benign)} out of fold from the training split",
    )
    if thin is not None:
        warnings.append(thin)
        log(f"WARNING: {thin}")
    test_scored = score_rows(model, split.test, features)
    test_metrics = compute_metrics(test_scored, block=block, flag=flag)
    calibration_metrics = compute_metrics(calibration_scored, block=block, flag=flag)
    fit_seconds = time.perf_counter() - fit_started

    if test_metrics["auc"] is not None and test_metrics["auc"] < 0.5:
        warnings.append(f"test AUC {test_metrics['auc']:.3f} is below chance: the model is not usable as it is")
        log(f"WARNING: {warnings[-1]}")
    model.training = model_card(
        prepared, options, extractor, counts, fit_report, test_metrics, calibration_metrics,
        cache_hash=cache.hash if cache else None, embed=embedded, fit_seconds=fit_seconds,
    )
    if tuned_card is not None:
        model.training["tuned"] = tuned_card
        model.training["fusion"] = {
            "method": f"{fit_report.fusion}, then the tuned head weighed on the calibration split",
            "coef": model.fusion_coef.astype(float).tolist(),
            "intercept": model.fusion_intercept,
            "first_stage": model.training["fusion"],
        }
    model.training["warnings"] = warnings
    model.training["threshold_benign_scores"] = calibration_sources
    try:
        model.save(out)
        report = write_report(
            out,
            {"test": (test_scored, test_metrics), "calibration": (calibration_scored, calibration_metrics)},
            primary="test",
            # the targets under names of their own: "flag_fpr" is the test split's measured rate, as in eval's output
            extra={"model_id": model.model_id, "target_fpr": options.target_fpr, "target_flag_fpr": options.flag_fpr},
            title=f"agent-guard {model.model_id}",
        )
    except OSError as exc:
        raise ConfigurationError(f"cannot write the model folder {out}: {exc.strerror or exc}") from exc
    return TrainResult(
        model=model, out=out, metrics=test_metrics, calibration_metrics=calibration_metrics, counts=counts,
        embed=embedded, report=report, seconds=time.perf_counter() - started,
    )


def _add_tuned_head(
    first_stage: GuardModel, split: Split, features: dict[int, Features], options: TrainOptions, log: Log
) -> tuple[GuardModel, dict[str, Any]]:
    """Fine-tune MiniLM's layers on the training split's chunks, embed the calibration and test splits' chunks with
    them (``features`` gains their tuned instances), and fold the tuned head into the guard."""
    from agent_guard.embedders.text import TRAINING_COMPUTE_DTYPE, get_text_embedder
    from agent_guard.training.finetune import add_tuned_head, fine_tune, fine_tuning_chunks, tuned_layers_bytes, with_tuned

    texts, targets = fine_tuning_chunks(
        [features[r.index] for r in split.train], [r.label for r in split.train],
        [r.extra.get("injection_text") for r in split.train], seed=options.fitting_seed,
    )
    if sum(targets) == 0:
        raise DatasetError(
            "--tuned-encoder: no chunk of the training split's malicious captures carries its recorded injection "
            "(the manifest's injection_text), so there is nothing to fine-tune on"
        )
    log(f"fine-tuning MiniLM's layers on {len(texts)} chunks ({sum(targets)} carrying an injection)")
    tuned = fine_tune(texts, targets, seed=options.fitting_seed, device=options.components.device,
                      progress=log if options.progress else None)
    layers = tuned_layers_bytes(tuned.layers)
    embedder = get_text_embedder(options.components.device, TRAINING_COMPUTE_DTYPE, tuned_layers=layers)
    started = time.perf_counter()
    for row in (*split.calibration, *split.test):
        features[row.index] = with_tuned(features[row.index], embedder)
    log(f"tuned embeddings of the calibration and test splits: {time.perf_counter() - started:.0f} s")
    calibration = [features[r.index] for r in split.calibration]
    stage = add_tuned_head(first_stage, tuned, layers, embedder, calibration, [r.label for r in split.calibration])
    weights = stage.card["stage_two"]
    log(f"tuned head weighed on the calibration split: first stage {weights['first_stage_weight']:.3f}, "
        f"tuned {weights['tuned_weight']:.3f}")
    return stage.model, stage.card


def _check_training_groups(train_rows: Sequence[Row], source: Path) -> None:
    """Cross-validation over C needs at least two groups of each class in the training split."""
    groups = {label: {r.group_key for r in train_rows if r.label == label} for label in (0, 1)}
    if min(len(g) for g in groups.values()) < 2:
        raise DatasetError(
            f"{source}: the training split holds {len(groups[0])} benign and {len(groups[1])} malicious groups; "
            "fitting needs at least 2 of each (captures sharing a `group` count once): add data, use fewer or "
            "smaller groups, or give training a larger share with --split"
        )


def fit_warnings(fit_report: Any) -> list[str]:
    """Signs that the data was too small or too odd for the fit to be trusted."""
    warnings = []
    for head, coef in zip(fit_report.C, fit_report.fusion_coef):
        strength = "alpha" if fit_report.head_kinds.get(head) == "mlp" else "C"
        if coef == 0 and fit_report.fusion == "low-fpr":
            # the grid may rightly leave a head out; a head that is computed and then ignored is worth knowing about
            warnings.append(
                f"the low-fpr fusion gave the {head} head no weight: adding it did not raise the out-of-fold TPR at "
                "1-5% FPR; the guard still computes it"
            )
        elif coef <= 0:
            warnings.append(
                f"the {head} head got a fusion weight of {coef:.3f} (<= 0): its cross-validated scores ran against "
                "the labels (CV AUC " + ", ".join(f"{strength}={c}: {a:.2f}" for c, a in fit_report.cv_auc[head].items())
                + "); more or more varied training data is needed"
            )
    return warnings


def model_card(
    prepared: Prepared,
    options: TrainOptions,
    extractor: FeatureExtractor,
    counts: dict[str, Any],
    fit_report: Any,
    test_metrics: dict[str, Any],
    calibration_metrics: dict[str, Any],
    *,
    cache_hash: str | None,
    embed: EmbedResult,
    fit_seconds: float,
) -> dict[str, Any]:
    from agent_guard import __version__

    dataset = prepared.dataset
    card: dict[str, Any] = {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "agent_guard_version": __version__,
        "data": {
            "source": str(dataset.source),
            "layout": dataset.layout,
            "data_sha256": data_hash(prepared.rows),
            "rows": len(dataset.rows),
            "duplicates_removed": len(prepared.duplicates),
            "skipped_missing": len(dataset.skipped_missing),
        },
        "counts": counts,
        "channels": list(extractor.channels),
        "components": {
            "image_embedder": options.components.image_embedder if "image" in extractor.channels else None,
            "text_embedder": options.components.text_embedder if "text" in extractor.heads else None,
            "untrained_image_weights": bool(
                "image" in extractor.channels
                and extractor.fingerprints().get("image", {}).get("weights") == "untrained"
            ),
        },
        "seed": options.seed,
        # only when it differs, so a model trained without it keeps the card it always had
        **({"fit_seed": options.fitting_seed} if options.fitting_seed != options.seed else {}),
        "split_fractions": list(options.fractions),
        "C": dict(fit_report.C),  # per head: C of a linear head, alpha (L2 penalty) of an MLP head
        "head_kinds": dict(fit_report.head_kinds),
        "mlp_members": options.mlp_members,
        "cv_folds": options.cv_folds,
        "cv_auc": fit_report.cv_auc,
        "fusion": {
            "method": fit_report.fusion,
            "coef": list(fit_report.fusion_coef),
            "intercept": fit_report.fusion_intercept,
        },
        "guided_captures": dict(fit_report.guided_captures),
        "target_fpr": {"block": options.target_fpr, "flag": options.flag_fpr},
        "thresholds": {"block": test_metrics["threshold"], "flag": test_metrics["flag_threshold"]},
        "metrics": {"test": headline(test_metrics), "calibration": headline(calibration_metrics)},
        "extraction": {
            "cache_key": cache_hash,
            "embedded": embed.embedded,
            "from_cache": embed.from_cache,
            "captures_per_s": round(embed.rate, 3),
        },
        "fit_seconds": round(fit_seconds, 3),
        "environment": environment(),
    }
    if dataset.corpus_info is not None:
        card["corpus"] = dataset.corpus_info
    return card


# -- evaluation of a saved model ------------------------------------------------------------------------------


@dataclass
class EvalResult:
    model: GuardModel
    metrics: dict[str, Any]
    scored: list[Scored]
    embed: EmbedResult


def evaluate(
    data: str | Path,
    model: GuardModel,
    extractor: FeatureExtractor,
    *,
    block: float,
    flag: float,
    skip_missing: bool = False,
    cache_dir: Path | None = None,
    batch_size: int = 32,
    workers: int = 2,
    progress: bool = True,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    log: Log = _stderr,
) -> EvalResult:
    """Score every row of ``data`` (a held-out set) with ``model``; a one-class set is allowed (AUC is null)."""
    dataset = load_dataset(Path(data), skip_missing=skip_missing)
    prepared = prepare(
        dataset, uses_dom="dom" in extractor.channels, max_pixels=max_pixels, workers=workers, log=log
    )
    cache = EmbeddingCache(cache_dir, extractor) if cache_dir is not None else None
    if cache is not None:
        remember_ocr_text(extractor, cache.root)
    embedded = _embed(
        prepared.rows, extractor, prepared, cache, batch_size=batch_size, workers=workers, progress=progress,
        max_pixels=max_pixels, log=log,
    )
    scored = score_rows(model, prepared.rows, embedded.features)
    metrics = compute_metrics(scored, block=block, flag=flag)
    return EvalResult(model=model, metrics=metrics, scored=scored, embed=embedded)

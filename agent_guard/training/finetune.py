"""Fine-tuning MiniLM's transformer layers on chunk labels, for a guard's ``tuned`` text head.

Frozen MiniLM places a chunk by its topic first, and benign pages that talk about AI agents share the topics of
injections; a head over frozen vectors cannot undo that. Training the encoder itself on which chunks carry an
injection moves the vectors instead (bench/RESULTS.md, stops 27 and 29: fused with the other heads, it caught more
at 1% FPR on all three development sets). Only the six transformer layers are trained; the word-embedding table,
most of the model's bytes, stays the packaged one, so what ships is about 21 MB (float16) beside the guard model
(stop 29: freezing it cost nothing measurable; training only the top two layers did cost).

The guard's ``tuned`` head is a second stage on top of the others: the encoder is fine-tuned on the training
split's chunks, so out-of-fold scores of the training split would flatter it; the weights that combine the first
stage's fused logit with the tuned head's logit are therefore fitted on the calibration split, which neither the
encoder nor the first-stage heads saw (:func:`add_tuned_head`). The two stages fold into one linear fusion over
three heads, so a saved guard scores as any other.

The recipe is the one measured there: one epoch, batches of 32 chunks, binary cross-entropy with the positives
weighted to balance the classes, AdamW (3e-5 for the layers, 1e-3 for a logistic head over the L2-normalized
embedding scaled by ``SCALE``). The layers are returned rounded to float16, the form they ship in; embed with them
through ``MiniLmTextEmbedder(tuned_layers=...)`` so that training and serving use the same numbers.
"""

from __future__ import annotations

import dataclasses
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from agent_guard.classifier import CARRIES, CLEAN, instance_roles
from agent_guard.errors import ConfigurationError, EmbedderError
from agent_guard.embedders import TextEmbedder
from agent_guard.features import tuned_instances
from agent_guard.model import TUNED_HEAD, GuardModel, LinearHead
from agent_guard.types import Features

#: Clean chunks sampled for fine-tuning (all the chunks that carry an injection are kept): stop 27's recipe.
NEGATIVE_CHUNKS = 15000
#: Unit vectors give a logistic head little room; a fixed scale lets it reach confident logits.
SCALE = 8.0
BATCH = 32
LAYERS_LEARNING_RATE = 3e-5
HEAD_LEARNING_RATE = 1e-3
WEIGHT_DECAY = 1e-2


@dataclass
class TunedEncoder:
    """Fine-tuned transformer layers (float16, keyed as ``transformer_layers(model).state_dict()``) and the logistic
    head trained with them, over L2-normalized embeddings (``coef`` already includes ``SCALE``)."""

    layers: dict[str, np.ndarray]
    coef: np.ndarray  # (384,) float32
    intercept: float
    report: dict[str, Any] = field(default_factory=dict)


def fine_tune(
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    seed: int,
    epochs: int = 1,
    device: str = "cpu",
    progress: Callable[[str], None] | None = None,
) -> TunedEncoder:
    """Train MiniLM's transformer layers and a logistic head on chunks labelled 1 (carries an injection) or 0.

    Deterministic for a given seed, device and torch build. Raises ``ConfigurationError`` when one class is missing.
    """
    from agent_guard.embedders.text import DIM, MiniLmTextEmbedder, transformer_layers

    import torch
    from sentence_transformers.util import batch_to_device

    items, targets = list(texts), [int(label) for label in labels]
    if len(items) != len(targets):
        raise ConfigurationError(f"{len(items)} texts but {len(targets)} labels")
    positives = sum(targets)
    if positives == 0 or positives == len(targets):
        raise ConfigurationError("fine-tuning needs chunks of both classes (carrying an injection and clean)")
    torch.manual_seed(seed)
    order_rng = random.Random(seed)
    # a private float32 copy: the process-wide embedders must keep the packaged weights
    model = MiniLmTextEmbedder(device, compute_dtype="float32").sentence_transformer
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    layers = transformer_layers(model)
    for parameter in layers.parameters():
        parameter.requires_grad_(True)
    head = torch.nn.Linear(DIM, 1)
    head.to(model.device)
    optimizer = torch.optim.AdamW(
        [{"params": list(layers.parameters()), "lr": LAYERS_LEARNING_RATE},
         {"params": list(head.parameters()), "lr": HEAD_LEARNING_RATE}],
        weight_decay=WEIGHT_DECAY,
    )
    pos_weight = torch.tensor((len(targets) - positives) / positives, device=model.device)
    tokenize = getattr(model, "preprocess", None) or model.tokenize

    def logits(batch: Sequence[str]) -> Any:
        features = batch_to_device(tokenize(list(batch)), model.device)
        embedded = model(features)["sentence_embedding"]
        return head(torch.nn.functional.normalize(embedded, dim=-1) * SCALE).squeeze(-1)

    started = time.perf_counter()
    steps_per_epoch = math.ceil(len(items) / BATCH)
    order = list(range(len(items)))
    losses: list[float] = []
    model.train()
    try:
        for epoch in range(epochs):
            order_rng.shuffle(order)
            for start in range(0, len(order), BATCH):
                batch = order[start : start + BATCH]
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    logits([items[i] for i in batch]),
                    torch.tensor([float(targets[i]) for i in batch], device=model.device),
                    pos_weight=pos_weight,
                )
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                losses.append(float(loss.item()))
                if progress is not None and len(losses) % 50 == 0:
                    progress(f"fine-tuning MiniLM: step {len(losses)}/{epochs * steps_per_epoch}, "
                             f"loss {np.mean(losses[-50:]):.3f}")
    except RuntimeError as exc:
        raise EmbedderError(f"fine-tuning MiniLM failed: {exc}") from exc
    model.eval()
    tuned = {
        name: tensor.detach().to("cpu", torch.float16).numpy().copy()
        for name, tensor in layers.state_dict().items()
    }
    report = {
        "chunks": len(items),
        "positives": positives,
        "epochs": epochs,
        "steps": len(losses),
        "batch": BATCH,
        "learning_rates": {"layers": LAYERS_LEARNING_RATE, "head": HEAD_LEARNING_RATE},
        "weight_decay": WEIGHT_DECAY,
        "first_loss": round(losses[0], 4),
        "last_50_loss": round(float(np.mean(losses[-50:])), 4),
        "seconds": round(time.perf_counter() - started, 1),
    }
    weight = head.weight.detach().to("cpu", torch.float64).numpy().ravel() * SCALE
    return TunedEncoder(
        layers=tuned,
        coef=weight.astype(np.float32),
        intercept=float(head.bias.detach().to("cpu").item()),
        report=report,
    )


def tuned_layers_bytes(layers: Mapping[str, np.ndarray]) -> bytes:
    """The layers as a safetensors file's bytes (float16), what ``text-encoder.safetensors`` holds."""
    from safetensors.numpy import save as save_arrays

    return save_arrays({name: np.ascontiguousarray(array, dtype=np.float16) for name, array in layers.items()})


def fine_tuning_chunks(
    features: Sequence[Features],
    labels: Sequence[int],
    injection_texts: Sequence[str | None],
    *,
    seed: int,
    negatives: int = NEGATIVE_CHUNKS,
) -> tuple[list[str], list[int]]:
    """Distinct chunk texts and their labels: 1 for a chunk of a malicious capture that carries its recorded
    injection, 0 for a sample of the chunks of benign captures and the clean chunks of malicious ones (chunks
    ``instance_roles`` cannot tell, and malicious captures whose injection no chunk carries, are left out)."""
    positives: set[str] = set()
    clean: set[str] = set()
    for capture, label, injection in zip(features, labels, injection_texts):
        text = capture.heads.get("text")
        if text is None or text.texts is None:
            continue
        if label == 0:
            clean.update(text.texts)
            continue
        roles = instance_roles(text.texts, injection)
        if roles is None:
            continue
        positives.update(chunk for chunk, role in zip(text.texts, roles) if role == CARRIES)
        clean.update(chunk for chunk, role in zip(text.texts, roles) if role == CLEAN)
    pool = sorted(clean - positives)
    sampled = random.Random(seed).sample(pool, min(negatives, len(pool)))
    return sorted(positives) + sampled, [1] * len(positives) + [0] * len(sampled)


def with_tuned(features: Features, tuned_text_embedder: TextEmbedder) -> Features:
    """``features`` plus the ``tuned`` head's instances (the guard's own ``tuned_instances``)."""
    return dataclasses.replace(
        features, heads={**features.heads, TUNED_HEAD: tuned_instances(features.heads["text"], tuned_text_embedder)}
    )


@dataclass
class TunedStage:
    model: GuardModel  # the three-head guard (thresholds still the first stage's: calibrate it afterwards)
    card: dict[str, Any]  # for the model card


def add_tuned_head(
    first_stage: GuardModel,
    tuned: TunedEncoder,
    layers: bytes,
    tuned_text_embedder: TextEmbedder,
    calibration: Sequence[Features],
    calibration_labels: Sequence[int],
) -> TunedStage:
    """Fold the tuned head into ``first_stage``: a logistic regression (classes balanced) of the calibration split's
    labels on [first-stage fused logit, tuned head's highest chunk logit], rewritten as one fusion over three heads.

    ``layers`` are the bytes ``tuned_text_embedder`` was loaded from (:func:`tuned_layers_bytes`); ``calibration``
    must already carry the tuned instances (:func:`with_tuned`) and hold both classes.
    """
    from sklearn.linear_model import LogisticRegression

    labels = np.asarray(calibration_labels, dtype=int)
    if set(labels.tolist()) != {0, 1}:
        raise ConfigurationError("the calibration split needs benign and malicious captures to weigh the tuned head")
    head = LinearHead(coef=tuned.coef.astype(np.float32), intercept=float(tuned.intercept))
    rows = np.array([
        [first_stage.fused_logit(capture), float(np.max(head.logits(capture.heads[TUNED_HEAD].vectors)))]
        for capture in calibration
    ])
    stage = LogisticRegression(class_weight="balanced", max_iter=1000).fit(rows, labels)
    (first_weight, tuned_weight), intercept = stage.coef_[0].tolist(), float(stage.intercept_[0])
    fusion_coef = np.append(first_weight * first_stage.fusion_coef.astype(np.float64), tuned_weight)
    model = GuardModel(
        channels=first_stage.channels,
        heads={**first_stage.heads, TUNED_HEAD: head},
        fusion_coef=fusion_coef.astype(np.float32),
        fusion_intercept=first_weight * first_stage.fusion_intercept + intercept,
        embedders={**first_stage.embedders, TUNED_HEAD: dict(tuned_text_embedder.fingerprint)},
        flag_threshold=first_stage.flag_threshold,
        block_threshold=first_stage.block_threshold,
        name=first_stage.name,
        training=first_stage.training,
        tuned_layers=layers,
    )
    card = {
        "fine_tuning": tuned.report,
        "stage_two": {
            "fitted_on": "calibration split",
            "n": int(len(labels)),
            "first_stage_weight": round(first_weight, 6),
            "tuned_weight": round(tuned_weight, 6),
            "intercept": round(intercept, 6),
        },
        "tuned_layers_sha256": model.embedders[TUNED_HEAD].get("tuned_layers_sha256"),
    }
    return TunedStage(model=model, card=card)

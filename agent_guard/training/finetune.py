"""Fine-tuning MiniLM's transformer layers on chunk labels, for a guard's ``tuned`` text head.

Frozen MiniLM places a chunk by its topic first, and benign pages that talk about AI agents share the topics of
injections; a head over frozen vectors cannot undo that. Training the encoder itself on which chunks carry an
injection moves the vectors instead (bench/RESULTS.md, stops 27 and 29: fused with the other heads, it caught more
at 1% FPR on all three development sets). Only the six transformer layers are trained; the word-embedding table,
most of the model's bytes, stays the packaged one, so what ships is about 21 MB (float16) beside the guard model
(stop 29: freezing it cost nothing measurable; training only the top two layers did cost).

The recipe is the one measured there: one epoch, batches of 32 chunks, binary cross-entropy with the positives
weighted to balance the classes, AdamW (3e-5 for the layers, 1e-3 for a logistic head over the L2-normalized
embedding scaled by ``SCALE``). The layers are returned rounded to float16, the form they ship in; embed with them
through ``MiniLmTextEmbedder(tuned_layers=...)`` so that training and serving use the same numbers.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, EmbedderError
from agent_guard.files import atomic_write

TUNED_LAYERS_FILE = "text-encoder.safetensors"
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


def save_tuned_layers(layers: dict[str, np.ndarray], path: str | Path) -> Path:
    """Write the layers as safetensors (float16), atomically; returns the path."""
    from safetensors.numpy import save as save_arrays

    arrays = {name: np.ascontiguousarray(array, dtype=np.float16) for name, array in layers.items()}
    target = Path(path)
    atomic_write(target, save_arrays(arrays))
    return target

"""Building guard models from collected screenshots: datasets, clean splits, the embedding cache, fit,
calibration, evaluation, reports, and the ``train`` / ``eval`` / ``calibrate`` / ``collect`` commands.

    agent-guard train DATA --out MODEL_DIR      # manifest.jsonl or benign/<category>/ + malicious/<family>/
    agent-guard eval DATA --model MODEL_DIR --json
    agent-guard calibrate BENIGN_DATA --model MODEL_DIR --out NEW_DIR   # thresholds from your own benign pages
    agent-guard collect AUDIT_DIR --out manifest.jsonl

Everything embeds through ``agent_guard.features.FeatureExtractor.extract``, the guard's own path.
"""

from __future__ import annotations

__all__ = ["train", "evaluate", "recalibrate", "TrainOptions", "ComponentOptions", "load_dataset", "collect"]


def __getattr__(name: str):  # noqa: ANN202 - lazy re-exports keep `import agent_guard.training` light
    if name in ("train", "evaluate", "TrainOptions", "ComponentOptions"):
        from agent_guard.training import trainer

        return getattr(trainer, name)
    if name == "load_dataset":
        from agent_guard.training.dataset import load_dataset

        return load_dataset
    if name == "recalibrate":
        from agent_guard.training.recalibrate import recalibrate

        return recalibrate
    if name == "collect":
        from agent_guard.training.collect import collect

        return collect
    raise AttributeError(f"module 'agent_guard.training' has no attribute {name!r}")

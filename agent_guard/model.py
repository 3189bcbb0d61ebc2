"""The guard model: heads over normalized instances, a fusion over heads, thresholds, and provenance.

On disk it is a folder of two files and nothing executable:

    guard.safetensors   float32 arrays: heads.<head>.coef (dim,), heads.<head>.intercept (1,),
                        fusion.coef (n_heads,), fusion.intercept (1,); a head with a hidden layer also has
                        heads.<head>.hidden.weight (dim, units) and heads.<head>.hidden.bias (units,), and then
                        its coef is (units,)
    guard.json          metadata (``ModelMetadata``): format version, label meaning, channels, heads, the
                        fingerprint of every embedder, thresholds, training record / model card, created-at and
                        the sha256 of guard.safetensors

Loading checks everything: exact field set, version, checksum, array names, shapes, dtypes and finiteness.

Scoring a capture: each head scores every instance (``x @ coef + intercept``, or ``relu(x @ W + b) @ coef +
intercept`` for a head with a hidden layer) and keeps the maximum logit (an injection in one view or one text chunk
is enough); the fusion combines the head logits into one probability.
A model with text channels has two text heads over the same chunks: ``text`` (MiniLM embeddings) and ``lexical``
(hashed character and word n-grams, ``agent_guard.lexical``; its rows are sparse and computed at scoring time
with the settings the model recorded). A guard trained with ``--tuned-encoder`` has a third, ``tuned``: a linear
head over the same chunks embedded by MiniLM with fine-tuned layers, which ship beside the weights as

    text-encoder.safetensors   float16 transformer layers (``agent_guard.training.finetune``); their sha256 is
                               in the ``tuned`` embedder fingerprint, so a swapped file fails at load
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agent_guard.embedders import fingerprint_diff
from agent_guard.errors import ModelFormatError, ModelMismatchError
from agent_guard.files import atomic_write
from agent_guard.features import heads_for, validate_channels
from agent_guard.types import Features, Instances, Scores

LEXICAL_HEAD = "lexical"
TUNED_HEAD = "tuned"
TUNED_LAYERS_FILE = "text-encoder.safetensors"

FORMAT_VERSION = 1
WEIGHTS_FILE = "guard.safetensors"
METADATA_FILE = "guard.json"
LABEL_MEANING = {"0": "benign", "1": "malicious (prompt injection aimed at the agent)"}


class ThresholdsModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    flag: float = Field(ge=0.0, le=1.0)
    block: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> "ThresholdsModel":
        if self.flag > self.block:
            raise ValueError("flag threshold must be <= block threshold")
        return self


class ModelMetadata(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format_version: Literal[1]
    name: str
    label_meaning: dict[str, str]
    created_at: str
    channels: list[str]
    heads: list[str]
    embedders: dict[str, dict[str, Any]]
    thresholds: ThresholdsModel
    training: dict[str, Any]
    arrays_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


@dataclass
class LinearHead:
    coef: np.ndarray  # (dim,) float32
    intercept: float

    def logits(self, vectors: Any) -> np.ndarray:
        """Per-row logits of a dense array or a scipy sparse matrix (the lexical head's rows)."""
        return np.asarray(vectors.astype(np.float64) @ self.coef.astype(np.float64)).ravel() + self.intercept


@dataclass
class MlpHead:
    """One hidden ReLU layer, then a logit (``agent-guard train --text-head mlp``). A linear head over MiniLM vectors
    mostly scores a topic (accounts, passwords, AI agents), and benign pages share those topics; a hidden layer can
    weigh the topic against how the text is put (addressed to the agent, an order, a secret to hide)."""

    hidden_weight: np.ndarray  # (dim, units) float32
    hidden_bias: np.ndarray  # (units,) float32
    coef: np.ndarray  # (units,) float32
    intercept: float

    def logits(self, vectors: Any) -> np.ndarray:
        hidden = vectors.astype(np.float64) @ self.hidden_weight.astype(np.float64) + self.hidden_bias
        return np.maximum(hidden, 0.0) @ self.coef.astype(np.float64) + self.intercept


Head = LinearHead | MlpHead


def model_heads(channels: Sequence[str]) -> tuple[str, ...]:
    """The heads a guard model is trained with: the embedding heads of its channels, and ``lexical`` beside ``text``."""
    heads = heads_for(channels)
    return heads + (LEXICAL_HEAD,) if "text" in heads else heads


def _heads_allowed(heads: Sequence[str], channels: Sequence[str]) -> bool:
    # models trained before the lexical head existed have the embedding heads only, and still load and score
    allowed = [model_heads(channels), heads_for(channels)]
    if "text" in heads_for(channels):
        allowed.append(model_heads(channels) + (TUNED_HEAD,))
    return tuple(heads) in allowed


def head_instances(
    features: Features, head_name: str, lexical_settings: Mapping[str, Any] | None = None
) -> Instances | None:
    """The instances a head scores; the lexical head reads the text head's chunks through ``lexical_vectors``
    (with the settings the model recorded; default: this version's)."""
    if head_name != LEXICAL_HEAD:
        return features.heads.get(head_name)
    text = features.heads.get("text")
    if text is None or text.texts is None:
        return None
    from agent_guard.lexical import lexical_vectors

    return Instances(vectors=lexical_vectors(text.texts, lexical_settings), names=text.names, texts=text.texts)


def sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -500, 500)))


@dataclass
class GuardModel:
    channels: tuple[str, ...]
    heads: dict[str, Head]
    fusion_coef: np.ndarray  # (n_heads,) in the order of ``head_names``
    fusion_intercept: float
    embedders: dict[str, dict[str, Any]]
    flag_threshold: float
    block_threshold: float
    name: str = "agent-guard"
    training: dict[str, Any] = field(default_factory=dict)
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    arrays_sha256: str = ""
    #: the bytes of ``text-encoder.safetensors`` when the model has a ``tuned`` head (None otherwise)
    tuned_layers: bytes | None = None

    def __post_init__(self) -> None:
        self.channels = validate_channels(self.channels)
        if not _heads_allowed(tuple(self.heads), self.channels):
            raise ModelFormatError(f"heads {list(self.heads)} do not match channels {list(self.channels)}")
        if (TUNED_HEAD in self.heads) != (self.tuned_layers is not None):
            raise ModelFormatError("a tuned head and its tuned encoder layers go together: one is missing")
        if self.tuned_layers is not None:
            recorded = self.embedders.get(TUNED_HEAD, {}).get("tuned_layers_sha256")
            actual = hashlib.sha256(self.tuned_layers).hexdigest()
            if recorded != actual:
                raise ModelFormatError(
                    f"{TUNED_LAYERS_FILE}: sha256 {actual[:12]} differs from the recorded {str(recorded)[:12]}: the "
                    "tuned encoder layers were modified, corrupted or belong to another model"
                )
        if self.fusion_coef.shape != (len(self.heads),):
            raise ModelFormatError(f"fusion.coef has shape {self.fusion_coef.shape}, expected ({len(self.heads)},)")
        if not 0.0 <= self.flag_threshold <= self.block_threshold <= 1.0:
            raise ModelFormatError(
                f"thresholds must satisfy 0 <= flag <= block <= 1, got flag={self.flag_threshold} "
                f"block={self.block_threshold}"
            )

    @property
    def head_names(self) -> tuple[str, ...]:
        return tuple(self.heads)

    @property
    def model_id(self) -> str:
        digest = self.arrays_sha256 or _arrays_digest(self._arrays())
        return f"{self.name}@{digest[:12]}"

    def check_embedders(self, actual: Mapping[str, Mapping[str, Any]]) -> None:
        """Raise ``ModelMismatchError`` naming the field when a live embedder differs from the trained one."""
        if LEXICAL_HEAD in self.heads and LEXICAL_HEAD not in self.embedders:
            raise ModelMismatchError("the guard model has a lexical head but records no lexical settings")
        for component, expected in self.embedders.items():
            if component == LEXICAL_HEAD:  # computed here, not by a pluggable component: can this version redo it?
                from agent_guard.lexical import fingerprint, is_supported

                if not is_supported(expected):
                    differences = fingerprint_diff(expected, fingerprint())
                    raise ModelMismatchError(
                        "the lexical head was trained with settings this version cannot reproduce: "
                        + "; ".join(differences)
                    )
                continue
            if component not in actual:
                raise ModelMismatchError(f"the guard model needs a {component!r} component, none was given")
            differences = fingerprint_diff(expected, dict(actual[component]))
            if differences:
                raise ModelMismatchError(
                    f"the {component} component differs from the one this guard model was trained with: "
                    + "; ".join(differences)
                )

    def _head_outputs(self, features: Features) -> list[tuple[str, Instances, np.ndarray]]:
        """Per head, in ``head_names`` order: its instances and their logits."""
        outputs = []
        for head_name, head in self.heads.items():
            instances = head_instances(features, head_name, self.embedders.get(LEXICAL_HEAD))
            if instances is None or instances.vectors.shape[0] == 0:
                raise ModelFormatError(f"features carry no instances for head {head_name!r}")
            outputs.append((head_name, instances, head.logits(instances.vectors)))
        return outputs

    def _fuse(self, head_logits: np.ndarray) -> float:
        """The fusion's logit over each head's highest instance logit (in ``head_names`` order)."""
        return float(head_logits @ self.fusion_coef.astype(np.float64) + self.fusion_intercept)

    def fused_logit(self, features: Features) -> float:
        """The fusion's logit (before the sigmoid): what a later stage of fusion weighs."""
        return self._fuse(np.array([float(np.max(logits)) for _, _, logits in self._head_outputs(features)]))

    def score(self, features: Features) -> Scores:
        head_logits = []
        instance_scores: dict[str, float] = {}
        best: dict[str, tuple[str, str | None]] = {}
        for head_name, instances, logits in self._head_outputs(features):
            top = int(np.argmax(logits))
            head_logits.append(float(logits[top]))
            for name, logit in zip(instances.names, logits):
                instance_scores[f"{head_name}:{name}"] = float(sigmoid(logit))
            best[head_name] = (
                f"{head_name}:{instances.names[top]}",
                instances.texts[top] if instances.texts is not None else None,
            )
        logit_vector = np.array(head_logits)
        fused = float(sigmoid(self._fuse(logit_vector)))
        contributions = logit_vector * self.fusion_coef
        lead_head = self.head_names[int(np.argmax(contributions))]
        text_head = lead_head if lead_head in ("text", LEXICAL_HEAD, TUNED_HEAD) else "text"
        top_text = best[text_head][1] if text_head in best else None
        return Scores(
            score=fused if math.isfinite(fused) else 1.0,
            head_scores={h: float(sigmoid(v)) for h, v in zip(self.head_names, head_logits)},
            instance_scores=instance_scores,
            top_instance=best[lead_head][0],
            top_text=top_text,
        )

    # -- persistence -------------------------------------------------------------------------------------------

    def _arrays(self) -> dict[str, np.ndarray]:
        arrays: dict[str, np.ndarray] = {}
        for head_name, head in self.heads.items():
            arrays[f"heads.{head_name}.coef"] = np.ascontiguousarray(head.coef, dtype=np.float32)
            arrays[f"heads.{head_name}.intercept"] = np.array([head.intercept], dtype=np.float32)
            if isinstance(head, MlpHead):
                arrays[f"heads.{head_name}.hidden.weight"] = np.ascontiguousarray(head.hidden_weight, dtype=np.float32)
                arrays[f"heads.{head_name}.hidden.bias"] = np.ascontiguousarray(head.hidden_bias, dtype=np.float32)
        arrays["fusion.coef"] = np.ascontiguousarray(self.fusion_coef, dtype=np.float32)
        arrays["fusion.intercept"] = np.array([self.fusion_intercept], dtype=np.float32)
        return arrays

    def save(self, directory: str | Path) -> Path:
        from safetensors.numpy import save as save_arrays

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        payload = save_arrays(self._arrays())
        self.arrays_sha256 = hashlib.sha256(payload).hexdigest()
        metadata = ModelMetadata(
            format_version=FORMAT_VERSION,
            name=self.name,
            label_meaning=LABEL_MEANING,
            created_at=self.created_at,
            channels=list(self.channels),
            heads=list(self.head_names),
            embedders=self.embedders,
            thresholds=ThresholdsModel(flag=self.flag_threshold, block=self.block_threshold),
            training=_json_safe(self.training),
            arrays_sha256=self.arrays_sha256,
        )
        atomic_write(directory / WEIGHTS_FILE, payload)
        if self.tuned_layers is not None:
            atomic_write(directory / TUNED_LAYERS_FILE, self.tuned_layers)
        else:
            (directory / TUNED_LAYERS_FILE).unlink(missing_ok=True)  # a retrained model without one must not keep it
        atomic_write(directory / METADATA_FILE, (metadata.model_dump_json(indent=2) + "\n").encode())
        return directory

    @classmethod
    def load(cls, directory: str | Path) -> "GuardModel":
        directory = Path(directory)
        if not directory.is_dir():
            raise ModelFormatError(f"{directory}: not a guard-model folder (expected {METADATA_FILE} and {WEIGHTS_FILE})")
        unknown = sorted(p.name for p in directory.iterdir() if p.name not in (WEIGHTS_FILE, METADATA_FILE)
                         and p.suffix in (".pkl", ".pickle", ".joblib", ".pt", ".pth", ".bin"))
        if unknown:
            raise ModelFormatError(f"{directory}: refusing a model folder holding executable formats: {unknown}")
        metadata = _read_metadata(directory / METADATA_FILE)
        payload = _read_bytes(directory / WEIGHTS_FILE)
        digest = hashlib.sha256(payload).hexdigest()
        if digest != metadata.arrays_sha256:
            raise ModelFormatError(
                f"{directory / WEIGHTS_FILE}: checksum mismatch (file {digest[:12]}, metadata "
                f"{metadata.arrays_sha256[:12]}): the weights were modified or corrupted"
            )
        arrays = _parse_arrays(payload, directory / WEIGHTS_FILE)
        try:
            channels = validate_channels(metadata.channels)
        except Exception as exc:
            raise ModelFormatError(f"{directory / METADATA_FILE}: {exc}") from exc
        heads = tuple(metadata.heads)
        if not _heads_allowed(heads, channels):
            raise ModelFormatError(f"{directory / METADATA_FILE}: heads {metadata.heads} do not match channels {channels}")
        tuned_layers = None
        if TUNED_HEAD in heads:
            tuned_layers = _read_bytes(directory / TUNED_LAYERS_FILE)
        hidden = {h for h in heads if f"heads.{h}.hidden.weight" in arrays or f"heads.{h}.hidden.bias" in arrays}
        expected_names = {f"heads.{h}.{part}" for h in heads for part in ("coef", "intercept")}
        expected_names |= {f"heads.{h}.hidden.{part}" for h in hidden for part in ("weight", "bias")}
        expected_names |= {"fusion.coef", "fusion.intercept"}
        if set(arrays) != expected_names:
            raise ModelFormatError(
                f"{directory / WEIGHTS_FILE}: arrays {sorted(arrays)} differ from the expected {sorted(expected_names)}"
            )
        for name, array in arrays.items():
            if array.dtype != np.float32:
                raise ModelFormatError(f"{name}: dtype {array.dtype}, expected float32")
            expected_ndim = 2 if name.endswith(".hidden.weight") else 1
            if array.ndim != expected_ndim:
                raise ModelFormatError(f"{name}: shape {array.shape}, expected {expected_ndim} dimension(s)")
            if not np.all(np.isfinite(array)):
                raise ModelFormatError(f"{name}: contains NaN or infinite values")
        loaded_heads: dict[str, Head] = {}
        for head in heads:
            coef, intercept = arrays[f"heads.{head}.coef"], arrays[f"heads.{head}.intercept"]
            expected_dim = metadata.embedders.get(head, {}).get("dim")
            if head == LEXICAL_HEAD:  # its width is this module's, whatever the metadata claims
                from agent_guard.lexical import N_FEATURES

                expected_dim = N_FEATURES
            if head in hidden:
                weight, bias = arrays[f"heads.{head}.hidden.weight"], arrays[f"heads.{head}.hidden.bias"]
                units = weight.shape[1]
                if (expected_dim is not None and weight.shape[0] != int(expected_dim)) or bias.shape != (units,) \
                        or coef.shape != (units,) or intercept.shape != (1,):
                    raise ModelFormatError(
                        f"heads.{head}: hidden weight {weight.shape}, bias {bias.shape}, coef {coef.shape}, intercept "
                        f"{intercept.shape} do not fit together and embedder dim {expected_dim}"
                    )
                loaded_heads[head] = MlpHead(hidden_weight=weight, hidden_bias=bias, coef=coef,
                                             intercept=float(intercept[0]))
                continue
            if intercept.shape != (1,) or (expected_dim is not None and coef.shape != (int(expected_dim),)):
                raise ModelFormatError(
                    f"heads.{head}: coef shape {coef.shape} / intercept {intercept.shape} do not match "
                    f"embedder dim {expected_dim}"
                )
            loaded_heads[head] = LinearHead(coef=coef, intercept=float(intercept[0]))
        if arrays["fusion.coef"].shape != (len(heads),) or arrays["fusion.intercept"].shape != (1,):
            raise ModelFormatError("fusion arrays have the wrong shape")
        try:
            return cls(
                channels=channels,
                heads=loaded_heads,
                fusion_coef=arrays["fusion.coef"],
                fusion_intercept=float(arrays["fusion.intercept"][0]),
                embedders=metadata.embedders,
                flag_threshold=metadata.thresholds.flag,
                block_threshold=metadata.thresholds.block,
                name=metadata.name,
                training=metadata.training,
                created_at=metadata.created_at,
                arrays_sha256=metadata.arrays_sha256,
                tuned_layers=tuned_layers,
            )
        except ModelFormatError as exc:
            raise ModelFormatError(f"{directory}: {exc}") from exc


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ModelFormatError(f"{path}: missing") from exc
    except OSError as exc:
        raise ModelFormatError(f"{path}: cannot read ({exc})") from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name} is not allowed")


def _read_metadata(path: Path) -> ModelMetadata:
    raw = _read_bytes(path)
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ModelFormatError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(document, dict):
        raise ModelFormatError(f"{path}: expected a JSON object")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelFormatError(f"{path}: format_version {version!r} is not supported (this agent-guard reads {FORMAT_VERSION})")
    try:
        return ModelMetadata.model_validate(document)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors())
        raise ModelFormatError(f"{path}: invalid metadata: {problems}") from exc


def _parse_arrays(payload: bytes, path: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load as load_arrays

    try:
        return dict(load_arrays(payload))
    except Exception as exc:  # noqa: BLE001 - safetensors raises several unrelated types for a bad header
        raise ModelFormatError(f"{path}: not a valid safetensors file ({exc})") from exc


def _arrays_digest(arrays: dict[str, np.ndarray]) -> str:
    from safetensors.numpy import save as save_arrays

    return hashlib.sha256(save_arrays(arrays)).hexdigest()


def _json_safe(value: Any) -> Any:
    """Round-trip through JSON so NaN/inf and numpy scalars never reach the metadata file."""
    def default(obj: Any) -> Any:
        if isinstance(obj, np.generic):
            return obj.item()
        if isinstance(obj, np.ndarray):
            return obj.tolist()
        if isinstance(obj, Path):
            return str(obj)
        raise TypeError(f"not JSON serialisable: {type(obj).__name__}")

    def clean(obj: Any) -> Any:
        if isinstance(obj, float) and not math.isfinite(obj):
            return None
        if isinstance(obj, dict):
            return {str(k): clean(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [clean(v) for v in obj]
        return obj

    return clean(json.loads(json.dumps(value, default=default)))

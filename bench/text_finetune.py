"""Would fine-tuning MiniLM itself rank other authors' texts better than the bundled guard's heads over frozen MiniLM?

The bundled guard scores chunks with heads fitted on frozen MiniLM vectors (an MLP) and on hashed n-grams (the
lexical head). A frozen sentence embedding places a chunk by its topic first, and benign pages that talk about AI
agents share the topics of injections (``bench/RESULTS.md``). Fine-tuning the encoder on chunk labels is the
usual way past that; this script measures it at text level before anything in the library depends on it.

* ``data``: the training and test splits of ``make model`` (same rows, same seed), each page's DOM text cut into
  chunks exactly as the guard cuts it; a malicious page's chunks that carry its recorded injection are positives,
  those sharing almost none of its words and every chunk of a benign page are negatives
  (``agent_guard.classifier.instance_roles``). OCR is not used: this compares text representations, not readers.
* ``bundled``: the bundled guard's own heads and fusion on the same chunks (max over a text's chunks per head);
  ``lexical``: its lexical head alone.
* ``frozen``: a logistic head on frozen MiniLM vectors, trained on the same chunks as ``finetune`` (a control for
  the training chunks themselves).
* ``finetune``: MiniLM and a logistic head trained together (binary cross-entropy, positives weighted to balance
  the classes, AdamW at 3e-5 for the encoder).
* ``layers``: two logistic probes on frozen MiniLM (``layers-last``: the sentence embedding; ``layers-all``: the
  mean token state after the embeddings and after each layer, side by side), trained on the ``frozen`` chunks.
* ``wordllama``: a logistic head on WordLlama's static embedding (``pip install wordllama``; its 256-d weights ship
  in the wheel), trained on the same chunks as ``frozen``: a second representation that installs from PyPI.
* ``encoder``: a logistic probe (scikit-learn, balanced) on the normalized sentence embedding of any
  sentence-transformers model in a local folder (``--encoder-dir``, default the packaged MiniLM), trained on the
  ``frozen`` chunks and saved as ``encoder-NAME``: the same probe over two encoders compares the representations.

Each is evaluated on the authored texts of development sets G, H and M, each text chunked like DOM text and
scored by its highest chunk (no host page), and on the corpus test split's pages (DOM text only); per-text scores
are saved. ``fuse`` then fits a logistic fusion of two saved scorers (say the fine-tuned classifier and the lexical
head) on the corpus test split's pages and scores the development sets with it. The sealed set T is not offered.
Figures: ``bench/RESULTS.md``, stops 27, 29, 30 and 42 (stops 27-31 split the corpus at 0.6,0.2,0.2, the recipe
of then). CPU: 1.2 s per training step of 32 chunks on 2 idle cores (4 s shared).

    python bench/text_finetune.py data --out runs/finetune     # the bundled guard's split (--split 0.8,0.1,0.1)
    python bench/text_finetune.py bundled --out runs/finetune
    python bench/text_finetune.py lexical --out runs/finetune
    python bench/text_finetune.py finetune --out runs/finetune --negatives 15000 --epochs 1
    python bench/text_finetune.py frozen --out runs/finetune --negatives 15000 --epochs 1
    python bench/text_finetune.py fuse --out runs/finetune --of finetune,lexical
    python bench/text_finetune.py wordllama --out runs/finetune
    python bench/text_finetune.py layers --out runs/finetune     # writes layers-last and layers-all
    python bench/text_finetune.py layers --out runs/finetune --layer-sets 0,1,2,3,4,5,0-3
    python bench/text_finetune.py layers --out runs/finetune --probe mlp    # writes layers-mlp-last, layers-mlp-all
    python bench/text_finetune.py encoder --out runs/finetune --name minilm
    python bench/text_finetune.py encoder --out runs/finetune --name mpnet --encoder-dir PATH/all-mpnet-base-v2
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from unseen import PROBE_SETS  # noqa: E402

from agent_guard.classifier import CARRIES, CLEAN, instance_roles, mean_tpr_at_fprs  # noqa: E402

DEVELOPMENT_SETS = ("g", "h", "m")
SEED = 7
BATCH = 32
#: Unit vectors give a logistic head little room; a fixed scale lets it reach confident logits.
SCALE = 8.0
MAX_TOKENS = 96  # a chunk is at most 32 words (``textchunks.WINDOW_WORDS``) and usually under 60 tokens

Scorer = Callable[[Sequence[Sequence[str]]], list[float]]


def chunks_of(text: str) -> list[str]:
    from agent_guard.textchunks import chunk_blocks, split_dom_text

    return [chunk for _, chunk in chunk_blocks(split_dom_text(text), "dom")] or [""]


def metrics(labels: Sequence[int], scores: Sequence[float]) -> dict[str, float]:
    y, s = np.asarray(labels), np.asarray(scores, dtype=np.float64)
    pos, neg = s[y == 1], s[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    result = {"auc": round(float(wins / (len(pos) * len(neg))), 3)}
    for fpr in (0.01, 0.02, 0.05, 0.10):
        result[f"tpr@{fpr:g}"] = round(mean_tpr_at_fprs(s, y, [fpr]), 3)  # unclipped: some scorers give logits
    result["mean_2_5_10"] = round((result["tpr@0.02"] + result["tpr@0.05"] + result["tpr@0.1"]) / 3, 3)
    return result


def development_texts(letter: str) -> list[tuple[int, str]]:
    """(label, text) for every authored text of a development set: injections first, then look-alikes."""
    texts = PROBE_SETS[letter]
    return [(1, text) for _, text in texts.MALICIOUS] + [(0, text) for _, text in texts.BENIGN]


def scored(name: str, where: str, labels: Sequence[int], scores: Sequence[float]) -> dict[str, Any]:
    """Metrics printed, and returned with the per-text scores that ``fuse`` reads back."""
    result = metrics(labels, scores)
    print(name, where, result, flush=True)
    return {**result, "scores": [round(v, 4) for v in scores]}


def evaluate(name: str, score: Scorer, data: dict[str, Any]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for letter in DEVELOPMENT_SETS:
        items = development_texts(letter)
        results[letter] = scored(name, letter, [y for y, _ in items], score([chunks_of(text) for _, text in items]))
    pages = data["test"]["pages"]
    results["corpus_test_dom"] = scored(name, "corpus test (DOM text)", [y for y, _ in pages],
                                        score([chunks for _, chunks in pages]))
    return results


def make_data(corpus: Path, fractions: Sequence[float]) -> dict[str, Any]:
    from agent_guard.imaging import DEFAULT_MAX_PIXELS
    from agent_guard.training.dataset import load_dataset, read_dom_text
    from agent_guard.training.splits import split_rows
    from agent_guard.training.trainer import prepare

    # the trainer's defaults and `make model`'s split, so the rows and their split are those the bundled guard saw
    prepared = prepare(load_dataset(corpus), uses_dom=True, max_pixels=DEFAULT_MAX_PIXELS, workers=2,
                       log=lambda _: None)
    split = split_rows(prepared.rows, fractions, SEED)
    data: dict[str, Any] = {}
    for part, rows in (("train", split.train), ("test", split.test)):
        positives: set[str] = set()
        negatives: set[str] = set()
        pages = []
        for row in rows:
            chunks = chunks_of(read_dom_text(row) or "")
            pages.append((row.label, chunks))
            if row.label == 0:
                negatives.update(chunks)
                continue
            roles = instance_roles(chunks, row.extra.get("injection_text"))
            if roles is not None:
                positives.update(c for c, role in zip(chunks, roles) if role == CARRIES)
                negatives.update(c for c, role in zip(chunks, roles) if role == CLEAN)
        data[part] = {"positives": sorted(positives), "negatives": sorted(negatives - positives), "pages": pages}
        print(f"{part}: {len(rows)} pages, {len(positives)} positive and {len(negatives - positives)} negative chunks")
    return data


def highest_chunk(chunk_logits: Callable[[list[str]], np.ndarray], chunk_lists: Sequence[Sequence[str]]) -> list[float]:
    """Each text's score: the highest of its chunks' logits, ``chunk_logits`` called once over every text's chunks."""
    logits = chunk_logits([chunk for chunks in chunk_lists for chunk in chunks])
    out, start = [], 0
    for chunks in chunk_lists:
        out.append(float(logits[start : start + len(chunks)].max()))
        start += len(chunks)
    return out


def bundled_scorer(heads: str = "fused") -> Scorer:
    """The bundled guard's fusion of its two heads (``fused``), or its lexical head alone (``lexical``)."""
    from agent_guard.embedders import l2_normalize
    from agent_guard.embedders.text import MiniLmTextEmbedder
    from agent_guard.lexical import lexical_vectors
    from agent_guard.model import LEXICAL_HEAD, GuardModel

    model = GuardModel.load(Path(__file__).resolve().parent.parent / "models" / "default")
    embedder = MiniLmTextEmbedder(device="cpu") if heads == "fused" else None
    text_coef, lexical_coef = (float(c) for c in model.fusion_coef)

    def score(chunk_lists: Sequence[Sequence[str]]) -> list[float]:
        lexical = highest_chunk(
            lambda flat: model.heads[LEXICAL_HEAD].logits(lexical_vectors(flat, model.embedders.get(LEXICAL_HEAD))),
            chunk_lists,
        )
        if heads == "lexical":
            return lexical
        assert embedder is not None
        text = highest_chunk(lambda flat: model.heads["text"].logits(l2_normalize(embedder.embed_texts(flat))), chunk_lists)
        return [text_coef * t + lexical_coef * x + model.fusion_intercept for t, x in zip(text, lexical)]

    return score


def training_chunks(data: dict[str, Any], negatives: int, rng: random.Random) -> tuple[list[str], list[int]]:
    """Every training chunk that carries an injection (label 1) and ``negatives`` clean ones drawn with ``rng``
    (label 0): the one training set of every trained stage, so their differences are the representations'."""
    positives = data["train"]["positives"]
    sampled = rng.sample(data["train"]["negatives"], min(negatives, len(data["train"]["negatives"])))
    return positives + sampled, [1] * len(positives) + [0] * len(sampled)


def trained_scorer(
    data: dict[str, Any], *, tune_encoder: bool, negatives: int, epochs: int, tune_layers: int | None = None
) -> tuple[Scorer, dict]:
    import torch
    from sentence_transformers import SentenceTransformer

    from agent_guard.embedders.text import packaged_model_dir, transformer_layers

    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    texts, labels = training_chunks(data, negatives, rng)
    n_positive = sum(labels)
    encoder = SentenceTransformer(str(packaged_model_dir()), device="cpu")
    encoder.max_seq_length = MAX_TOKENS
    head = torch.nn.Linear(384, 1)
    if tune_encoder:
        tuned = list(encoder.parameters())
        if tune_layers is not None:
            # only the top layers change, so only they would have to ship beside the packaged MiniLM
            for parameter in encoder.parameters():
                parameter.requires_grad_(False)
            layers = transformer_layers(encoder).layer
            tuned = [parameter for layer in layers[len(layers) - tune_layers :] for parameter in layer.parameters()]
            for parameter in tuned:
                parameter.requires_grad_(True)
        optimizer = torch.optim.AdamW(
            [{"params": tuned, "lr": 3e-5}, {"params": head.parameters(), "lr": 1e-3}], weight_decay=1e-2
        )
    else:
        for parameter in encoder.parameters():
            parameter.requires_grad_(False)
        optimizer = torch.optim.AdamW(head.parameters(), lr=1e-2, weight_decay=1e-4)
    pos_weight = torch.tensor((len(labels) - n_positive) / n_positive)

    def logits(batch: Sequence[str], grad: bool) -> Any:
        with torch.set_grad_enabled(grad):
            embedded = encoder(encoder.tokenize(list(batch)))["sentence_embedding"]
            return head(torch.nn.functional.normalize(embedded, dim=-1) * SCALE).squeeze(-1)

    started, order = time.time(), list(range(len(texts)))
    steps_per_epoch = math.ceil(len(texts) / BATCH)
    for epoch in range(epochs):
        rng.shuffle(order)
        encoder.train(tune_encoder)
        for step, start in enumerate(range(0, len(order), BATCH), start=epoch * steps_per_epoch + 1):
            batch = order[start : start + BATCH]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits([texts[i] for i in batch], True), torch.tensor([float(labels[i]) for i in batch]), pos_weight=pos_weight
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if step % 50 == 0:
                print(f"step {step}/{epochs * steps_per_epoch} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
    encoder.eval()
    info = {"positives": n_positive, "negatives": len(labels) - n_positive, "epochs": epochs,
            "train_s": round(time.time() - started), "tune_layers": tune_layers,
            "tuned_weights": sum(p.numel() for p in encoder.parameters() if p.requires_grad) if tune_encoder else 0}

    def chunk_logits(flat: list[str]) -> np.ndarray:
        with torch.no_grad():
            return np.concatenate([logits(flat[i : i + 128], False).numpy() for i in range(0, len(flat), 128)])

    def score(chunk_lists: Sequence[Sequence[str]]) -> list[float]:
        return highest_chunk(chunk_logits, chunk_lists)

    return score, info


def logistic_probe(embed: Callable[[Sequence[str]], np.ndarray], data: dict[str, Any], *,
                   negatives: int) -> tuple[Scorer, dict]:
    """A logistic head (classes balanced) on ``embed``'s vectors, normalized, trained on the chunks the ``frozen``
    stage samples, each text scored by its highest chunk: the one probe of the ``wordllama`` and ``encoder``
    stages, so their differences are the representations'."""
    from sklearn.linear_model import LogisticRegression

    from agent_guard.embedders import l2_normalize

    def features(texts: Sequence[str]) -> np.ndarray:
        return l2_normalize(embed(texts).astype(np.float64))

    texts, labels = training_chunks(data, negatives, random.Random(SEED))
    started = time.time()
    rows = features(texts)
    embed_s = time.time() - started
    head = LogisticRegression(class_weight="balanced", max_iter=2000).fit(rows, labels)
    info = {"dim": rows.shape[1], "positives": sum(labels), "negatives": len(labels) - sum(labels),
            "train_s": round(time.time() - started), "embed_ms_per_chunk": round(1000 * embed_s / len(texts), 1)}

    def score(chunk_lists: Sequence[Sequence[str]]) -> list[float]:
        return highest_chunk(lambda flat: head.decision_function(features(flat)), chunk_lists)

    return score, info


def wordllama_scorer(data: dict[str, Any], *, negatives: int) -> tuple[Scorer, dict]:
    """:func:`logistic_probe` on WordLlama's packaged static embedding (``pip install wordllama``): a second text
    representation that ships on PyPI with its weights."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    try:
        from wordllama import __file__ as wordllama_init
        from wordllama.inference import WordLlamaInference
    except ImportError as exc:
        raise SystemExit("the wordllama stage needs the package: pip install wordllama") from exc

    # WordLlama.load() looks for its tokenizer in a folder the wheel does not have and then tries the hub, so
    # both packaged files are opened directly.
    root = Path(wordllama_init).parent
    weights = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))["embedding.weight"]
    model = WordLlamaInference(weights, Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json")))
    return logistic_probe(model.embed, data, negatives=negatives)


def encoder_scorer(data: dict[str, Any], *, encoder_dir: Path | None, negatives: int) -> tuple[Scorer, dict]:
    """:func:`logistic_probe` on the sentence embedding of the sentence-transformers model in ``encoder_dir`` (the
    packaged MiniLM when None)."""
    from sentence_transformers import SentenceTransformer

    from agent_guard.embedders.text import packaged_model_dir

    encoder = SentenceTransformer(str(encoder_dir or packaged_model_dir()), device="cpu")
    encoder.max_seq_length = MAX_TOKENS
    score, info = logistic_probe(
        lambda texts: encoder.encode(list(texts), batch_size=64, convert_to_numpy=True), data, negatives=negatives
    )
    info = {"encoder": str(encoder_dir or "packaged MiniLM"), **info}
    print(info, flush=True)
    return score, info


LAYER_SETS = {"last": slice(6, 7), "all": slice(0, 7)}


def layer_slice(spec: str) -> slice:
    """``last``, ``all``, ``K`` (0 = the word embeddings, 1-6 = after that layer) or ``A-B`` (both included)."""
    if spec in LAYER_SETS:
        return LAYER_SETS[spec]
    first, _, last = spec.partition("-")
    start, stop = int(first), int(last or first) + 1
    if not 0 <= start < stop <= 7:
        raise SystemExit(f"layer set {spec!r}: layers run from 0 (embeddings) to 6")
    return slice(start, stop)


def layer_probe_scorers(
    data: dict[str, Any], *, negatives: int, layer_sets: Sequence[str] = ("last", "all"), probe: str = "logistic"
) -> dict[str, tuple[Scorer, dict]]:
    """Logistic probes on frozen MiniLM, one per layer set, trained on the chunks the ``frozen`` stage samples:
    ``layers-last`` reads the sentence embedding (the mean of the last layer's token states, normalized: what the
    guard embeds), ``layers-all`` the same mean taken after the word embeddings and after each of the six layers,
    each normalized, side by side; other sets pick layers (:func:`layer_slice`). Lower layers keep more of a
    sentence's form (mood, person, who is addressed), which a topic-led sentence embedding may blur; the probes
    share everything else, so their differences are the layers' alone. ``probe="mlp"`` fits the guard's MLP shape
    (``classifier.MLP_UNITS`` hidden units, penalty ``MLP_ALPHA``; classes balanced by repeating the positives)
    instead of the logistic probe; its results are saved as ``layers-mlp-SET``. ``probe="mlp-unscaled"`` is that MLP
    without the StandardScaler, on rows normalized as a whole: the input a guard's MLP text head gets."""
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from transformers import AutoModel, AutoTokenizer

    from agent_guard.embedders import l2_normalize
    from agent_guard.embedders.text import packaged_model_dir

    folder = str(packaged_model_dir())
    tokenizer = AutoTokenizer.from_pretrained(folder)
    encoder = AutoModel.from_pretrained(folder).eval()
    memo: dict[str, np.ndarray] = {}

    def pooled_layers(texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 7, 384): the masked mean of the token states after the embeddings and after each layer."""
        missing = sorted({t for t in texts if t not in memo})
        for start in range(0, len(missing), 128):
            batch = missing[start : start + 128]
            encoded = tokenizer(batch, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            with torch.no_grad():
                states = encoder(**encoded, output_hidden_states=True).hidden_states
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            means = torch.stack([(h * mask).sum(1) / mask.sum(1) for h in states], dim=1).numpy()
            memo.update(zip(batch, means))
        return np.stack([memo[t] for t in texts])

    def features(texts: Sequence[str], layers: slice) -> np.ndarray:
        pooled = pooled_layers(texts)[:, layers]
        rows = np.concatenate([l2_normalize(pooled[:, i]) for i in range(pooled.shape[1])], axis=1)
        # the unscaled probe sees what a guard's head would: the whole row normalized again, as features.py does
        return (l2_normalize(rows) if probe == "mlp-unscaled" else rows).astype(np.float64)

    texts, labels = training_chunks(data, negatives, random.Random(SEED))
    scorers: dict[str, tuple[Scorer, dict]] = {}
    prefix = "layers-" if probe == "logistic" else f"layers-{probe}-"
    for name, layers in ((f"{prefix}{spec}", layer_slice(spec)) for spec in layer_sets):
        started = time.time()
        if probe == "logistic":
            head = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=3000))
            head.fit(features(texts, layers), labels)
        else:
            from sklearn.neural_network import MLPClassifier

            from agent_guard.classifier import MLP_ALPHA, MLP_UNITS

            # MLPClassifier takes no class weights: the positives are repeated to about the negatives' count
            repeat = max(1, round((len(labels) - sum(labels)) / sum(labels)))
            rows = [i for i, label in enumerate(labels) for _ in range(repeat if label else 1)]
            mlp = MLPClassifier(
                hidden_layer_sizes=(MLP_UNITS,), alpha=MLP_ALPHA, max_iter=60, early_stopping=True, random_state=SEED)
            head = make_pipeline(StandardScaler(), mlp) if probe == "mlp" else make_pipeline(mlp)
            head.fit(features([texts[i] for i in rows], layers), [labels[i] for i in rows])
        info = {"positives": sum(labels), "negatives": len(labels) - sum(labels), "train_s": round(time.time() - started),
                "dims": int(head[-1].n_features_in_), "probe": probe}

        def chunk_logits(flat: list[str], head: Any = head, layers: slice = layers) -> np.ndarray:
            rows = features(flat, layers)
            if probe == "logistic":
                return head.decision_function(rows)
            # MLPClassifier has no decision_function: its probability as a log-odds (ranks the same)
            p = np.clip(head.predict_proba(rows)[:, 1], 1e-12, 1 - 1e-12)
            return np.log(p) - np.log1p(-p)

        def score(chunk_lists: Sequence[Sequence[str]], chunk_logits: Any = chunk_logits) -> list[float]:
            return highest_chunk(chunk_logits, chunk_lists)

        scorers[name] = (score, info)
    return scorers


def fuse(out: Path, data: dict[str, Any], stages: Sequence[str]) -> dict[str, Any]:
    """A logistic fusion of saved per-text scores, fitted on the corpus test split's pages (not on the sets it is
    evaluated on), then scored on each development set."""
    from sklearn.linear_model import LogisticRegression

    saved = [json.loads((out / f"{stage}.json").read_text()) for stage in stages]
    for stage, result in zip(stages, saved):
        if "scores" not in result["corpus_test_dom"]:
            raise SystemExit(f"{out / stage}.json holds no per-page scores (written by an older version): rerun {stage}")
    fit_labels = [label for label, _ in data["test"]["pages"]]
    fit_rows = np.column_stack([s["corpus_test_dom"]["scores"] for s in saved])
    fusion = LogisticRegression(class_weight="balanced", max_iter=1000).fit(fit_rows, fit_labels)
    name = "+".join(stages)
    results: dict[str, Any] = {"coef": fusion.coef_[0].round(4).tolist(), "intercept": round(float(fusion.intercept_[0]), 4)}
    print(name, results, flush=True)
    for letter in DEVELOPMENT_SETS:
        labels = [label for label, _ in development_texts(letter)]
        rows = np.column_stack([s[letter]["scores"] for s in saved])
        results[letter] = metrics(labels, fusion.decision_function(rows).tolist())
        print(name, letter, results[letter], flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=("data", "bundled", "lexical", "frozen", "finetune", "wordllama", "layers",
                                          "encoder", "fuse"))
    parser.add_argument("--out", type=Path, required=True, help="folder for the chunk data and the results")
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--negatives", type=int, default=15000, help="negative chunks sampled for training")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--of", default="finetune,lexical", help="fuse: the stages whose saved scores to fuse")
    parser.add_argument("--tune-layers", type=int, choices=range(1, 7), metavar="K",
                        help="finetune: train only the top K of the 6 transformer layers (embeddings frozen); the "
                        "scores are saved as finetune-topK")
    parser.add_argument("--layer-sets", default="last,all", help="layers: the probes to train, comma-separated: "
                        "last, all, K (0 = word embeddings, 1-6 = after that layer) or A-B; saved as layers-SET")
    parser.add_argument("--split", default="0.8,0.1,0.1", help="data: train,calibration,test fractions (seed 7); "
                        "default `make model`'s")
    parser.add_argument("--encoder-dir", type=Path, help="encoder: a sentence-transformers model folder "
                        "(default: the packaged MiniLM)")
    parser.add_argument("--name", help="encoder: the results are saved as encoder-NAME")
    parser.add_argument("--probe", choices=("logistic", "mlp", "mlp-unscaled"), default="logistic", help="layers: the probe's kind")
    args = parser.parse_args()
    if args.tune_layers is not None and args.stage != "finetune":
        parser.error("--tune-layers goes with the finetune stage only")
    if args.stage == "encoder" and not args.name:
        parser.error("the encoder stage needs --name (its results are saved as encoder-NAME)")
    args.out.mkdir(parents=True, exist_ok=True)
    data_file = args.out / "chunks.json"
    if args.stage == "data":
        from agent_guard.training.splits import parse_fractions

        data_file.write_text(json.dumps(make_data(args.corpus, parse_fractions(args.split))))
        return
    if not data_file.exists():
        parser.error(f"{data_file} is missing: run the data stage with the same --out first")
    data = json.loads(data_file.read_text())
    if args.stage == "fuse":
        stages = args.of.split(",")
        (args.out / f"fuse-{'+'.join(stages)}.json").write_text(json.dumps(fuse(args.out, data, stages), indent=1))
        return
    if args.stage == "layers":
        probes = layer_probe_scorers(data, negatives=args.negatives, layer_sets=args.layer_sets.split(","),
                                     probe=args.probe)
        for name, (score, info) in probes.items():
            (args.out / f"{name}.json").write_text(json.dumps({**info, **evaluate(name, score, data)}, indent=1))
        return
    info: dict[str, Any] = {}
    if args.stage in ("bundled", "lexical"):
        score = bundled_scorer("fused" if args.stage == "bundled" else "lexical")
    elif args.stage == "wordllama":
        score, info = wordllama_scorer(data, negatives=args.negatives)
    elif args.stage == "encoder":
        score, info = encoder_scorer(data, encoder_dir=args.encoder_dir, negatives=args.negatives)
    else:
        score, info = trained_scorer(data, tune_encoder=args.stage == "finetune", negatives=args.negatives,
                                     epochs=args.epochs, tune_layers=args.tune_layers)
    if args.stage == "encoder":
        name = f"encoder-{args.name}"
    else:
        name = args.stage if args.tune_layers is None else f"{args.stage}-top{args.tune_layers}"
    results = {**info, **evaluate(name, score, data)}
    (args.out / f"{name}.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

"""The report written beside a trained model (or wherever ``eval --report`` points).

* ``metrics.json``   test-split metrics at the top level, the calibration split's under ``"calibration"``;
* ``roc.png``        ROC curves (matplotlib, Agg canvas, no pyplot state) with the block and flag operating points;
* ``per_family.md``  TPR per malicious family and FPR per benign category, per split;
* ``worst.html``     the worst false positives and false negatives: path, score, strongest instance, its text,
                     and a small JPEG thumbnail embedded as a data URI. Everything shown is HTML-escaped (the
                     texts are whatever the pages said, injections included) and the page carries a CSP that
                     allows no script and no remote load.

No file written here is executable or pickled, so the model loader accepts the folder as it is.
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from agent_guard.model import atomic_write
from agent_guard.training.evaluate import Scored, own_points_text

WORST_COUNT = 12
THUMB_WIDTH = 320


def write_report(
    folder: Path,
    splits: Mapping[str, tuple[Sequence[Scored], Mapping[str, Any]]],
    *,
    primary: str,
    extra: Mapping[str, Any] | None = None,
    title: str = "agent-guard",
) -> dict[str, Path]:
    """Write the four report files; ``splits`` maps a split name to (scored rows, metrics); ``primary`` is the
    split whose metrics sit at the top level of metrics.json (the others nest under their own name). ``extra`` adds
    keys; one that names a metric is refused (ValueError), as a target once hid the measured rate of the same name."""
    document: dict[str, Any] = {"split": primary, **splits[primary][1]}
    for name, (_, metrics) in splits.items():
        if name != primary:
            document[name] = dict(metrics)
    clashes = sorted(set(extra or {}) & set(document))
    if clashes:
        raise ValueError(f"report extras would overwrite measured metrics: {clashes}")
    document.update(extra or {})
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "metrics": folder / "metrics.json",
        "roc": folder / "roc.png",
        "per_family": folder / "per_family.md",
        "worst": folder / "worst.html",
    }
    atomic_write(paths["metrics"], (json.dumps(_clean(document), indent=2) + "\n").encode())
    atomic_write(paths["roc"], roc_png(splits))
    atomic_write(paths["per_family"], per_family_markdown(splits, title).encode())
    atomic_write(paths["worst"], worst_html(splits[primary][0], splits[primary][1], title, primary).encode())
    return paths


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not np.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, np.generic):
        return _clean(value.item())
    return value


def roc_png(splits: Mapping[str, tuple[Sequence[Scored], Mapping[str, Any]]]) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from sklearn.metrics import roc_curve

    figure = Figure(figsize=(6, 5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    axes.plot([0, 1], [0, 1], color="#bbbbbb", linestyle=":", linewidth=1)
    marked = False
    for (name, (scored, metrics)), color in zip(splits.items(), ("#1f5fbf", "#d9822b", "#3a9a3a", "#8a3ab9")):
        labels = np.array([s.row.label for s in scored])
        scores = np.array([s.score for s in scored])
        if len(set(labels.tolist())) < 2:
            continue
        fpr, tpr, _ = roc_curve(labels, scores)
        auc_value = metrics.get("auc")
        label = f"{name} (AUC {auc_value:.3f}, n={len(scored)})" if auc_value is not None else name
        axes.plot(fpr, tpr, color=color, linewidth=1.8, label=label, drawstyle="steps-post")
        for point, marker, text in (("", "o", "block"), ("flag_", "s", "flag")):
            x, y = metrics.get(f"{point}fpr"), metrics.get(f"{point}tpr")
            if x is None or y is None:
                continue
            threshold = metrics[f"{point}threshold"]
            axes.plot([x], [y], marker=marker, color=color, markersize=8, markerfacecolor="white" if point else color,
                      linestyle="none", label=f"{name} {text} @ {threshold:.3f}")
            marked = True
    axes.set_xlim(-0.01, 1.0)
    axes.set_ylim(0.0, 1.01)
    axes.set_xlabel("false-positive rate (benign blocked)")
    axes.set_ylabel("true-positive rate (malicious blocked)")
    axes.set_title("agent-guard ROC" + ("" if marked else " (one class only: no curve)"))
    axes.grid(True, alpha=0.3)
    if axes.get_legend_handles_labels()[0]:
        axes.legend(loc="lower right", fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def per_family_markdown(splits: Mapping[str, tuple[Sequence[Scored], Mapping[str, Any]]], title: str) -> str:
    lines = [f"# {title}: results per family and category", ""]
    for name, (_, metrics) in splits.items():
        auc_text = "n/a" if metrics.get("auc") is None else f"{metrics['auc']:.4f}"
        lines += [
            f"## {name} split",
            "",
            f"n = {metrics['n']} ({metrics['n_malicious']} malicious, {metrics['n_benign']} benign), AUC {auc_text}; "
            f"block threshold {metrics['threshold']:.4f} (TPR {_pct(metrics['tpr'])}, FPR {_pct(metrics['fpr'])}), "
            f"flag threshold {metrics['flag_threshold']:.4f} (TPR {_pct(metrics['flag_tpr'])}, "
            f"FPR {_pct(metrics['flag_fpr'])})",
            "",
        ]
        own = metrics.get("at_own_fpr") or {}
        if own and metrics["n_malicious"]:
            lines += [
                "At this split's own thresholds (read off its benign scores; what the ranking allows here, not what "
                "the guard's thresholds do): " + own_points_text(own, _pct),
                "",
            ]
        first_own_key = next(iter(own), None) if metrics["n_malicious"] else None
        own_column = f" TPR at own {_pct(float(first_own_key))} FPR |" if first_own_key else ""
        lines += [
            "| kind | family / category | n | blocked | flagged or blocked |" + own_column,
            "|---|---|---:|---:|---:|" + ("---:|" if own_column else ""),
        ]
        for family, entry in metrics["per_family"].items():
            kind = "malicious (TPR)" if "tpr" in entry else "benign (FPR)"
            rate = entry.get("tpr", entry.get("fpr"))
            safe = family.replace("|", "\\|")
            own_cell = ""
            if first_own_key:
                own_cell = f" {_pct(own[first_own_key]['per_family'].get(family)) if 'tpr' in entry else ''} |"
            lines.append(
                f"| {kind} | {safe} | {entry['n']} | {_pct(rate)} | {_pct(entry.get('flag_rate'))} |{own_cell}"
            )
        lines.append("")
    return "\n".join(lines)


def thumbnail_data_uri(path: Path, width: int = THUMB_WIDTH) -> str | None:
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.draft("RGB", (width, width))
            image = image.convert("RGB")
            if image.width > width:
                image = image.resize((width, max(1, round(image.height * width / image.width))))
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=70)
    except Exception:  # noqa: BLE001 - a thumbnail is a nicety; the row is still listed
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def worst_html(scored: Sequence[Scored], metrics: Mapping[str, Any], title: str, split: str) -> str:
    block = float(metrics["threshold"])
    false_positives = sorted((s for s in scored if s.row.label == 0), key=lambda s: -s.score)[:WORST_COUNT]
    false_negatives = sorted((s for s in scored if s.row.label == 1), key=lambda s: s.score)[:WORST_COUNT]

    def section(heading: str, items: list[Scored], explain: str) -> str:
        if not items:
            return f"<h2>{html.escape(heading)}</h2><p>none in this split</p>"
        rows = []
        for s in items:
            wrong = (s.score >= block) if s.row.label == 0 else (s.score < block)
            thumb = thumbnail_data_uri(s.row.path)
            image = f'<img src="{thumb}" alt="thumbnail">' if thumb else "<em>no thumbnail</em>"
            heads = ", ".join(f"{html.escape(k)} {v:.3f}" for k, v in s.head_scores.items())
            text = html.escape((s.top_text or "")[:600]) or "<em>(no text)</em>"
            rows.append(
                f"<tr class=\"{'wrong' if wrong else 'ok'}\"><td>{image}</td><td><code>{html.escape(s.row.display)}"
                f"</code><br>{html.escape(s.row.kind)} / {html.escape(s.row.subset)}</td>"
                f"<td class=\"num\">{s.score:.4f}<br><small>{heads}</small></td>"
                f"<td><code>{html.escape(s.top_instance or '')}</code><pre>{text}</pre></td></tr>"
            )
        return (
            f"<h2>{html.escape(heading)}</h2><p>{html.escape(explain)}</p><table><tr><th>capture</th><th>path</th>"
            "<th>score</th><th>strongest instance and its text</th></tr>" + "".join(rows) + "</table>"
        )

    body = section(
        "Worst false positives (benign, highest scores)", false_positives,
        f"Rows shaded red are at or above the block threshold {block:.4f}.",
    ) + section(
        "Worst false negatives (malicious, lowest scores)", false_negatives,
        f"Rows shaded red are below the block threshold {block:.4f} (the guard lets them through).",
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{html.escape(title)}: worst errors ({html.escape(split)} split)</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; }} table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #ccc; padding: 6px; vertical-align: top; text-align: left; }}
tr.wrong {{ background: #fde8e8; }} td.num {{ white-space: nowrap; }} img {{ max-width: {THUMB_WIDTH}px; }}
pre {{ white-space: pre-wrap; max-width: 60ch; font-size: 85%; }}
</style></head><body>
<h1>{html.escape(title)}: worst errors on the {html.escape(split)} split</h1>
{body}
</body></html>
"""

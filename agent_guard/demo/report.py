"""The demo's outputs: a plain-text table for the terminal and an HTML report with every screenshot."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Sequence

from agent_guard.demo.agent import StepResult
from agent_guard.model import atomic_write

COLOURS = {"allow": "#0b7a3e", "flag": "#b7791f", "block": "#c53030"}


def table(results: Sequence[StepResult]) -> str:
    header = f"{'step':>4}  {'url':<34} {'action':<28} {'score':>6}  {'decision':<8} executed"
    lines = [header, "-" * len(header)]
    for r in results:
        score = "  n/a" if r.score is None else f"{r.score:.3f}"
        lines.append(
            f"{r.step:>4}  {r.path[:34]:<34} {r.action[:28]:<28} {score:>6}  {r.decision.upper():<8} "
            f"{'yes' if r.executed else 'NO (blocked)'}"
        )
    return "\n".join(lines)


def write_report(results: Sequence[StepResult], out_dir: Path, *, model_id: str, think_s: float) -> Path:
    cards = []
    for r in results:
        colour = COLOURS.get(r.decision, "#333")
        image = (f'<img src="{html.escape(r.screenshot)}" alt="step {r.step} screenshot" width="640">'
                 if r.screenshot else "<p>(no screenshot)</p>")
        evidence = f"<p><b>Strongest text:</b> {html.escape(r.top_text)}</p>" if r.top_text else ""
        score = "n/a" if r.score is None else f"{r.score:.3f}"
        cards.append(f"""<section class="step" style="border-left: 8px solid {colour}">
<h2>Step {r.step}: {html.escape(r.goal)}</h2>
<p><code>{html.escape(r.url)}</code> — action <code>{html.escape(r.action)}</code></p>
<p class="decision" style="color:{colour}">{r.decision.upper()} · score {score} · executed: {'yes' if r.executed else 'no'}</p>
{image}<p class="reason">{html.escape(r.reason)}</p>{evidence}</section>""")
    blocked = sum(1 for r in results if not r.executed)
    document = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>agent-guard demo report</title>
<style>body {{ font-family: 'DejaVu Sans', Arial, sans-serif; margin: 24px auto; max-width: 900px; color: #1d2330; }}
.step {{ padding: 6px 16px; margin: 18px 0; background: #f7f8fa; }} img {{ border: 1px solid #ccd; max-width: 100%; }}
.decision {{ font-weight: bold; font-size: 18px; }} .reason {{ font-size: 13px; color: #4a5568; }}</style></head><body>
<h1>agent-guard demo</h1>
<p>A scripted agent ran {len(results)} steps on a local shop with think time {think_s:g} s per step.
Guard model <code>{html.escape(model_id)}</code>. Actions blocked: {blocked}.</p>
{''.join(cards)}
<script type="application/json" id="results">{html.escape(json.dumps([r.contract() for r in results]))}</script>
</body></html>"""
    path = out_dir / "report.html"
    atomic_write(path, document.encode())
    return path

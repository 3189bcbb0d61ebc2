"""The text an agent reading the DOM would get: what a person sees, then what a person cannot see.

``DOM_TEXT_JS`` is a JavaScript function for ``page.evaluate(DOM_TEXT_JS, max_chars)``; it returns one string:

* first the visible text in document (reading) order, block-level elements on their own lines, table cells and
  inline elements with horizontal margin or padding set apart by a space, the value or placeholder of a visible
  form field where a person would read it;
* then every piece of text a person cannot see but that sits in the DOM, one piece per line, each prefixed with
  ``[hidden] ``: subtrees with an effective opacity below 0.1, ``visibility: hidden``, ``display: none``,
  positioned off the page, clipped to nothing (``clip``, ``clip-path``, zero-size boxes with hidden overflow),
  pushed away with ``text-indent``, set in a font smaller than 4 px, or coloured (nearly) like the background
  behind them; and the ``aria-label``, ``alt`` and ``title`` attributes, plus ``placeholder``/``value`` of fields
  a person cannot see (password values are never read).

When the whole text would exceed ``max_chars``, the hidden part keeps at least half of the budget (it is what an
injection hides in) and the visible part is cut first.

``extract_dom_text(page)`` runs it and turns Playwright failures (closed page, navigation in flight, evaluation
error) into :class:`agent_guard.errors.GuardError`.
"""

from __future__ import annotations

from typing import Any

from agent_guard.errors import ConfigurationError, GuardError

HIDDEN_PREFIX = "[hidden] "

DOM_TEXT_JS = r"""
(maxChars) => {
  const MAX = (typeof maxChars === 'number' && maxChars >= 0) ? maxChars : 20000;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED']);
  const BLOCK = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row', 'table-caption',
    'flow-root', 'table-row-group', 'table-header-group', 'table-footer-group', 'inline-block',
    'inline-flex', 'inline-grid']);
  const PIECE_MAX = 2000;
  const HIDDEN_MAX_PIECES = 400;
  const root = document.documentElement;
  if (!root) return '';
  const docW = window.innerWidth;
  const docH = Math.max(root.scrollHeight, document.body ? document.body.scrollHeight : 0, window.innerHeight);
  const sx = window.scrollX, sy = window.scrollY;
  const styles = new Map();
  const style = (el) => {
    let cs = styles.get(el);
    if (!cs) { cs = getComputedStyle(el); styles.set(el, cs); }
    return cs;
  };
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const parseColor = (s) => {
    const m = /rgba?\(([^)]+)\)/.exec(s || '');
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const bgCache = new Map();
  const backgroundOf = (el) => {
    const chain = [];
    let cur = el, found = null;
    while (cur && cur.nodeType === 1) {
      if (bgCache.has(cur)) { found = bgCache.get(cur); break; }
      chain.push(cur);
      const cs = style(cur);
      if (cs.backgroundImage && cs.backgroundImage !== 'none') { found = 'image'; break; }
      const c = parseColor(cs.backgroundColor);
      if (c && c[3] > 0.5) { found = c; break; }
      cur = cur.parentElement || (cur.getRootNode && cur.getRootNode().host) || null;
    }
    if (found === null) found = [255, 255, 255, 1];
    for (const e of chain) bgCache.set(e, found);
    return found;
  };
  const sameAsBackground = (el, cs) => {
    const fg = parseColor(cs.color);
    if (!fg) return false;
    if (fg[3] < 0.1) return true;
    const bg = backgroundOf(el);
    if (bg === 'image') return false;
    return Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]) < 16;
  };
  const hiddenReason = (el, cs, opacity) => {
    if (cs.display === 'none') return 'display';
    if (opacity < 0.1) return 'opacity';
    if (cs.clip === 'rect(0px, 0px, 0px, 0px)' || cs.clip === 'rect(0px 0px 0px 0px)') return 'clip';
    const cp = cs.clipPath || '';
    if (/inset\(\s*50%/.test(cp) || /circle\(\s*0/.test(cp)) return 'clip';
    const ti = parseFloat(cs.textIndent);
    if (ti && ti < -999) return 'indent';
    if (cs.display === 'contents') return null;
    const r = el.getBoundingClientRect();
    const ovh = cs.overflow !== 'visible' || cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    if ((r.width <= 1 || r.height <= 1) && ovh) return 'clip';
    if (r.width > 0 || r.height > 0) {
      const fixed = cs.position === 'fixed';
      const left = r.left + (fixed ? 0 : sx), top = r.top + (fixed ? 0 : sy);
      const bottomEdge = fixed ? window.innerHeight : docH;
      if (left + r.width <= 0 || top + r.height <= 0 || left >= docW || top >= bottomEdge) return 'offscreen';
    }
    return null;
  };
  const visible = [];
  let visibleLen = 0;
  const hidden = [];
  const hiddenSeen = new Set();
  const pushHidden = (text) => {
    const t = norm(text).slice(0, PIECE_MAX);
    if (!t || hiddenSeen.has(t) || hidden.length >= HIDDEN_MAX_PIECES) return;
    hiddenSeen.add(t);
    hidden.push(t);
  };
  const pushVisible = (text) => {
    if (visibleLen > MAX * 2 + 1000) return;
    visible.push(text);
    visibleLen += text.length;
  };
  const attributes = (el, elHidden) => {
    let own = null;
    for (const name of ['aria-label', 'alt', 'title']) {
      const v = el.getAttribute && el.getAttribute(name);
      if (!v || !norm(v)) continue;
      if (own === null) own = norm(el.textContent);
      if (norm(v) !== own) pushHidden(v);
    }
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      const fieldHidden = elHidden || type === 'hidden';
      const value = type === 'password' ? '' : (el.value || '');
      const ph = el.getAttribute('placeholder') || '';
      const isButton = ['submit', 'button', 'reset'].includes(type);
      if (fieldHidden) {
        if (ph) pushHidden(ph);
        if (value) pushHidden(value);
      } else if (type !== 'checkbox' && type !== 'radio') {
        const shown = value || (isButton ? '' : ph);
        if (shown) pushVisible(' ' + norm(shown) + ' ');
      }
    }
  };
  const walk = (node, opacity, buffer) => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue;
      if (!raw || !raw.trim()) { if (buffer) buffer.push(' '); else pushVisible(' '); return; }
      const text = raw.replace(/\s+/g, ' ');
      if (buffer) { buffer.push(text); return; }
      const pe = node.parentElement;
      if (!pe) { pushVisible(text); return; }
      const cs = style(pe);
      if (cs.visibility !== 'visible' || parseFloat(cs.fontSize) < 4 || sameAsBackground(pe, cs)) {
        pushHidden(text);
        return;
      }
      pushVisible(text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 11) {
      for (const child of node.childNodes) walk(child, opacity, buffer);
      return;
    }
    const el = node;
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'BR') { if (buffer) buffer.push(' '); else pushVisible('\n'); return; }
    const cs = style(el);
    const op = opacity * (parseFloat(cs.opacity) || (cs.opacity === '0' ? 0 : 1));
    if (tag === 'SELECT') {
      const opt = el.options && el.selectedIndex >= 0 ? el.options[el.selectedIndex] : null;
      const txt = opt ? norm(opt.text) : '';
      if (buffer) buffer.push(' ' + txt + ' ');
      else if (hiddenReason(el, cs, op)) pushHidden(txt);
      else if (txt) pushVisible(' ' + txt + ' ');
      return;
    }
    let ownBuffer = null;
    if (!buffer) {
      const reason = hiddenReason(el, cs, op);
      if (reason) ownBuffer = [];
    }
    const buf = buffer || ownBuffer;
    attributes(el, !!buf);
    const block = BLOCK.has(cs.display) || tag === 'TD' || tag === 'TH' || tag === 'LI';
    // inline boxes that CSS spaces apart (nav links with margins and no whitespace between them) are separate
    // words on screen; without a space here "Home", "Deals" and "Cart" would read as "HomeDealsCart"
    const spaced = cs.display === 'inline' && ['marginLeft', 'marginRight', 'paddingLeft', 'paddingRight']
      .some((side) => parseFloat(cs[side]) > 0);
    const cell = cs.display === 'table-cell' || spaced;
    if (buf) buf.push(' ');
    else if (block) pushVisible('\n');
    else if (cell) pushVisible(' ');
    for (const child of el.childNodes) walk(child, op, buf);
    if (el.shadowRoot) walk(el.shadowRoot, op, buf);
    if (buf) buf.push(' ');
    else if (block) pushVisible('\n');
    else if (cell) pushVisible(' ');
    if (ownBuffer) pushHidden(ownBuffer.join(''));
  };
  if (document.body) walk(document.body, 1, null);
  const visibleText = visible.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean).join('\n');
  const hiddenLines = hidden.map((t) => '[hidden] ' + t);
  let hiddenText = hiddenLines.join('\n');
  let vis = visibleText;
  const sep = (vis && hiddenText) ? 1 : 0;
  if (vis.length + sep + hiddenText.length > MAX) {
    const hiddenBudget = Math.max(Math.floor(MAX / 2), MAX - vis.length - sep);
    if (hiddenText.length > hiddenBudget) hiddenText = hiddenText.slice(0, hiddenBudget);
    const visBudget = Math.max(0, MAX - hiddenText.length - ((vis && hiddenText) ? 1 : 0));
    if (vis.length > visBudget) vis = vis.slice(0, visBudget);
  }
  return [vis, hiddenText].filter(Boolean).join('\n').slice(0, MAX);
}
"""


async def extract_dom_text(page: Any, *, max_chars: int = 20000) -> str:
    """Visible text of ``page`` in reading order, then ``[hidden] `` lines for what people cannot see."""
    if max_chars < 0:
        raise ConfigurationError(f"max_chars must be >= 0, got {max_chars}")
    try:
        result = await page.evaluate(DOM_TEXT_JS, max_chars)
    except GuardError:
        raise
    except Exception as exc:  # noqa: BLE001 - Playwright's Error/TimeoutError and friends
        raise GuardError(f"could not extract DOM text from the page: {exc}") from exc
    if not isinstance(result, str):
        raise GuardError(f"DOM text script returned {type(result).__name__}, expected a string")
    return result[:max_chars]

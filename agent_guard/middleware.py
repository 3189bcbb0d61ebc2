"""Guarded Playwright objects: classify what the agent sees while it thinks, gate what it does next.

    async with guard.protect(page) as page:          # or a BrowserContext: every page in it is guarded
        shot = await page.screenshot()               # bytes at once; classification starts in the background
        plan = await llm.think(shot)                 # seconds: the verdict is usually ready long before ...
        await page.get_by_role("button").click()     # ... the action, which waits for it and may raise ActionBlocked

How it works
------------
* **Screenshot hook.** ``page.screenshot()`` (and ``locator.screenshot()``, ``element_handle.screenshot()``) returns
  the bytes unchanged as soon as Playwright has them; the same bytes (no second capture) go to ``guard.check`` in a
  background task. When the guard model reads DOM text (channel ``dom``) or ``dom_text=True`` is passed, the DOM
  text is read concurrently with the screenshot and passed as ``dom_text=``.
* **Action gate.** Every action method (``PAGE_ACTIONS``, the same through locators of any depth, frames, element
  handles, ``page.mouse``, ``page.keyboard``, ``page.touchscreen``) first awaits the verdicts of the page's
  *window* (below), waiting at most ``verdict_timeout_s`` (a timeout becomes an error verdict, which follows the
  fail mode), re-decides each verdict's score with the thresholds for that action kind
  (``guard.policy.decide(score, action)`` then ``policy.enforce`` for shadow mode), and takes the most severe one.
  BLOCK: the action does not run, ``on_block`` fires and ``ActionBlocked(verdict, action)`` is raised.
  FLAG: ``on_flag`` fires, a warning is logged, the action runs. ALLOW: it runs.
* **The window** is what the agent has seen of the page as it is now: the latest full-page capture plus every
  partial capture (locator / element / ``clip=`` screenshots) taken after it. Partial captures are classified too,
  and a malicious partial capture blocks like a full one; but a partial capture never *clears* a page, because the
  rest of the page was not looked at: an action waits on the latest full capture as well (taking one if there is
  none, see the blind policy). A main-frame navigation (``framenavigated``) or a ``load`` event empties the window.
* **Acting blind** (no full capture of the page as it is now): ``blind_policy="capture"`` (default) has the guard
  take its own screenshot first and classify it (costs one capture + one classification, on the action's path);
  ``"fail"`` treats it as a failure, i.e. applies the fail mode (fail-closed blocks; pair it with agents that always
  screenshot first); ``"allow"`` lets the action through with a ``skipped`` verdict. ``capture_when_blind=False`` is
  a shorthand for ``blind_policy="fail"``.
* **Pages opened later** — ``context.new_page()``, pop-ups (``window.open``, ``target=_blank``),
  ``context.on("page")``, ``page.expect_popup()`` — come back guarded; ``gcontext.wrap(page)`` guards any raw page.
* Callbacks ``on_flag(verdict, action)`` / ``on_block(verdict, action)`` may be plain or async functions; an
  exception they raise is logged and ignored (the decision stands).
* Every capture verdict, and every flagged or blocked action, goes to the audit log (``agent_guard.audit``), written
  on a background thread; a failing disk never breaks the agent.

Everything else is delegated to the wrapped Playwright object (``__getattr__``), with Playwright objects in the
results (pages, locators, frames, element handles, mouse, keyboard, contexts) wrapped in turn and guarded objects in
the arguments unwrapped. Not gated: ``evaluate``, ``set_content``, ``route``, ``focus`` and other calls that are
the agent *program's* rather than the model's actions. Playwright's ``expect(...)`` assertions need the raw object:
``expect(unwrap(locator))``. ``async with guard.protect(page)`` does not close the page on exit (unlike ``async
with page``); it waits for the verdicts in flight and flushes the audit log.

``ComputerUseAdapter`` gives the same screenshot hook and gating to agent loops that are not raw Playwright.

Options of ``guard.protect(target, **options)`` and ``ComputerUseAdapter(guard, env, **options)``: ``on_flag``,
``on_block``, ``blind_policy`` ("capture" | "fail" | "allow"), ``capture_when_blind`` (bool shorthand),
``verdict_timeout_s`` (default ``guard.settings.verdict_timeout_s``), ``dom_text`` (bool; default: when the model
has the ``dom`` channel), ``audit`` (an ``AuditLog``, or False; default from ``guard.settings``),
``keep_verdicts`` (how many verdicts each page keeps in ``verdicts``, default 1000; the audit log keeps every one).

Beyond the Playwright API, a guarded page (and the adapter) has: ``verdicts`` (the latest ``keep_verdicts``
verdicts: one per capture with ``action=None``, one per gated action), ``await latest_verdict()`` (the latest
capture's verdict), ``await verdict_for(action)`` (what an action would get now, without acting), ``guard_stats`` (counters),
``raw`` (the unguarded object), ``await drain()``. A guarded context has ``wrap(page)``, ``pages``, ``new_page()``
and ``verdicts``. ``unwrap(obj)`` returns the raw Playwright object behind any guarded one.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import functools
import hashlib
import inspect
import io
import logging
import time
import weakref
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping, Sequence

from agent_guard.audit import AuditLog
from agent_guard.errors import ActionBlocked, ConfigurationError, GuardError, VerdictTimeoutError, missing_dependency
from agent_guard.types import ActionKind, Decision, Status, Verdict, action_kind

if TYPE_CHECKING:
    from agent_guard.guard import Guard

logger = logging.getLogger("agent_guard.middleware")

Callback = Callable[[Verdict, str], Any]

#: Page methods that act on the page (the model's actions); each waits for the verdict first.
PAGE_ACTIONS = frozenset({
    "click", "dblclick", "tap", "fill", "type", "press", "check", "uncheck", "set_checked", "select_option",
    "set_input_files", "hover", "drag_and_drop", "dispatch_event", "goto", "go_back", "go_forward", "reload",
})
FRAME_ACTIONS = frozenset(PAGE_ACTIONS - {"go_back", "go_forward", "reload"})
LOCATOR_ACTIONS = frozenset({
    "click", "dblclick", "tap", "fill", "type", "press", "press_sequentially", "check", "uncheck", "set_checked",
    "select_option", "set_input_files", "hover", "drag_to", "clear", "dispatch_event",
})
ELEMENT_ACTIONS = frozenset({
    "click", "dblclick", "tap", "fill", "type", "press", "check", "uncheck", "set_checked", "select_option",
    "set_input_files", "hover", "dispatch_event",
})
MOUSE_ACTIONS = frozenset({"click", "dblclick", "down", "up", "move", "wheel"})
KEYBOARD_ACTIONS = frozenset({"press", "type", "down", "up", "insert_text"})
TOUCHSCREEN_ACTIONS = frozenset({"tap"})

BLIND_POLICIES = ("capture", "fail", "allow")
OPTIONS = (
    "on_flag", "on_block", "blind_policy", "capture_when_blind", "verdict_timeout_s", "dom_text", "audit",
    "keep_verdicts",
)

_SEVERITY = {Decision.ALLOW: 0, Decision.FLAG: 1, Decision.BLOCK: 2}
_MAX_WINDOW = 16  # captures kept per page between two full screenshots (see _Watch._compact)
#: gated methods that ``types.ACTION_KINDS`` does not name
_EXTRA_KINDS = {"clear": ActionKind.TYPE, "dispatch_event": ActionKind.CLICK}


# --------------------------------------------------------------------------------------------------------------
# Options and the controller shared by every object of one protect() call
# --------------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class GuardOptions:
    on_flag: Callback | None = None
    on_block: Callback | None = None
    blind_policy: str = "capture"
    verdict_timeout_s: float | None = None  # None: guard.settings.verdict_timeout_s
    dom_text: bool | None = None  # None: read DOM text when the guard model has the "dom" channel
    audit: AuditLog | bool | None = None  # None/True: from guard.settings; False: off
    keep_verdicts: int = 1000  # per page: a long-running agent must not grow without bound (the audit log keeps all)

    @classmethod
    def parse(cls, options: Mapping[str, Any]) -> "GuardOptions":
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise ConfigurationError(f"unknown protect() option(s) {unknown}; known: {list(OPTIONS)}")
        values = dict(options)
        capture_when_blind = values.pop("capture_when_blind", None)
        if capture_when_blind is not None:
            if "blind_policy" in values:
                raise ConfigurationError("pass blind_policy or capture_when_blind, not both")
            values["blind_policy"] = "capture" if capture_when_blind else "fail"
        parsed = cls(**values)
        if parsed.blind_policy not in BLIND_POLICIES:
            raise ConfigurationError(f"blind_policy must be one of {BLIND_POLICIES}, got {parsed.blind_policy!r}")
        if parsed.verdict_timeout_s is not None and not parsed.verdict_timeout_s > 0:
            raise ConfigurationError(f"verdict_timeout_s must be > 0, got {parsed.verdict_timeout_s!r}")
        for name in ("on_flag", "on_block"):
            if getattr(parsed, name) is not None and not callable(getattr(parsed, name)):
                raise ConfigurationError(f"{name} must be callable")
        keep = parsed.keep_verdicts
        if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
            raise ConfigurationError(f"keep_verdicts must be an int >= 1, got {parsed.keep_verdicts!r}")
        if not (parsed.audit is None or isinstance(parsed.audit, (bool, AuditLog))):
            raise ConfigurationError("audit must be an AuditLog, True, False or None")
        return parsed


_SHARED_AUDIT_LOGS: "dict[int, tuple[Any, AuditLog]]" = {}


def _audit_for(guard: "Guard", choice: AuditLog | bool | None) -> AuditLog | None:
    if isinstance(choice, AuditLog):
        return choice
    if choice is False:
        return None
    settings = guard.settings
    if choice is None and not settings.audit_enabled:
        return None
    if settings.audit_dir is None:
        return None
    # one AuditLog (one writer thread) per guard, shared by all its protect() calls
    entry = _SHARED_AUDIT_LOGS.get(id(guard))
    if entry is not None and entry[0]() is guard:
        return entry[1]
    log = AuditLog(settings.audit_dir, save_captures=settings.save_captures)
    key = id(guard)
    _SHARED_AUDIT_LOGS[key] = (weakref.ref(guard, lambda _ref: _SHARED_AUDIT_LOGS.pop(key, None)), log)
    return log


class _Controller:
    """State shared by the guarded objects of one ``protect()`` call (or one ``ComputerUseAdapter``)."""

    def __init__(self, guard: "Guard", options: GuardOptions) -> None:
        self.guard = guard
        self.options = options
        self.audit = _audit_for(guard, options.audit)
        self.stats: dict[str, int] = {
            "captures": 0, "actions": 0, "allowed": 0, "flagged": 0, "blocked": 0, "shadow_flagged": 0,
            "shadow_blocked": 0, "blind_captures": 0, "timeouts": 0, "ready_at_action": 0, "callback_errors": 0,
        }
        self._pages: dict[Any, GuardedPage] = {}
        self._contexts: dict[Any, GuardedContext] = {}
        self._handlers: dict[tuple[int, str, Any], Callable[..., Any]] = {}
        self.tasks: set[asyncio.Task[Verdict]] = set()  # classifications in flight, of every page

    # -- settings ----------------------------------------------------------------------------------------------

    @property
    def timeout(self) -> float:
        return self.options.verdict_timeout_s or float(self.guard.settings.verdict_timeout_s)

    @property
    def use_dom(self) -> bool:
        if self.options.dom_text is not None:
            return self.options.dom_text
        return "dom" in tuple(self.guard.channels)

    @property
    def dom_only(self) -> bool:
        return tuple(self.guard.channels) == ("dom",)

    # -- decisions ---------------------------------------------------------------------------------------------

    def redecide(self, verdict: Verdict, action: str, kind: ActionKind) -> Verdict:
        """The verdict of a capture, decided again for one action (per-action thresholds, shadow mode)."""
        policy = self.guard.policy
        if verdict.status is Status.OK and verdict.score is not None:
            thresholds = policy.thresholds_for(kind)
            raw = policy.decide(verdict.score, kind)
            decision, would = policy.enforce(raw)
            head = thresholds.explain(verdict.score, kind.value)
            tail = verdict.reason.partition("; ")[2]
            reason = head + (f"; {tail}" if tail else "")
            return dataclasses.replace(verdict, decision=decision, would_decide=would, action=action, reason=reason)
        if verdict.status is Status.ERROR:
            decision, would = policy.enforce(policy.on_failure())
            return dataclasses.replace(verdict, decision=decision, would_decide=would, action=action)
        return dataclasses.replace(verdict, action=action)

    async def enforce(self, verdict: Verdict, action: str, watch: "_Watch", record: "_CaptureRecord | None") -> None:
        """Act on an action's verdict: raise ActionBlocked, or let it run (flagging it first)."""
        self.stats["actions"] += 1
        watch.verdicts.append(verdict)
        if verdict.decision is Decision.BLOCK:
            self.stats["blocked"] += 1
            logger.warning("agent-guard BLOCKED %s on %s: %s", action, watch.describe(), verdict.reason)
            self.audit_verdict(verdict, record, watch, action=action)
            await self.callback("on_block", self.options.on_block, verdict, action)
            raise ActionBlocked(verdict, action)
        if verdict.decision is Decision.FLAG:
            self.stats["flagged"] += 1
            logger.warning("agent-guard flagged %s on %s: %s", action, watch.describe(), verdict.reason)
            self.audit_verdict(verdict, record, watch, action=action)
            await self.callback("on_flag", self.options.on_flag, verdict, action)
            return
        self.stats["allowed"] += 1
        if verdict.would_decide in (Decision.FLAG, Decision.BLOCK):
            self.stats["shadow_blocked" if verdict.would_decide is Decision.BLOCK else "shadow_flagged"] += 1
            logger.info(
                "agent-guard (shadow mode) would have %s %s on %s: %s",
                "blocked" if verdict.would_decide is Decision.BLOCK else "flagged", action, watch.describe(),
                verdict.reason,
            )
            self.audit_verdict(verdict, record, watch, action=action)

    async def callback(self, name: str, function: Callback | None, verdict: Verdict, action: str) -> None:
        if function is None:
            return
        try:
            result = function(verdict, action)
            if inspect.isawaitable(result):
                await result
        except Exception:  # noqa: BLE001 - a broken callback must not break the agent nor change the decision
            self.stats["callback_errors"] += 1
            logger.exception("agent-guard %s callback raised; ignored (the decision stands)", name)

    def audit_verdict(
        self, verdict: Verdict, record: "_CaptureRecord | None", watch: "_Watch", *, action: str | None = None
    ) -> None:
        if self.audit is None:
            return
        self.audit.submit(
            verdict,
            capture=record.data if record is not None else None,
            dom_text=record.dom_text if record is not None else None,
            url=record.url if record is not None else watch.url(),
            latency_ms=(
                verdict.timings_ms.get("gate_wait_ms") if action is not None
                else (record.latency_ms if record is not None else None)
            ),
            action=action,
        )

    # -- wrapping ----------------------------------------------------------------------------------------------

    def wrap_page(self, raw: Any) -> "GuardedPage":
        guarded = self._pages.get(raw)
        if guarded is None:
            guarded = GuardedPage(raw, self)
            self._pages[raw] = guarded
        return guarded

    def forget_page(self, raw: Any) -> None:
        self._pages.pop(raw, None)

    def wrap_context(self, raw: Any) -> "GuardedContext":
        guarded = self._contexts.get(raw)
        if guarded is None:
            guarded = GuardedContext(raw, self)
            self._contexts[raw] = guarded
        return guarded

    def wrap_value(self, value: Any, page: "GuardedPage | None") -> Any:
        """Wrap the Playwright objects in a result so that what they do is guarded too."""
        if value is None or isinstance(value, (str, bytes, bytearray, int, float, bool, dict, _Proxy)):
            return value
        if isinstance(value, list):
            return [self.wrap_value(item, page) for item in value]
        if isinstance(value, tuple):
            return tuple(self.wrap_value(item, page) for item in value)
        pw = _playwright_types()
        if pw is None:
            return value
        if isinstance(value, pw.Page):
            return self.wrap_page(value)
        if isinstance(value, pw.Locator):
            return GuardedLocator(value, self, self.wrap_page(value.page))
        if isinstance(value, pw.FrameLocator):
            return GuardedFrameLocator(value, self, page) if page is not None else value
        if isinstance(value, pw.Frame):
            try:
                owner = self.wrap_page(value.page)
            except Exception:  # noqa: BLE001 - a detached frame has no page
                return value
            return GuardedFrame(value, self, owner)
        if isinstance(value, pw.ElementHandle):
            return GuardedElementHandle(value, self, page) if page is not None else value
        if isinstance(value, pw.Mouse):
            return GuardedMouse(value, self, page) if page is not None else value
        if isinstance(value, pw.Keyboard):
            return GuardedKeyboard(value, self, page) if page is not None else value
        if isinstance(value, pw.Touchscreen):
            return GuardedTouchscreen(value, self, page) if page is not None else value
        if isinstance(value, pw.BrowserContext):
            return self.wrap_context(value)
        return value

    def wrap_result(self, result: Any, page: "GuardedPage | None") -> Any:
        if inspect.isawaitable(result):
            return self._await_and_wrap(result, page)
        if hasattr(result, "__aenter__") and hasattr(result, "_event"):  # expect_popup(), expect_page()...
            return _GuardedEventContext(result, self, page)
        return self.wrap_value(result, page)

    async def _await_and_wrap(self, awaitable: Awaitable[Any], page: "GuardedPage | None") -> Any:
        return self.wrap_value(await awaitable, page)

    def wrap_handler(self, raw_owner: Any, event: str, handler: Callable[..., Any], page: "GuardedPage | None") -> Any:
        key = (id(raw_owner), event, handler)
        wrapper = self._handlers.get(key)
        if wrapper is not None:
            return wrapper
        count = _positional_count(handler)

        def wrapper(*args: Any) -> Any:
            wrapped = [self.wrap_value(arg, page) for arg in args]
            return handler(*(wrapped if count is None else wrapped[:count]))

        self._handlers[key] = wrapper
        return wrapper

    def unwrap_handler(self, raw_owner: Any, event: str, handler: Callable[..., Any]) -> Any:
        return self._handlers.pop((id(raw_owner), event, handler), handler)


@functools.lru_cache(maxsize=1)
def _playwright_types() -> SimpleNamespace | None:
    try:
        import playwright.async_api as api
    except ImportError:
        return None
    return SimpleNamespace(
        Page=api.Page, BrowserContext=api.BrowserContext, Locator=api.Locator, FrameLocator=api.FrameLocator,
        Frame=api.Frame, ElementHandle=api.ElementHandle, Mouse=api.Mouse, Keyboard=api.Keyboard,
        Touchscreen=api.Touchscreen,
    )


def _positional_count(function: Callable[..., Any]) -> int | None:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD) for p in parameters)


def unwrap(value: Any) -> Any:
    """The raw Playwright object behind a guarded one (anything else is returned as is)."""
    if isinstance(value, _Proxy):
        return value._ag_raw
    if isinstance(value, list):
        return [unwrap(item) for item in value]
    if isinstance(value, tuple):
        return tuple(unwrap(item) for item in value)
    return value


def _unwrap_args(args: Sequence[Any], kwargs: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    return [unwrap(a) for a in args], {k: unwrap(v) for k, v in kwargs.items()}


# --------------------------------------------------------------------------------------------------------------
# One watched surface (a page, or a computer-use environment): captures, window, verdicts, the gate
# --------------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class _CaptureRecord:
    data: bytes
    sha256: str
    full: bool
    own: bool  # taken by the guard itself (acting blind), not by the agent
    epoch: int
    url: str | None
    taken_at: float
    task: "asyncio.Task[Verdict] | None" = None
    dom_text: str | None = None
    latency_ms: float | None = None


class _Watch:
    def __init__(
        self,
        ctl: _Controller,
        *,
        grab: Callable[[], Awaitable[bytes]],
        url: Callable[[], str | None],
        dom: Callable[[], Awaitable[str]] | None,
        is_closed: Callable[[], bool],
        label: str,
    ) -> None:
        self.ctl = ctl
        self._grab = grab
        self._url = url
        self._dom = dom
        self._is_closed = is_closed
        self.label = label
        self.epoch = 0
        self.window: list[_CaptureRecord] = []
        self.has_full = False
        self.latest: _CaptureRecord | None = None
        self.verdicts: collections.deque[Verdict] = collections.deque(maxlen=ctl.options.keep_verdicts)
        self._blind_lock: asyncio.Lock | None = None

    def url(self) -> str | None:
        try:
            return self._url()
        except Exception:  # noqa: BLE001
            return None

    def describe(self) -> str:
        url = self.url()
        return f"{self.label} {url}" if url else self.label

    def invalidate(self) -> None:
        """The surface changed (navigation): what was captured before no longer shows it."""
        self.epoch += 1
        self.window = []
        self.has_full = False

    # -- captures ----------------------------------------------------------------------------------------------

    def start_dom(self) -> "asyncio.Task[str] | None":
        if self._dom is None or not self.ctl.use_dom:
            return None
        return asyncio.ensure_future(self._dom())

    @staticmethod
    def discard(task: "asyncio.Task[Any] | None") -> None:
        if task is None:
            return
        task.cancel()
        task.add_done_callback(lambda t: t.cancelled() or t.exception())

    async def capture(self, take: Callable[[], Awaitable[bytes]], *, full: bool, own: bool = False) -> bytes:
        """Run ``take`` (the agent's screenshot call), return its bytes, and classify them in the background."""
        epoch = self.epoch
        dom_task = self.start_dom()
        try:
            data = await take()
        except BaseException:
            self.discard(dom_task)
            raise
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.record(bytes(data), full=full, own=own, epoch=epoch, dom_task=dom_task)
        else:  # not something we can classify (a caller's odd return value); leave it alone
            self.discard(dom_task)
        return data

    def record(
        self, data: bytes, *, full: bool, own: bool, epoch: int, dom_task: "asyncio.Task[str] | None"
    ) -> _CaptureRecord:
        record = _CaptureRecord(
            data=data, sha256=hashlib.sha256(data).hexdigest(), full=full, own=own, epoch=epoch, url=self.url(),
            taken_at=time.perf_counter(),
        )
        task = asyncio.ensure_future(self._classify(record, dom_task))
        record.task = task
        self.ctl.tasks.add(task)
        task.add_done_callback(self.ctl.tasks.discard)
        self.ctl.stats["captures"] += 1
        self.latest = record
        stale = epoch != self.epoch  # the page navigated while the screenshot was being taken
        if full and not own and not stale:
            self.window = [record]  # a fresh full view of the page supersedes what came before it
        else:
            self.window.append(record)  # partial (or stale) views add to it: the agent saw them too
            if len(self.window) > _MAX_WINDOW:
                self._compact()
        if full and not stale:
            self.has_full = True
        return record

    def _compact(self) -> None:
        """Keep a long window small: of the captures already judged, the highest score and the latest error
        decide every action the same way as all of them would (thresholds are monotonic in the score)."""
        best_ok: _CaptureRecord | None = None
        last_error: _CaptureRecord | None = None
        kept: list[_CaptureRecord] = []
        for record in self.window:
            task = record.task
            if task is None or not task.done() or task.cancelled() or task.exception() is not None:
                kept.append(record)
                continue
            verdict = task.result()
            if verdict.status is Status.OK and verdict.score is not None:
                if best_ok is None or verdict.score >= (best_ok.task.result().score or 0.0):  # type: ignore[union-attr]
                    best_ok = record
            else:
                last_error = record
        self.window = [r for r in self.window if r in kept or r is best_ok or r is last_error]

    async def _classify(self, record: _CaptureRecord, dom_task: "asyncio.Task[str] | None") -> Verdict:
        guard = self.ctl.guard
        dom_text: str | None = None
        dom_error: BaseException | None = None
        if dom_task is not None:
            await asyncio.wait({dom_task}, timeout=self.ctl.timeout)
            if not dom_task.done():
                self.discard(dom_task)
                dom_error = VerdictTimeoutError(f"no DOM text within {self.ctl.timeout:.3g} s")
            elif dom_task.cancelled():
                dom_error = GuardError("DOM text extraction was cancelled")
            elif dom_task.exception() is not None:  # closed page, navigation in flight...
                dom_error = dom_task.exception()
            else:
                dom_text = dom_task.result()
            if dom_error is not None:
                logger.debug("no DOM text for the capture of %s: %r", self.describe(), dom_error)
        record.dom_text = dom_text
        try:
            if dom_error is not None and self.ctl.dom_only:
                verdict = guard.verdict_for_error(
                    GuardError(f"could not read the page's DOM text for a DOM-only guard model: {dom_error}")
                )
            else:
                verdict = await guard.check(record.data, dom_text=dom_text)
        except Exception as exc:  # noqa: BLE001 - guard.check never raises by contract; a bug must not either
            verdict = guard.verdict_for_error(GuardError(f"internal error: {exc!r}"))
        if verdict.capture_sha256 is None:
            verdict = dataclasses.replace(verdict, capture_sha256=record.sha256)
        record.latency_ms = (time.perf_counter() - record.taken_at) * 1000
        self.verdicts.append(verdict)
        self.ctl.audit_verdict(verdict, record, self)
        return verdict

    async def latest_verdict(self) -> Verdict | None:
        record = self.latest
        if record is None or record.task is None:
            return None
        return await asyncio.shield(record.task)

    # -- gate --------------------------------------------------------------------------------------------------

    async def verdict_for(
        self, action: str, kind: ActionKind | None = None
    ) -> tuple[Verdict, _CaptureRecord | None]:
        """The verdict an action would get now, and the capture it came from. Never raises ActionBlocked."""
        kind = kind or action_kind(action)
        guard = self.ctl.guard
        started = time.perf_counter()
        if self._is_closed():
            return guard.skipped_verdict("the page is closed; the action fails on its own", action), None
        for _attempt in range(3):  # a navigation during the guard's own capture empties the window again
            if self.has_full and self.window:
                break
            blind = await self._blind(action)
            if blind is not None:
                return blind
        window = list(self.window)
        tasks = [record.task for record in window if record.task is not None]
        ready = all(task.done() for task in tasks)
        if ready:
            self.ctl.stats["ready_at_action"] += 1
        remaining = max(0.0, self.ctl.timeout - (time.perf_counter() - started))
        pending: set[Any] = set()
        if not ready:
            _, pending = await asyncio.wait(tasks, timeout=remaining)
        candidates: list[tuple[Verdict, _CaptureRecord]] = []
        for record in window:
            assert record.task is not None
            if record.task in pending:
                self.ctl.stats["timeouts"] += 1
                error = VerdictTimeoutError(
                    f"no verdict for the capture of {self.describe()} within {self.ctl.timeout:.3g} s"
                )
                timed_out = dataclasses.replace(guard.verdict_for_error(error, action), capture_sha256=record.sha256)
                candidates.append((timed_out, record))
            else:
                candidates.append((self.ctl.redecide(self._task_verdict(record), action, kind), record))
        if not candidates:  # cannot happen with has_full, but never act on nothing
            error = GuardError(f"no capture of {self.describe()} to judge {action} by")
            return guard.verdict_for_error(error, action), None
        verdict, record = max(candidates, key=lambda c: _severity(c[0]))
        waited_ms = (time.perf_counter() - started) * 1000
        verdict = dataclasses.replace(
            verdict, timings_ms={**verdict.timings_ms, "gate_wait_ms": waited_ms, "ready": float(ready)}
        )
        return verdict, record

    def _task_verdict(self, record: _CaptureRecord) -> Verdict:
        task = record.task
        assert task is not None and task.done()
        if task.cancelled() or task.exception() is not None:
            detail = "cancelled" if task.cancelled() else repr(task.exception())
            error = GuardError(f"the classification of the capture failed: {detail}")
            return dataclasses.replace(self.ctl.guard.verdict_for_error(error), capture_sha256=record.sha256)
        return task.result()

    async def _blind(self, action: str) -> tuple[Verdict, _CaptureRecord | None] | None:
        guard = self.ctl.guard
        policy = self.ctl.options.blind_policy
        if policy == "allow":
            return guard.skipped_verdict(f"no capture of the current page before {action} (blind_policy='allow')",
                                         action), None
        if policy == "fail":
            error = GuardError(f"acting blind: no capture of {self.describe()} before {action} (blind_policy='fail')")
            return guard.verdict_for_error(error, action), None
        if self._blind_lock is None:
            self._blind_lock = asyncio.Lock()
        async with self._blind_lock:
            if self.has_full and self.window:
                return None  # another action captured it meanwhile
            try:
                await asyncio.wait_for(self.capture(self._grab, full=True, own=True), self.ctl.timeout)
            except Exception as exc:  # noqa: BLE001 - Playwright errors, timeouts
                if self._is_closed():
                    return guard.skipped_verdict("the page is closed; the action fails on its own", action), None
                error = GuardError(f"could not capture {self.describe()} before {action}: {exc}")
                return guard.verdict_for_error(error, action), None
            self.ctl.stats["blind_captures"] += 1
        return None

    async def gate(self, action: str, kind: ActionKind | None = None) -> Verdict:
        verdict, record = await self.verdict_for(action, kind)
        await self.ctl.enforce(verdict, action, self, record)
        return verdict


def _severity(verdict: Verdict) -> tuple[int, int, float]:
    effective = verdict.would_decide or verdict.decision
    return (_SEVERITY[effective], int(verdict.status is Status.ERROR), verdict.score or 0.0)


# --------------------------------------------------------------------------------------------------------------
# Guarded Playwright objects
# --------------------------------------------------------------------------------------------------------------


class _Proxy:
    """Delegates to a Playwright object; methods named in ``_ag_actions`` wait for the page's verdict first."""

    _ag_actions: frozenset[str] = frozenset()
    _ag_prefix = ""

    def __init__(self, raw: Any, ctl: _Controller, page: "GuardedPage | None") -> None:
        self._ag_raw = raw
        self._ag_ctl = ctl
        self._ag_page = page

    @property
    def raw(self) -> Any:
        """The wrapped Playwright object (unguarded: actions through it are not checked)."""
        return self._ag_raw

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_ag_") or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(name)
        attribute = getattr(self._ag_raw, name)
        if name in self._ag_actions and callable(attribute) and self._ag_page is not None:
            return self._ag_gated(self._ag_prefix + name, attribute)
        if callable(attribute):
            return self._ag_delegate(attribute)
        return self._ag_ctl.wrap_value(attribute, self._ag_page)

    def _ag_gated(self, action: str, method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        page, ctl = self._ag_page, self._ag_ctl
        assert page is not None

        kind = _EXTRA_KINDS.get(action.rsplit(".", 1)[-1]) or action_kind(action)

        @functools.wraps(method)
        async def gated(*args: Any, **kwargs: Any) -> Any:
            await page._ag_watch.gate(action, kind)
            raw_args, raw_kwargs = _unwrap_args(args, kwargs)
            return ctl.wrap_value(await method(*raw_args, **raw_kwargs), page)

        return gated

    def _ag_delegate(self, method: Callable[..., Any]) -> Callable[..., Any]:
        page, ctl = self._ag_page, self._ag_ctl

        @functools.wraps(method)
        def delegate(*args: Any, **kwargs: Any) -> Any:
            raw_args, raw_kwargs = _unwrap_args(args, kwargs)
            return ctl.wrap_result(method(*raw_args, **raw_kwargs), page)

        return delegate

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Proxy):
            return self._ag_raw is other._ag_raw
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._ag_raw)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._ag_raw!r}>"


class ProtectedTarget:
    """What ``guard.protect(...)`` returns: usable directly, or as ``async with guard.protect(x) as guarded:``.

    Leaving the ``async with`` block does not close the page/context; it waits for the verdicts in flight (each is
    bounded by the verdict timeout) and flushes the audit log.
    """

    _ag_ctl: _Controller

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.drain()

    async def drain(self) -> None:
        """Wait for every classification in flight and for the audit log to be written."""
        while self._ag_ctl.tasks:
            await asyncio.gather(*list(self._ag_ctl.tasks), return_exceptions=True)
        if self._ag_ctl.audit is not None:
            await self._ag_ctl.audit.aflush()

    @property
    def guard_stats(self) -> dict[str, int]:
        """Counters of this protect() call: captures, actions, allowed/flagged/blocked, blind captures, timeouts..."""
        return self._ag_ctl.stats


class _WatchedMixin:
    _ag_watch: _Watch

    @property
    def verdicts(self) -> list[Verdict]:
        """The page's latest ``keep_verdicts`` verdicts: captures' (``action`` None) and gated actions', in order."""
        return list(self._ag_watch.verdicts)

    async def latest_verdict(self) -> Verdict | None:
        """The verdict of the latest capture (waiting for it if needed); None when nothing was captured yet."""
        return await self._ag_watch.latest_verdict()

    async def verdict_for(self, action: str = "click") -> Verdict:
        """The verdict ``action`` would get now (taking a capture if blind), without acting or raising."""
        verdict, _ = await self._ag_watch.verdict_for(action)
        return verdict


class GuardedPage(_WatchedMixin, ProtectedTarget, _Proxy):
    """A Playwright ``Page`` whose screenshots are classified and whose actions are gated."""

    _ag_actions = PAGE_ACTIONS

    def __init__(self, raw: Any, ctl: _Controller) -> None:
        _Proxy.__init__(self, raw, ctl, None)
        self._ag_page = self

        async def dom() -> str:
            from agent_guard.domtext import extract_dom_text  # only needed when DOM text is on

            return await extract_dom_text(raw)

        watch = self._ag_watch = _Watch(
            ctl, grab=lambda: raw.screenshot(), url=lambda: raw.url, dom=dom, is_closed=raw.is_closed, label="page"
        )

        # Plain one-argument functions: Playwright passes as many arguments as the signature takes.
        def on_navigated(frame: Any) -> None:
            if frame.parent_frame is None:
                watch.invalidate()

        def on_load(_page: Any) -> None:
            watch.invalidate()

        def on_popup(popup: Any) -> None:
            ctl.wrap_page(popup)

        def on_close(_page: Any) -> None:
            ctl.forget_page(raw)

        raw.on("framenavigated", on_navigated)
        raw.on("load", on_load)
        raw.on("popup", on_popup)
        raw.on("close", on_close)

    async def screenshot(self, *args: Any, **kwargs: Any) -> bytes:
        """``Page.screenshot``: the bytes come back at once; the guard classifies them meanwhile."""
        raw_args, raw_kwargs = _unwrap_args(args, kwargs)
        full = raw_kwargs.get("clip") is None
        return await self._ag_watch.capture(lambda: self._ag_raw.screenshot(*raw_args, **raw_kwargs), full=full)

    def on(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.on(event, self._ag_ctl.wrap_handler(self._ag_raw, event, f, self))

    def once(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.once(event, self._ag_ctl.wrap_handler(self._ag_raw, event, f, self))

    def remove_listener(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.remove_listener(event, self._ag_ctl.unwrap_handler(self._ag_raw, event, f))

    def __repr__(self) -> str:
        try:
            url = self._ag_raw.url
        except Exception:  # noqa: BLE001
            url = "?"
        return f"<GuardedPage url={url!r}>"


class GuardedContext(ProtectedTarget, _Proxy):
    """A Playwright ``BrowserContext`` whose pages (existing, new, pop-ups) are all guarded."""

    def __init__(self, raw: Any, ctl: _Controller) -> None:
        _Proxy.__init__(self, raw, ctl, None)

        def on_page(page: Any) -> None:
            ctl.wrap_page(page)

        raw.on("page", on_page)
        for page in raw.pages:
            ctl.wrap_page(page)

    def wrap(self, page: Any) -> GuardedPage:
        """Guard any raw page (one obtained elsewhere) with this context's guard and options."""
        return self._ag_ctl.wrap_page(unwrap(page))

    @property
    def pages(self) -> list[GuardedPage]:
        return [self._ag_ctl.wrap_page(page) for page in self._ag_raw.pages]

    async def new_page(self) -> GuardedPage:
        return self._ag_ctl.wrap_page(await self._ag_raw.new_page())

    def on(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.on(event, self._ag_ctl.wrap_handler(self._ag_raw, event, f, None))

    def once(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.once(event, self._ag_ctl.wrap_handler(self._ag_raw, event, f, None))

    def remove_listener(self, event: str, f: Callable[..., Any]) -> None:
        self._ag_raw.remove_listener(event, self._ag_ctl.unwrap_handler(self._ag_raw, event, f))

    @property
    def verdicts(self) -> list[Verdict]:
        """Every verdict of every open guarded page of this context (page by page)."""
        return [v for page in list(self._ag_ctl._pages.values()) for v in page._ag_watch.verdicts]


class GuardedLocator(_Proxy):
    _ag_actions = LOCATOR_ACTIONS
    _ag_prefix = "locator."

    async def screenshot(self, *args: Any, **kwargs: Any) -> bytes:
        """A partial capture: classified, and it can block, but it never clears the page on its own."""
        assert self._ag_page is not None
        raw_args, raw_kwargs = _unwrap_args(args, kwargs)
        return await self._ag_page._ag_watch.capture(
            lambda: self._ag_raw.screenshot(*raw_args, **raw_kwargs), full=False
        )


class GuardedElementHandle(GuardedLocator):
    _ag_actions = ELEMENT_ACTIONS
    _ag_prefix = "element."


class GuardedFrameLocator(_Proxy):
    pass


class GuardedFrame(_Proxy):
    _ag_actions = FRAME_ACTIONS
    _ag_prefix = "frame."


class GuardedMouse(_Proxy):
    _ag_actions = MOUSE_ACTIONS
    _ag_prefix = "mouse."


class GuardedKeyboard(_Proxy):
    _ag_actions = KEYBOARD_ACTIONS
    _ag_prefix = "keyboard."


class GuardedTouchscreen(_Proxy):
    _ag_actions = TOUCHSCREEN_ACTIONS
    _ag_prefix = "touchscreen."


class _GuardedEventInfo:
    def __init__(self, info: Any, ctl: _Controller, page: GuardedPage | None) -> None:
        self._info, self._ctl, self._page = info, ctl, page

    @property
    async def value(self) -> Any:
        return self._ctl.wrap_value(await self._info.value, self._page)

    def is_done(self) -> bool:
        return bool(self._info.is_done())


class _GuardedEventContext:
    """``page.expect_popup()`` and friends: the awaited value comes back guarded."""

    def __init__(self, raw: Any, ctl: _Controller, page: GuardedPage | None) -> None:
        self._raw, self._ctl, self._page = raw, ctl, page

    async def __aenter__(self) -> _GuardedEventInfo:
        return _GuardedEventInfo(await self._raw.__aenter__(), self._ctl, self._page)

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._raw.__aexit__(*exc)


def protect(guard: "Guard", target: Any, **options: Any) -> ProtectedTarget:
    """Guard a Playwright (async API) ``Page`` or ``BrowserContext``; see the module docstring."""
    parsed = GuardOptions.parse(options)
    if isinstance(target, _Proxy):
        raise ConfigurationError(f"{target!r} is already guarded; protect the raw object (unwrap(target))")
    pw = _playwright_types()
    if pw is None:
        raise missing_dependency("playwright", "browser")
    ctl = _Controller(guard, parsed)
    if isinstance(target, pw.Page):
        return ctl.wrap_page(target)
    if isinstance(target, pw.BrowserContext):
        return ctl.wrap_context(target)
    raise ConfigurationError(
        f"protect() takes a Playwright async-API Page or BrowserContext, got {type(target).__module__}."
        f"{type(target).__name__}; for other agent loops use agent_guard.middleware.ComputerUseAdapter"
    )


# --------------------------------------------------------------------------------------------------------------
# Agent loops that are not raw Playwright
# --------------------------------------------------------------------------------------------------------------

DEFAULT_ADAPTER_ACTIONS: Mapping[str, ActionKind] = {
    "click": ActionKind.CLICK,
    "double_click": ActionKind.CLICK,
    "type": ActionKind.TYPE,
    "key": ActionKind.TYPE,
    "scroll": ActionKind.POINTER,
    "move": ActionKind.POINTER,
    "drag": ActionKind.POINTER,
    "navigate": ActionKind.NAVIGATE,
}


class ComputerUseAdapter(_WatchedMixin, ProtectedTarget):
    """Screenshot hook and action gate for any environment with ``screenshot() -> bytes`` and action methods.

        env = ComputerUseAdapter(guard, my_env)                  # same options as guard.protect()
        shot = await env.screenshot()                            # classified in the background
        await env.click(120, 40)                                 # waits for the verdict; may raise ActionBlocked

    ``actions``: the method names to gate (a sequence, or a mapping name -> ``ActionKind`` for per-action
    thresholds; default ``DEFAULT_ADAPTER_ACTIONS``). Methods may be plain or async; the adapter's are async.
    ``navigation_actions``: after these, the screen is considered changed (the next action without a new
    screenshot is "blind"). ``screenshot()`` may return bytes or a PIL image (sent as PNG). ``url``: an optional
    callable giving the current URL/location for the audit log. ``dom_text``: an optional callable (plain or
    async) giving text to classify with each capture when the guard model reads DOM text. Plain (non-async)
    environment methods run on the event loop's thread: keep them quick, or make them async.
    """

    def __init__(
        self,
        guard: "Guard",
        env: Any,
        *,
        actions: Sequence[str] | Mapping[str, ActionKind | str] | None = None,
        navigation_actions: Sequence[str] = ("navigate",),
        screenshot_method: str = "screenshot",
        url: Callable[[], str | None] | None = None,
        dom_text: Callable[[], Any] | None = None,
        **options: Any,
    ) -> None:
        parsed = GuardOptions.parse(options)
        self._ag_env = env
        self._ag_ctl = _Controller(guard, parsed)
        if actions is None:
            kinds: dict[str, ActionKind] = dict(DEFAULT_ADAPTER_ACTIONS)
        elif isinstance(actions, Mapping):
            kinds = {name: ActionKind(kind) for name, kind in actions.items()}
        else:
            kinds = {name: DEFAULT_ADAPTER_ACTIONS.get(name, action_kind(name)) for name in actions}
        self._ag_kinds = kinds
        self._ag_navigation = frozenset(navigation_actions)
        if not callable(getattr(env, screenshot_method, None)):
            raise ConfigurationError(f"{type(env).__name__} has no callable {screenshot_method!r} method")
        self._ag_screenshot_method = screenshot_method
        async def dom_source() -> str:
            assert dom_text is not None
            value = dom_text()
            if inspect.isawaitable(value):
                value = await value
            return str(value)

        self._ag_watch = _Watch(
            self._ag_ctl, grab=self._ag_grab, url=url or (lambda: None), dom=dom_source if dom_text else None,
            is_closed=lambda: False, label=type(env).__name__,
        )

    @property
    def env(self) -> Any:
        """The wrapped environment (unguarded)."""
        return self._ag_env

    async def _ag_grab(self, *args: Any, **kwargs: Any) -> bytes:
        result = getattr(self._ag_env, self._ag_screenshot_method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return _as_image_bytes(result)

    async def screenshot(self, *args: Any, **kwargs: Any) -> bytes:
        return await self._ag_watch.capture(lambda: self._ag_grab(*args, **kwargs), full=True)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_ag_") or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(name)
        attribute = getattr(self._ag_env, name)
        if name not in self._ag_kinds or not callable(attribute):
            return attribute
        kind = self._ag_kinds[name]
        watch = self._ag_watch
        navigation = name in self._ag_navigation

        @functools.wraps(attribute)
        async def gated(*args: Any, **kwargs: Any) -> Any:
            await watch.gate(name, kind)
            try:
                result = attribute(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
            finally:
                if navigation:
                    watch.invalidate()
            return result

        return gated

    def __repr__(self) -> str:
        return f"<ComputerUseAdapter {self._ag_env!r}>"


def _as_image_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a core dependency
        Image = None  # type: ignore[assignment]
    if Image is not None and isinstance(value, Image.Image):
        buffer = io.BytesIO()
        value.save(buffer, format="PNG")
        return buffer.getvalue()
    raise GuardError(f"screenshot() returned {type(value).__name__}; expected bytes or a PIL image")


__all__ = [
    "protect", "unwrap", "GuardOptions", "ProtectedTarget", "GuardedPage", "GuardedContext", "GuardedLocator",
    "GuardedFrame", "GuardedFrameLocator", "GuardedElementHandle", "GuardedMouse", "GuardedKeyboard",
    "GuardedTouchscreen", "ComputerUseAdapter", "DEFAULT_ADAPTER_ACTIONS", "PAGE_ACTIONS", "LOCATOR_ACTIONS",
    "FRAME_ACTIONS", "ELEMENT_ACTIONS", "MOUSE_ACTIONS", "KEYBOARD_ACTIONS", "TOUCHSCREEN_ACTIONS", "BLIND_POLICIES",
    "ActionBlocked",
]

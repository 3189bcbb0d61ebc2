"""The ``agent-guard`` command: scan, train, eval, calibrate, collect, corpus.

Every subcommand exits 0 on success and 2 on bad input, printing a message and never a Python traceback for an
error it anticipated (anything in the ``GuardError`` family, a bad argument, a missing file).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from agent_guard.errors import ConfigurationError, GuardError

if TYPE_CHECKING:
    from agent_guard.audit import AuditLog
    from agent_guard.guard import Guard
    from agent_guard.pagescan import PageScanner
    from agent_guard.types import Verdict

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _add_model_arguments(parser: argparse.ArgumentParser, *, threshold_overrides: bool = True) -> None:
    """``--model`` and ``--allow-untrained-weights``; with ``threshold_overrides``, ``--block-threshold`` and
    ``--flag-threshold`` too (not for ``calibrate``, which sets the thresholds)."""
    parser.add_argument("--model", type=Path, default=None, help="guard-model folder (default: the bundled guard)")
    if threshold_overrides:
        parser.add_argument("--block-threshold", type=float, default=None, help="override the model's block threshold")
        parser.add_argument("--flag-threshold", type=float, default=None, help="override the model's flag threshold")
    parser.add_argument(
        "--allow-untrained-weights", action="store_true",
        help="let the image channel run on random weights (plumbing tests only: it detects nothing)",
    )


def guard_from_args(args: argparse.Namespace) -> "Guard":
    from agent_guard.guard import Guard

    overrides: dict[str, Any] = {  # settings overrides: Guard(**overrides) checks them
        key: value
        for key, value in (
            ("block_threshold", args.block_threshold),
            ("flag_threshold", args.flag_threshold),
            ("allow_untrained_weights", True if args.allow_untrained_weights else None),
        )
        if value is not None
    }
    return Guard(args.model, audit_enabled=False, **overrides)


def run_scan(args: argparse.Namespace) -> int:
    from agent_guard.pagescan import PageScanner, check_scan_options, page_address, parse_viewport

    viewport = parse_viewport(args.viewport)
    check_scan_options(viewport, args.settle_ms, args.load_timeout)
    if args.save_captures is not None and args.audit_dir is None:
        raise ConfigurationError("--save-captures needs --audit-dir (where the captures go)")
    is_page = [page_address(target) is not None for target in args.files]
    guard = guard_from_args(args)
    audit = None
    try:
        if args.audit_dir is not None:
            from agent_guard.audit import AuditLog

            audit = AuditLog(args.audit_dir, save_captures=args.save_captures or guard.settings.save_captures)
        scanner = None
        if any(is_page):
            # Chromium itself starts at the first page target.
            scanner = PageScanner(guard, viewport=viewport, settle_ms=args.settle_ms,
                                  load_timeout_s=args.load_timeout, audit=audit)
        return asyncio.run(_scan_targets(args, guard, scanner, audit, is_page))
    finally:
        if audit is not None:
            audit.close()
        guard.close()


async def _scan_targets(
    args: argparse.Namespace, guard: "Guard", scanner: "PageScanner | None", audit: "AuditLog | None",
    is_page: list[bool],
) -> int:
    any_failed = False
    async with contextlib.AsyncExitStack() as stack:
        opened = False
        for target, page in zip(args.files, is_page, strict=True):
            url = http_status = None
            if page:
                assert scanner is not None
                if not opened:
                    await stack.enter_async_context(scanner)
                    opened = True
                scan = await scanner.scan(target)
                verdict, url, http_status = scan.verdict, scan.url, scan.http_status
            else:
                verdict = guard.check_sync(Path(target))
                if audit is not None:
                    audit.submit(verdict, capture=_file_bytes(Path(target)))
            any_failed |= verdict.status.value == "error"
            _print_verdict(args, target, verdict, url=url, http_status=http_status)
    return EXIT_BAD_INPUT if any_failed else EXIT_OK


def _file_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None  # its verdict already says why it could not be read


def _print_verdict(
    args: argparse.Namespace, target: str, verdict: "Verdict", *, url: str | None, http_status: int | None
) -> None:
    if args.json:
        print(json.dumps({
            "path": target,
            "score": None if verdict.score is None else round(verdict.score, 6),
            "decision": verdict.decision.value,
            "status": verdict.status.value,
            "error": verdict.error,
            "reason": verdict.reason,
            "top_instance": verdict.top_instance,
            "text_sources": list(verdict.text_sources),
            "model_id": verdict.model_id,
            "thresholds": dict(verdict.thresholds),
            "url": url,
            "http_status": http_status,
        }), flush=True)
    else:
        score = "  n/a" if verdict.score is None else f"{verdict.score:.3f}"
        print(f"{verdict.decision.value.upper():5}  {score}  {target}  {verdict.reason}", flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-guard", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    scan = sub.add_parser("scan", help="classify screenshots, or web pages as an agent would see them")
    scan.add_argument(
        "files", nargs="+", metavar="TARGET",
        help="PNG/JPEG/WebP captures; http(s):// or file:// URLs and .html files are opened in Chromium and scanned "
        "with their DOM text when the model reads it",
    )
    scan.add_argument("--json", action="store_true", help="one JSON object per input line")
    scan.add_argument("--viewport", default="1280x720", help="page targets: browser viewport WIDTHxHEIGHT")
    scan.add_argument("--settle-ms", type=int, default=1000,
                      help="page targets: wait after the load event, for pop-ups that open late (ms)")
    scan.add_argument("--load-timeout", type=float, default=30.0, help="page targets: seconds to wait for loading")
    scan.add_argument("--audit-dir", type=Path, default=None,
                      help="write every verdict to the audit log in this folder (for `agent-guard collect`)")
    scan.add_argument("--save-captures", choices=("none", "flagged", "all"), default=None,
                      help="with --audit-dir: which captures (and DOM text) to keep (default: flagged)")
    _add_model_arguments(scan)
    scan.set_defaults(handler=run_scan)

    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Subcommands whose modules pull in more; registered by the module that implements them."""
    try:
        from agent_guard.training.cli import add_training_commands
    except ImportError:
        pass
    else:
        add_training_commands(sub, _add_model_arguments)
    try:
        from agent_guard.corpus import add_corpus_arguments, run_corpus_command
    except ImportError:
        pass
    else:
        corpus = sub.add_parser("corpus", help="render the synthetic screenshot corpus with Chromium")
        add_corpus_arguments(corpus)
        corpus.set_defaults(handler=run_corpus_command)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except GuardError as exc:
        print(f"agent-guard {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"agent-guard {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

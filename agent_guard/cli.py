"""The ``agent-guard`` command: scan, train, eval, collect, corpus.

Every subcommand exits 0 on success and 2 on bad input, printing a message and never a Python traceback for an
error it anticipated (anything in the ``GuardError`` family, a bad argument, a missing file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from agent_guard.errors import GuardError

if TYPE_CHECKING:
    from agent_guard.guard import Guard

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _add_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, default=None, help="guard-model folder (default: the bundled guard)")
    parser.add_argument("--block-threshold", type=float, default=None, help="override the model's block threshold")
    parser.add_argument("--flag-threshold", type=float, default=None, help="override the model's flag threshold")
    parser.add_argument(
        "--allow-untrained-weights", action="store_true",
        help="let the image channel run on random weights (plumbing tests only: it detects nothing)",
    )


def guard_from_args(args: argparse.Namespace) -> "Guard":
    from agent_guard.guard import Guard

    overrides = {
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
    guard = guard_from_args(args)
    any_unreadable = False
    try:
        for name in args.files:
            verdict = guard.check_sync(Path(name))
            unreadable = verdict.status.value == "error"
            any_unreadable |= unreadable
            if args.json:
                print(json.dumps({
                    "path": name,
                    "score": None if verdict.score is None else round(verdict.score, 6),
                    "decision": verdict.decision.value,
                    "status": verdict.status.value,
                    "error": verdict.error,
                    "reason": verdict.reason,
                    "top_instance": verdict.top_instance,
                    "model_id": verdict.model_id,
                    "thresholds": dict(verdict.thresholds),
                }), flush=True)
            else:
                score = "  n/a" if verdict.score is None else f"{verdict.score:.3f}"
                print(f"{verdict.decision.value.upper():5}  {score}  {name}  {verdict.reason}", flush=True)
    finally:
        guard.close()
    return EXIT_BAD_INPUT if any_unreadable else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-guard", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    scan = sub.add_parser("scan", help="classify screenshots with a guard model")
    scan.add_argument("files", nargs="+", help="PNG/JPEG/WebP captures")
    scan.add_argument("--json", action="store_true", help="one JSON object per input line")
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

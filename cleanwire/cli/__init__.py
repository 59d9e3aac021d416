"""The ``cleanwire`` command: clean text files or JSON Lines from the shell.

The library never prints; this package is the only place that reads files,
writes to stdout/stderr and turns errors into exit codes. Output is always
UTF-8, whatever the locale says. :mod:`.parser` holds the command line,
:mod:`.streams` the input and output, :mod:`.jsonl` the JSON Lines mode; this
module runs them (``main``) and holds the plain-text mode.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..api import Cleaner
from ..errors import RuleError, UnknownNameError
from ..explain import format_trace
from ..options import show_value
from ..registry import default_registry
from ..result import Result
from .jsonl import run_jsonl
from .parser import build_parser, parse_options, split_names
from .streams import (
    BROKEN_PIPE,
    FAILED,
    INTERRUPTED,
    OK,
    STDIN,
    USAGE,
    InputError,
    Stderr,
    Stdout,
    UsageError,
    codec_for,
    display_name,
    isatty,
    read_text,
)

# Seconds between two progress lines.
_PROGRESS_EVERY = 2.0


def _make_cleaner(args: argparse.Namespace) -> Cleaner:
    try:
        cleaner = Cleaner(
            registry=default_registry(),
            disable=split_names(args.disable),
            enable=split_names(args.enable),
            options=parse_options(args.option),
            lang=args.lang,
            metadata="keep" if args.keep_metadata else "strip",
        )
    except UnknownNameError as exc:
        raise UsageError(f"{exc}; cleanwire --list-rules shows the rules and their options") from None
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from None
    return cleaner


def _list_rules(cleaner: Cleaner, out: Stdout) -> None:
    rows = [("RULE", "KIND", "STATE", "LANG", "OPTIONS", "SUMMARY")]
    changed = False
    for info in cleaner.registry.describe():
        state = "on" if info.enabled else "off"
        if info.enabled != info.default:
            state += "*"
            changed = True
        values = {**info.options, **cleaner.config.options.get(info.name, {})}
        opts = " ".join(f"{k}={show_value(v)}" for k, v in values.items()) or "-"
        lang = ",".join(info.languages) if info.languages is not None else "all"
        rows.append((info.name, info.kind, state, lang, opts, info.summary.replace("``", "")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
    if changed:
        out.write("* differs from the default (--enable/--disable)\n")


def _run_text(args: argparse.Namespace, cleaner: Cleaner, out: Stdout, err: Stderr) -> int:
    codec, status = codec_for(args.encoding), OK
    names = args.files or [STDIN]
    for done, name in enumerate(names, 1):
        try:
            text = read_text(name, args.encoding, codec)
            result = cleaner.explain(text)
        except InputError as exc:
            err.message(f"error: {exc}")
            status = USAGE
            continue
        except RuleError as exc:
            err.message(f"error: {display_name(name)}: {exc}")
            status = max(status, FAILED)
            continue
        if result.text:
            out.write(result.text + "\n")
            out.flush()  # before the trace, so a terminal shows them in order
        if args.explain:
            head = f"==> {display_name(name)} <==\n" if len(names) > 1 else ""
            err.write(head + format_trace(result))
        elif args.explain_json:
            _write_json_trace(result, display_name(name), err)
        err.tick(done, "files")
    err.finish(len(names), "files")
    return status


def _write_json_trace(result: Result, name: str, err: Stderr) -> None:
    for r in result.records:
        err.write(json.dumps({"file": name, **r.to_dict()}, ensure_ascii=False) + "\n")


def _run(args: argparse.Namespace, out: Stdout, err: Stderr) -> int:
    if args.field is not None and not args.jsonl:
        raise UsageError("--field only applies to --jsonl")
    cleaner = _make_cleaner(args)
    if args.list_rules:
        _list_rules(cleaner, out)
        return OK
    codec_for(args.encoding)  # an unknown encoding is a usage error before anything is read
    if not args.files and isatty(sys.stdin):
        err.message("reading from the terminal; end the input with Ctrl-D (Ctrl-Z Enter on Windows)")
    run = run_jsonl if args.jsonl else _run_text
    return run(args, cleaner, out, err)


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else USAGE
    interactive = isatty(sys.stderr)
    err = Stderr(sys.stderr, args.progress if args.progress is not None else interactive, _PROGRESS_EVERY)
    try:
        out = Stdout(sys.stdout)
        try:
            status = _run(args, out, err)
        finally:
            out.flush()
    except UsageError as exc:
        err.message(f"error: {exc}")
        return USAGE
    except KeyboardInterrupt:
        err.end_line()
        return INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    return status


def console_main() -> None:
    """Entry point of the ``cleanwire`` console script."""
    raise SystemExit(main())

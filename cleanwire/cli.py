"""The ``cleanwire`` command: clean text files or JSON Lines from the shell.

The library never prints; this module is the only place that reads files,
writes to stdout/stderr and turns errors into exit codes. Output is always
UTF-8, whatever the locale says.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any, BinaryIO, TextIO

from . import __version__
from .api import Cleaner
from .errors import RuleError, UnknownNameError
from .explain import format_trace
from .registry import default_registry
from .result import Result

OK, FAILED, USAGE, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 130, 141
STDIN = "-"
_STDIN_NAME = "<stdin>"
# Seconds between two progress lines.
_PROGRESS_EVERY = 2.0
# Malformed JSONL lines reported one by one on stderr before the rest are only counted.
_MAX_REPORTED = 50
_ENCODING_HINT = "pass the input's encoding with --encoding, e.g. --encoding cp1252"
# Characters that surrogateescape leaves in place of undecodable bytes.
_UNDECODED = re.compile("[\udc80-\udcff]")

_DESCRIPTION = """\
Turn text scraped from news pages into clean article text.

Cleans each FILE (standard input when none is given) and writes the clean text
to standard output, UTF-8, one newline after each document. --explain shows the
rule and the reason behind every removal and repair."""

_EPILOG = """\
Rules run in the order --list-rules shows. RULE names are checked: a typo is an
error that lists the close matches. --disable wins over --enable. --option
values are JSON when they parse (3, true, "x", [1, 2]), else plain strings.
A FILE that cannot be read or decoded is reported and skipped; the others are
still cleaned.

JSON Lines mode (--jsonl) writes one record per input record, in order, with
--field cleaned and every other key kept. A malformed line (invalid JSON, not
an object, field missing or not a string) is reported on stderr as FILE:LINE
and written in its place as an error record: the object with a
"cleanwire_error" key added, or {"cleanwire_error": ..., "line": N, "raw": ...}
when the line is not a JSON object. Blank lines are skipped. With --explain or
--explain-json the trace goes into each record as "cleanwire_trace" (a list of
changes) instead of to stderr.

exit status:
  0    all input cleaned
  1    some input could not be cleaned (JSONL error records were written)
  2    usage error, unknown rule or option, unreadable or undecodable file
  130  interrupted (Ctrl-C)
  141  stdout closed early (e.g. piped into head); nothing is printed

examples:
  cleanwire page.txt > page.clean.txt
  cleanwire --explain page.txt
  curl -s https://example.org/page.txt | cleanwire
  cleanwire --disable drop_duplicates,drop_related page.txt
  cleanwire --jsonl --field body scraped.jsonl > clean.jsonl
  cleanwire --list-rules --disable drop_url_lines
"""


class _UsageError(Exception):
    """A problem with the command line: reported on one line, exit 2."""


class _InputError(Exception):
    """An input that cannot be read or decoded: reported, skipped, exit 2 at the end."""


class _Stderr:
    """Everything cleanwire writes to stderr, including a progress line that other messages clear."""

    def __init__(self, stream: TextIO, progress: bool) -> None:
        self.stream = stream
        self.tty = _isatty(stream)
        self.progress = progress
        self._line_open = False  # a TTY progress line is on screen, without its newline
        self._start = self._last = time.monotonic()
        self._shown = False

    def write(self, text: str) -> None:
        self._close_line()
        self.stream.write(text)

    def message(self, text: str) -> None:
        self.write(f"cleanwire: {text}\n")

    def tick(self, done: int, what: str) -> None:
        """Show ``done`` and the rate if progress is on and the last line is old enough."""
        if not self.progress:
            return
        now = time.monotonic()
        if now - self._last < _PROGRESS_EVERY:
            return
        self._last = now
        self._show(f"{done:,} {what} done, {done / max(now - self._start, 1e-9):,.0f}/s")

    def finish(self, done: int, what: str) -> None:
        """A final progress line, if any progress line was shown."""
        if self._shown:
            elapsed = time.monotonic() - self._start
            self._show(f"{done:,} {what} done in {elapsed:.1f} s")
        self._close_line()

    def _show(self, text: str) -> None:
        self._shown = True
        if self.tty:
            self.stream.write(f"\rcleanwire: {text}\x1b[K")
            self.stream.flush()
            self._line_open = True
        else:
            self.write(f"cleanwire: {text}\n")
            self.stream.flush()

    def end_line(self) -> None:
        """End a progress line left open on the terminal."""
        self._close_line()

    def _close_line(self) -> None:
        if self._line_open:
            self._line_open = False
            self.stream.write("\n")


class _Stdout:
    """UTF-8 bytes to stdout regardless of the locale, in 64 KB writes even when Python is unbuffered."""

    _CHUNK = 1 << 16

    def __init__(self, stream: TextIO) -> None:
        self._text = stream
        self._bin: BinaryIO | None = getattr(stream, "buffer", None)
        self._pending: list[bytes] = []
        self._size = 0
        if self._bin is not None:
            stream.flush()

    def write(self, text: str) -> None:
        if self._bin is None:
            self._text.write(text)
            return
        data = text.encode("utf-8")
        self._pending.append(data)
        self._size += len(data)
        if self._size >= self._CHUNK:
            self._drain()

    def flush(self) -> None:
        if self._bin is not None:
            self._drain()
        (self._bin or self._text).flush()

    def _drain(self) -> None:
        assert self._bin is not None
        data, self._pending, self._size = b"".join(self._pending), [], 0
        self._bin.write(data)


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the hand-wrapped description and epilog; never breaks an option name at its hyphen."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanwire",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=_HelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help='text files to clean, in order; "-" reads stdin')
    p.add_argument("--version", action="version", version=f"cleanwire {__version__}")

    io_ = p.add_argument_group("input and output")
    io_.add_argument(
        "--encoding",
        default="utf-8",
        metavar="ENC",
        help="encoding of the input (default: utf-8; a leading byte order mark is skipped)",
    )
    io_.add_argument(
        "--jsonl",
        action="store_true",
        help="read JSON Lines and clean one field of every record (see below)",
    )
    io_.add_argument("--field", metavar="NAME", help='the field --jsonl cleans (default: "text")')
    explain = io_.add_mutually_exclusive_group()
    explain.add_argument(
        "--explain",
        action="store_true",
        help="also print every change (position, rule, reason, text) to stderr; "
        "with --jsonl, add it to each record",
    )
    explain.add_argument(
        "--explain-json",
        action="store_true",
        help='print every change to stderr as JSON Lines with a "file" key; with --jsonl, as --explain',
    )
    io_.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show documents done and the rate on stderr every 2 s (default: when stderr is a terminal)",
    )

    rules = p.add_argument_group("rules")
    rules.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules in pipeline order with their state (after --enable/--disable) and exit",
    )
    rules.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="skip RULE (repeatable, or comma-separated: --disable a,b)",
    )
    rules.add_argument(
        "--enable",
        action="append",
        default=[],
        metavar="RULE",
        help="run RULE even if it is off by default (repeatable, comma-separated)",
    )
    rules.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="RULE.NAME=VALUE",
        help="set an option of a rule (repeatable); --list-rules shows each rule's options",
    )
    rules.add_argument(
        "--lang",
        metavar="CODE",
        help="the language of the input, e.g. en or de (default: detected per document)",
    )
    rules.add_argument(
        "--keep-metadata",
        action="store_true",
        help="keep metadata lines (datelines, bylines, photo credits, sources) instead of dropping them",
    )
    return p


def _split_names(values: Sequence[str]) -> list[str]:
    return [name.strip() for v in values for name in v.split(",") if name.strip()]


def _parse_options(values: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in values:
        key, eq, raw = item.partition("=")
        rule_name, dot, name = key.strip().partition(".")
        if not (eq and dot and rule_name and name):
            raise _UsageError(
                f"--option takes RULE.NAME=VALUE, got {item!r} (--list-rules shows the options)"
            )
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw
        out.setdefault(rule_name, {})[name.strip()] = value
    return out


_TYPE_NAMES = {
    bool: "true or false",
    int: "an integer",
    float: "a number",
    str: "a string",
    list: "a list",
    tuple: "a list",
    frozenset: "a list",
    dict: "an object",
}


def _check_option_types(cleaner: Cleaner) -> None:
    """Reject option values whose type plainly differs from the default's."""
    for rule_name, values in cleaner.config.options.items():
        defaults = cleaner.registry.get(rule_name).options
        for name, value in values.items():
            default = defaults[name]
            if default is None or _same_kind(default, value):
                continue
            wanted = _TYPE_NAMES.get(type(default), f"a {type(default).__name__}")
            raise _UsageError(
                f"option {rule_name}.{name} takes {wanted} (default {_show_value(default)}), "
                f"got {_show_value(value)}"
            )


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, (list, tuple, frozenset, set)):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _show_value(value: Any) -> str:
    """An option value as it would be typed after ``--option RULE.NAME=``."""
    if isinstance(value, (frozenset, set)):
        value = sorted(value, key=str)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _make_cleaner(args: argparse.Namespace) -> Cleaner:
    try:
        cleaner = Cleaner(
            registry=default_registry(),
            disable=_split_names(args.disable),
            enable=_split_names(args.enable),
            options=_parse_options(args.option),
            lang=args.lang,
            metadata="keep" if args.keep_metadata else "strip",
        )
    except UnknownNameError as exc:
        raise _UsageError(f"{exc}; cleanwire --list-rules shows the rules and their options") from None
    except (ValueError, TypeError) as exc:
        raise _UsageError(str(exc)) from None
    _check_option_types(cleaner)
    return cleaner


def _codec(encoding: str) -> str:
    """The codec to decode with; utf-8 becomes utf-8-sig so a leading BOM is skipped."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise _UsageError(f"unknown encoding {encoding!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    return "utf-8-sig" if name == "utf-8" else name


def _list_rules(cleaner: Cleaner, out: _Stdout) -> None:
    rows = [("RULE", "KIND", "STATE", "LANG", "OPTIONS", "SUMMARY")]
    changed = False
    for info in cleaner.registry.describe():
        state = "on" if info.enabled else "off"
        if info.enabled != info.default:
            state += "*"
            changed = True
        values = {**info.options, **cleaner.config.options.get(info.name, {})}
        opts = " ".join(f"{k}={_show_value(v)}" for k, v in values.items()) or "-"
        lang = ",".join(info.languages) if info.languages is not None else "all"
        rows.append((info.name, info.kind, state, lang, opts, info.summary.replace("``", "")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
    if changed:
        out.write("* differs from the default (--enable/--disable)\n")


def _display(name: str) -> str:
    return _STDIN_NAME if name == STDIN else name


def _open(name: str) -> BinaryIO:
    if name == STDIN:
        stdin_bin: BinaryIO = sys.stdin.buffer
        return stdin_bin
    try:
        return open(name, "rb")
    except OSError as exc:
        raise _InputError(f"cannot read {name}: {exc.strerror or exc}") from None


def _decode_error(name: str, encoding: str, data: bytes, exc: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : exc.start + 1].hex()
    return (
        f"{name}: cannot decode as {encoding} (byte 0x{bad} on line {line}: {exc.reason}); {_ENCODING_HINT}"
    )


def _read_text(name: str, encoding: str, codec: str) -> str:
    stream = _open(name)
    try:
        data = stream.read()
    except OSError as exc:
        raise _InputError(f"cannot read {_display(name)}: {exc.strerror or exc}") from None
    finally:
        if name != STDIN:
            stream.close()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _InputError(_decode_error(_display(name), encoding, data, exc)) from None
    except UnicodeError as exc:  # e.g. a codec that insists on a BOM
        raise _InputError(
            f"{_display(name)}: cannot decode as {encoding} ({exc}); {_ENCODING_HINT}"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _run_text(args: argparse.Namespace, cleaner: Cleaner, out: _Stdout, err: _Stderr) -> int:
    codec, status = _codec(args.encoding), OK
    names = args.files or [STDIN]
    for done, name in enumerate(names, 1):
        try:
            text = _read_text(name, args.encoding, codec)
            result = cleaner.explain(text)
        except _InputError as exc:
            err.message(f"error: {exc}")
            status = USAGE
            continue
        except RuleError as exc:
            err.message(f"error: {_display(name)}: {exc}")
            status = max(status, FAILED)
            continue
        if result.text:
            out.write(result.text + "\n")
            out.flush()  # before the trace, so a terminal shows them in order
        if args.explain:
            head = f"==> {_display(name)} <==\n" if len(names) > 1 else ""
            err.write(head + format_trace(result))
        elif args.explain_json:
            _write_json_trace(result, _display(name), err)
        err.tick(done, "files")
    err.finish(len(names), "files")
    return status


def _write_json_trace(result: Result, name: str, err: _Stderr) -> None:
    for r in result.records:
        err.write(json.dumps({"file": name, **r.to_dict()}, ensure_ascii=False) + "\n")


def _lines(stream: BinaryIO, codec: str) -> Iterator[str]:
    """Decoded lines without their ``\\n``; undecodable bytes become lone surrogates."""
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogateescape")
    parts: list[str] = []
    first = True
    while True:
        chunk = stream.read(1 << 16)
        text = decoder.decode(chunk, final=not chunk)
        if first and text:
            first = False
            text = text[1:] if text.startswith("\ufeff") else text
        start = 0
        while (nl := text.find("\n", start)) >= 0:
            parts.append(text[start:nl])
            yield "".join(parts)
            parts = []
            start = nl + 1
        if start < len(text):
            parts.append(text[start:])
        if not chunk:
            break
    if parts:
        yield "".join(parts)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), "a string")


def _not_an_object(lineno: int, msg: str, raw: str) -> tuple[dict[str, Any], str]:
    return {"cleanwire_error": f"line {lineno}: {msg}", "line": lineno, "raw": raw}, msg


def _clean_record(
    line: str, lineno: int, field: str, cleaner: Cleaner, trace: bool, encoding: str
) -> tuple[dict[str, Any], str | None]:
    """The output record for one input line, and the error message if it failed."""
    bad = _UNDECODED.search(line)
    if bad:
        msg = f"cannot decode as {encoding} (column {bad.start() + 1}); pass its encoding with --encoding"
        return _not_an_object(lineno, msg, _UNDECODED.sub("\ufffd", line))
    try:
        obj = json.loads(line)
    except RecursionError:
        return _not_an_object(lineno, "expected a JSON object, got JSON nested too deeply", line)
    except json.JSONDecodeError as exc:
        msg = f"expected a JSON object, got invalid JSON ({exc.msg} at column {exc.colno})"
        return _not_an_object(lineno, msg, line)
    except ValueError as exc:  # e.g. an integer with too many digits
        return _not_an_object(lineno, f"expected a JSON object, got invalid JSON ({exc})", line)
    if not isinstance(obj, dict):
        return _not_an_object(lineno, f"expected a JSON object, got {_kind(obj)}", line)
    value = obj.get(field)
    if field not in obj:
        msg = f"no {json.dumps(field)} field"
    elif not isinstance(value, str):
        msg = f"field {json.dumps(field)} is {_kind(value)}, expected a string"
    else:
        try:
            result = cleaner.explain(value)
        except RuleError as exc:
            msg = str(exc)
        else:
            obj[field] = result.text
            if trace:
                obj["cleanwire_trace"] = [r.to_dict() for r in result.records]
            return obj, None
    obj["cleanwire_error"] = f"line {lineno}: {msg}"
    return obj, msg


def _dump(obj: dict[str, Any]) -> str:
    line = json.dumps(obj, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \\ud800-style escapes: keep them escaped
        line = json.dumps(obj) + "\n"
    return line


def _run_jsonl(args: argparse.Namespace, cleaner: Cleaner, out: _Stdout, err: _Stderr) -> int:
    codec, field = _codec(args.encoding), args.field or "text"
    trace = args.explain or args.explain_json
    status, done, failed = OK, 0, 0
    for name in args.files or [STDIN]:
        try:
            stream = _open(name)
        except _InputError as exc:
            err.message(f"error: {exc}")
            status = USAGE
            continue
        lineno = 0
        try:
            for lineno, line in enumerate(_lines(stream, codec), 1):
                if not line.strip():
                    continue
                record, msg = _clean_record(line.rstrip("\r"), lineno, field, cleaner, trace, args.encoding)
                out.write(_dump(record))
                done += 1
                if msg is not None:
                    failed += 1
                    if failed <= _MAX_REPORTED:
                        err.message(f"{_display(name)}:{lineno}: {msg}")
                err.tick(done, "records")
        except UnicodeError as exc:  # only codecs whose errors surrogateescape cannot stand in for
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            err.message(
                f"error: {_display(name)}: cannot decode line {lineno + 1} as {args.encoding} "
                f"({reason}); {_ENCODING_HINT}"
            )
            status = USAGE
        finally:
            if name != STDIN:
                stream.close()
    err.finish(done, "records")
    if failed:
        more = f"; {failed - _MAX_REPORTED} not shown above" if failed > _MAX_REPORTED else ""
        err.message(f"{failed} of {done} records failed and were written as error records{more}")
        status = max(status, FAILED)
    return status


def _run(args: argparse.Namespace, out: _Stdout, err: _Stderr) -> int:
    if args.field is not None and not args.jsonl:
        raise _UsageError("--field only applies to --jsonl")
    cleaner = _make_cleaner(args)
    if args.list_rules:
        _list_rules(cleaner, out)
        return OK
    _codec(args.encoding)  # an unknown encoding is a usage error before anything is read
    if not args.files and _isatty(sys.stdin):
        err.message("reading from the terminal; end the input with Ctrl-D (Ctrl-Z Enter on Windows)")
    run = _run_jsonl if args.jsonl else _run_text
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
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else USAGE
    interactive = _isatty(sys.stderr)
    err = _Stderr(sys.stderr, args.progress if args.progress is not None else interactive)
    try:
        out = _Stdout(sys.stdout)
        try:
            status = _run(args, out, err)
        finally:
            out.flush()
    except _UsageError as exc:
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

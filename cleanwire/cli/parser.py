"""The command line: arguments, help text, and --option values checked against the rules.

The help is written by hand (description, epilog with the exit statuses and
examples) and kept as written; option help is wrapped without breaking an
option name at its hyphen. ``--option RULE.NAME=VALUE`` values are JSON when
they parse, else plain strings, and a value whose type plainly differs from
the option's default is a usage error.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Sequence
from typing import Any

from .. import __version__
from .streams import UsageError

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


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the hand-wrapped description and epilog; never breaks an option name at its hyphen."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def build_parser() -> argparse.ArgumentParser:
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


def split_names(values: Sequence[str]) -> list[str]:
    return [name.strip() for v in values for name in v.split(",") if name.strip()]


def parse_options(values: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in values:
        key, eq, raw = item.partition("=")
        rule_name, dot, name = key.strip().partition(".")
        if not (eq and dot and rule_name and name):
            raise UsageError(f"--option takes RULE.NAME=VALUE, got {item!r} (--list-rules shows the options)")
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw
        out.setdefault(rule_name, {})[name.strip()] = value
    return out

"""The runner: load the pages, score every suite's three rows, report as markdown and JSON."""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import cleanwire
from cleanwire.lang import detect_language

from .._common import DataError, Progress, emit, load_gold, load_outputs, machine
from ..metric import tokens
from . import apostrophes, duplicates, glued, mojibake, replaced, single_line, wraps
from .base import Page, Suite, fmt, page_from_gold

SUITES: dict[str, Suite[Any]] = {
    s.name: s
    for s in (
        apostrophes.SUITE,
        replaced.SUITE,
        glued.SUITE,
        wraps.SUITE,
        single_line.SUITE,
        mojibake.SUITE,
        duplicates.SUITE,
    )
}
ROWS = ("identity", "cleanwire", "uncorrupted")
_EXAMPLES = 30  # failure examples kept per suite and row in the JSON report


def load_pages(data: Path) -> list[Page]:
    """The gold bodies as pages, in id order, with their detected language."""
    gold = load_gold(data)
    return [page_from_gold(key, i, body, detect_language(body)) for i, (key, body) in enumerate(gold.items())]


# --text outside-gold: prose lines of the raw page text that the gold body does not hold.
RAW_OUTPUT = "html-text"
_MIN_WORDS = 8
_MAX_GOLD_SHARE = 0.2


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def load_outside_gold(data: Path, raw_output: str = RAW_OUTPUT) -> list[Page]:
    """Per page, the sentences of its raw text that are not article text: a held-out check.

    The suites are tuned on the gold bodies; the rest of a page (comments, teasers,
    other stories, captions) is real text of the same sites that no rule was tuned
    on. A line of the raw page text (the output of ``raw_output``, an extractor
    that keeps the whole page) counts when it has at least 8 words, a sentence
    mark, and at most 20% of its 4-word shingles in the gold body. Pages with no
    such line are left out. Other rules remove much of this text on purpose (it
    is page furniture), so read the apostrophe suites and the columns "beyond
    the uncorrupted row" there, not kept shares.
    """
    gold = load_gold(data)
    raw = load_outputs(data, [raw_output])[raw_output]
    pages = []
    for i, (key, body) in enumerate(gold.items()):
        in_gold = _shingles(tokens(body))
        lines = []
        for line in raw.get(key, "").split("\n"):
            words = tokens(line)
            if len(words) < _MIN_WORDS or not any(c in line for c in ".!?"):
                continue
            own = _shingles(words)
            if len(own & in_gold) <= _MAX_GOLD_SHARE * len(own):
                lines.append(line.strip())
        if lines:
            text = "\n".join(lines)
            pages.append(page_from_gold(key, i, text, detect_language(text)))
    return pages


def run_suite(
    suite: Suite[Any],
    pages: Sequence[Page],
    seed: int,
    clean_original: Callable[[Page], str],
    progress: Progress,
) -> dict[str, Any]:
    """Corrupt, clean and score every page of one suite."""
    totals: dict[str, Counter[str]] = {row: Counter() for row in ROWS}
    per_page: dict[str, dict[str, dict[str, int]]] = {row: {} for row in ROWS}
    examples: dict[str, list[str]] = {row: [] for row in ROWS}
    used = [p for p in pages if not suite.english_only or p.lang == "en"]
    for page in used:
        rng = random.Random(f"{seed}:{suite.name}:{page.id}")
        text, truth = suite.corrupt(page, rng)
        outputs = {
            "identity": (text, text),
            "cleanwire": (text, cleanwire.clean(text)),
            "uncorrupted": (page.text, clean_original(page)),
        }
        reference = outputs["uncorrupted"][1]
        for row, (given, output) in outputs.items():
            result = suite.score(page, truth, given, output, reference)
            totals[row].update(result.counts)
            per_page[row][page.id] = dict(result.counts)
            examples[row].extend(result.examples[: _EXAMPLES - len(examples[row])])
        progress.step()
    return {
        "description": suite.description,
        "pages": len(used),
        "rows": {row: suite.summarize(totals[row]) for row in ROWS},
        "details": suite.details(totals["cleanwire"]) if suite.details else [],
        "examples": examples,
        "per_page": per_page,
    }


def run(
    data: Path,
    suites: Sequence[str] | None = None,
    seed: int = 0,
    show_progress: bool = True,
    text: str = "gold",
    raw_output: str = RAW_OUTPUT,
) -> dict[str, Any]:
    """The full report of the chosen suites (all by default), on the gold bodies or the text outside them."""
    start = time.monotonic()
    chosen = [SUITES[name] for name in (suites or SUITES)]
    pages = load_pages(data) if text == "gold" else load_outside_gold(data, raw_output)
    cache: dict[str, str] = {}

    def clean_original(page: Page) -> str:
        if page.id not in cache:
            cache[page.id] = cleanwire.clean(page.text)
        return cache[page.id]

    total = sum(len(pages) if not s.english_only else sum(p.lang == "en" for p in pages) for s in chosen)
    progress = Progress(total, "repairs", enabled=show_progress)
    results = {s.name: run_suite(s, pages, seed, clean_original, progress) for s in chosen}
    progress.close()
    return {
        "machine": machine(),
        "data": str(data),
        "seed": seed,
        "text": text,
        "pages": len(pages),
        "english_pages": sum(p.lang == "en" for p in pages),
        "runtime_s": round(time.monotonic() - start, 2),
        "suites": results,
    }


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# Repair benchmark",
        "",
        f"Data: {report['data']}, {report['text']} text, {report['pages']} pages "
        f"({report['english_pages']} English), "
        f"seed {report['seed']}; commit {m['commit']}, Python {m['python']}, {m['cores']} cores; "
        f"{report['runtime_s']:.1f} s.",
        "Rows: identity = the corrupted text, not cleaned (the scorer's zero: nothing restored); "
        "cleanwire = clean(corrupted text); uncorrupted = clean(original text), the reference for "
        "false changes and the ceiling for restorations. Failure examples are in --json.",
    ]
    for name, result in report["suites"].items():
        columns = SUITES[name].columns
        lines += [
            "",
            f"## {name}",
            "",
            f"{result['description']}; {result['pages']} pages.",
            "",
            "| row | " + " | ".join(c.header for c in columns) + " |",
            "|---|" + "---:|" * len(columns),
        ]
        for row in ROWS:
            values = result["rows"][row]
            lines.append(f"| {row} | " + " | ".join(fmt(values[c.key], c.kind) for c in columns) + " |")
        if result["details"]:
            lines += ["", *result["details"]]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.repairs", description="Repair quality on corrupted copies of real article text."
    )
    parser.add_argument("--data", type=Path, required=True, help="benchmark folder (ground-truth.json)")
    parser.add_argument("--suites", help=f"comma-separated suites (default: all of {', '.join(SUITES)})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corruptions (default 0)")
    parser.add_argument(
        "--text",
        choices=("gold", "outside-gold"),
        default="gold",
        help="corrupt the gold bodies (default) or, as a held-out check, the prose of the raw page text "
        "outside them",
    )
    parser.add_argument(
        "--raw-output",
        default=RAW_OUTPUT,
        help=f"with --text outside-gold: the extractor output that holds whole pages (default {RAW_OUTPUT})",
    )
    parser.add_argument("--json", type=Path, help="also write the full report as JSON here")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args(argv)
    suites = [x for x in args.suites.split(",") if x] if args.suites else None
    unknown = [name for name in suites or () if name not in SUITES]
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(unknown)}; known: {', '.join(SUITES)}")
    try:
        report = run(
            args.data,
            suites,
            args.seed,
            show_progress=not args.no_progress,
            text=args.text,
            raw_output=args.raw_output,
        )
    except DataError as exc:
        print(f"bench.repairs: {exc}", file=sys.stderr)
        return 2
    emit(report, markdown(report), args.json)
    return 0

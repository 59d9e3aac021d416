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

from .._common import DataError, Progress, emit, load_gold, machine
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
    data: Path, suites: Sequence[str] | None = None, seed: int = 0, show_progress: bool = True
) -> dict[str, Any]:
    """The full report of the chosen suites (all by default)."""
    start = time.monotonic()
    chosen = [SUITES[name] for name in (suites or SUITES)]
    pages = load_pages(data)
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
        f"Data: {report['data']}, {report['pages']} pages ({report['english_pages']} English), "
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
    parser.add_argument("--json", type=Path, help="also write the full report as JSON here")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args(argv)
    suites = [x for x in args.suites.split(",") if x] if args.suites else None
    unknown = [name for name in suites or () if name not in SUITES]
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(unknown)}; known: {', '.join(SUITES)}")
    try:
        report = run(args.data, suites, args.seed, show_progress=not args.no_progress)
    except DataError as exc:
        print(f"bench.repairs: {exc}", file=sys.stderr)
        return 2
    emit(report, markdown(report), args.json)
    return 0

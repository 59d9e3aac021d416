"""Speed: how fast ``cleanwire.clean`` runs next to ``ftfy.fix_text``, and on pathological input.

    python -m bench.speed --data ../shared/bench/zyte-dev [--runs N] [--json out.json] [--extractor NAME]

Two corpora: the raw page texts (``output/NAME.json``, default ``html-text``) and
the gold bodies (``ground-truth.json``). After one warm-up pass, which also loads
the lazy data (ftfy, word lists, langdetect profiles), ``clean`` and
``ftfy.fix_text`` each run over every document N times, interleaved in the same
process (ABBA order) so machine noise hits both. Reported: median MB/s (UTF-8
bytes, 1 MB = 10^6 bytes) and docs/s over the runs, p50/p99 ms per document
pooled over all timed runs, the clean/ftfy speed ratio, RSS, and five
pathological inputs that must each finish in under a second (exit code 1 if one
does not).

Absolute MB/s moves by up to ~1.7x between runs on shared machines; ratios
measured in the same run are stable.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ftfy

import cleanwire

from ._common import DataError, Progress, emit, load_gold, load_outputs, machine

DEFAULT_RUNS = 7
MIN_RUNS = 5
DEFAULT_EXTRACTOR = "html-text"
# Tried in order when the default extractor's file is absent (the test data names its raw text so).
FALLBACK_EXTRACTORS = ("raw-text",)
TARGET_RATIO = 2.0  # the target: clean at least 2x faster than ftfy.fix_text on raw page texts
PATHOLOGICAL_LIMIT_S = 1.0
PATHOLOGICAL_REPEATS = 3
MB = 1_000_000

# Documents cleaned during warm-up so the lazy loads happen before timing, whatever the corpus holds:
# mojibake (loads ftfy), a possessive without its apostrophe (loads the English word frequencies) and
# a paragraph of German prose (loads the langdetect profiles).
PRIMERS = (
    "Merkels government said on Friday that the talks donâ€™t end here, and the minister "
    "agreed that the plan would go ahead next week.",
    "Der Minister sagte am Freitag in Berlin, dass die Gespräche mit den Nachbarländern in der "
    "kommenden Woche fortgesetzt werden sollen, obwohl die Opposition dagegen ist.",
)
LAZY_MODULES = ("ftfy", "wordfreq", "langdetect")
# Prose for the one-line case when the gold bodies have none.
FALLBACK_PROSE = (
    "The minister said on Friday that the talks would continue next week, "
    "while officials in both capitals declined to comment on the report."
)


# --- small helpers -------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation between the closest ranks.

    >>> percentile([1, 2, 3, 4], 50)
    2.5
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"q must be within 0-100, got {q}")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def median(values: Sequence[float]) -> float:
    """The median (the mean of the two middle values for an even count).

    >>> median([3, 1, 2])
    2
    """
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        raise ValueError("median of no values")
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def mb_per_s(nbytes: int, ns: int) -> float:
    """Throughput in MB/s (10^6 bytes per second) of ``nbytes`` processed in ``ns`` nanoseconds.

    >>> mb_per_s(2_000_000, 500_000_000)
    4.0
    """
    if ns <= 0:
        return math.inf
    return nbytes / MB / (ns / 1e9)


def per_s(count: int, ns: int) -> float:
    """Items per second for ``count`` items in ``ns`` nanoseconds."""
    return count / (ns / 1e9) if ns > 0 else math.inf


def rss_now_mb() -> float | None:
    """The process's current resident set size in MB (None where /proc is absent)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def rss_peak_mb() -> float:
    """The process's peak resident set size so far (``ru_maxrss``) in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


# --- corpora -------------------------------------------------------------------------------------


def choose_extractor(data: Path, wanted: str | None) -> tuple[str, str]:
    """The extractor whose output is the raw corpus, and a note when it is a fallback.

    An extractor named on the command line must exist; the default falls back to
    the names in ``FALLBACK_EXTRACTORS``.
    """
    known = sorted(f.stem for f in (data / "output").glob("*.json"))
    if wanted is not None:
        if wanted not in known:
            raise DataError(
                f"no output/{wanted}.json in {data}; known extractors: {', '.join(known) or 'none'}"
            )
        return wanted, ""
    if DEFAULT_EXTRACTOR in known:
        return DEFAULT_EXTRACTOR, ""
    for name in FALLBACK_EXTRACTORS:
        if name in known:
            return name, f"output/{DEFAULT_EXTRACTOR}.json not found; using output/{name}.json"
    raise DataError(
        f"no output/{DEFAULT_EXTRACTOR}.json (nor {', '.join(FALLBACK_EXTRACTORS)}) in {data}: "
        f"pass --extractor NAME; known extractors: {', '.join(known) or 'none'}"
    )


def utf8_bytes(texts: Sequence[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


# --- pathological inputs -------------------------------------------------------------------------


def one_line_of_prose(texts: Sequence[str], size: int = MB) -> str:
    """About ``size`` UTF-8 bytes of real prose on one line: ``texts`` joined, repeated, cut at a word."""
    words = " ".join(" ".join(t.split()) for t in texts).split() or FALLBACK_PROSE.split()
    out: list[str] = []
    total = -1  # no space before the first word
    i = 0
    while True:
        w = words[i % len(words)]
        step = len(w.encode("utf-8")) + 1
        if total + step > size:
            break
        out.append(w)
        total += step
        i += 1
    return " ".join(out)


def pathological_inputs(prose: Sequence[str]) -> list[tuple[str, str]]:
    """(name, text) of the inputs that every rule must get through fast."""
    word = "news"
    return [
        ("1 MB on one line (real prose words, no newlines)", one_line_of_prose(prose)),
        ("45,000 empty lines", "\n" * 45_000),
        ("100,000 dots", "." * 100_000),
        ("10,000 repetitions of one short line", "Share this article on Facebook\n" * 10_000),
        ("1 MB paragraph of one repeated word", " ".join([word] * (MB // (len(word) + 1)))),
    ]


def time_pathological(cases: list[tuple[str, str]], repeats: int, progress: Progress) -> list[dict[str, Any]]:
    rows = []
    for name, text in cases:
        times = []
        for _ in range(repeats):
            gc.collect()
            start = time.perf_counter_ns()
            cleanwire.clean(text)
            times.append((time.perf_counter_ns() - start) / 1e9)
            progress.step()
        med = median(times)
        rows.append(
            {
                "name": name,
                "bytes": len(text.encode("utf-8")),
                "lines": len(text.splitlines()),
                "times_s": times,
                "median_s": med,
                "limit_s": PATHOLOGICAL_LIMIT_S,
                "pass": med < PATHOLOGICAL_LIMIT_S,
            }
        )
    return rows


# --- corpus timing -------------------------------------------------------------------------------


def timed_pass(func: Callable[[str], str], texts: Sequence[str]) -> tuple[int, list[int]]:
    """(wall ns of the whole pass, ns per document) of ``func`` over ``texts``."""
    gc.collect()
    per_doc = []
    clock = time.perf_counter_ns
    start = clock()
    for text in texts:
        t0 = clock()
        func(text)
        per_doc.append(clock() - t0)
    return clock() - start, per_doc


def summarise(nbytes: int, docs: int, walls: list[int], per_doc: list[int]) -> dict[str, Any]:
    """Median throughput over the runs; p50/p99 of the per-document times pooled over all runs."""
    ms = [ns / 1e6 for ns in per_doc]
    return {
        "mb_s": median([mb_per_s(nbytes, w) for w in walls]),
        "docs_s": median([per_s(docs, w) for w in walls]),
        "p50_ms": percentile(ms, 50),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms),
        "run_s": [w / 1e9 for w in walls],
    }


TOOLS: dict[str, Callable[[str], str]] = {"clean": cleanwire.clean, "ftfy": ftfy.fix_text}


def warm_up(texts: list[str], progress: Progress) -> dict[str, float]:
    """One pass of each tool over ``texts``, left out of the results; its seconds (lazy loading included)."""
    out = {}
    for name, func in TOOLS.items():
        wall, _ = timed_pass(func, texts)
        out[name] = wall / 1e9
        progress.step()
    return out


def time_corpus(texts: list[str], runs: int, progress: Progress) -> dict[str, Any]:
    """``runs`` interleaved timed passes of clean and ftfy.fix_text over ``texts`` (warm already)."""
    walls: dict[str, list[int]] = {name: [] for name in TOOLS}
    pooled: dict[str, list[int]] = {name: [] for name in TOOLS}
    order = list(TOOLS)
    for run in range(runs):
        # ABBA: clean first on even runs, ftfy first on odd ones, so neither always runs second
        for name in order if run % 2 == 0 else reversed(order):
            wall, per_doc = timed_pass(TOOLS[name], texts)
            walls[name].append(wall)
            pooled[name].extend(per_doc)
            progress.step()
    nbytes = utf8_bytes(texts)
    # clean/ftfy throughput in one run = ftfy's time / clean's time (same texts, same run)
    ratios = [f / c if c else math.inf for c, f in zip(walls["clean"], walls["ftfy"], strict=True)]
    return {
        "docs": len(texts),
        "bytes": nbytes,
        "chars": sum(len(t) for t in texts),
        "clean": summarise(nbytes, len(texts), walls["clean"], pooled["clean"]),
        "ftfy": summarise(nbytes, len(texts), walls["ftfy"], pooled["ftfy"]),
        "ratio": {"median": median(ratios), "min": min(ratios), "max": max(ratios), "per_run": ratios},
    }


# --- the run -------------------------------------------------------------------------------------


def run(
    data: Path,
    runs: int = DEFAULT_RUNS,
    extractor: str | None = None,
    *,
    repeats: int = PATHOLOGICAL_REPEATS,
    show_progress: bool = True,
) -> dict[str, Any]:
    rss_import = rss_now_mb()
    peak_import = rss_peak_mb()
    name, note = choose_extractor(data, extractor)
    raw_pages = load_outputs(data, [name])[name]
    gold_pages = load_gold(data)
    if not raw_pages:
        raise DataError(f"output/{name}.json has no pages")
    corpora = {
        "raw": (f"raw page texts (output/{name}.json)", [raw_pages[k] for k in sorted(raw_pages)]),
        "gold": ("gold bodies (ground-truth.json)", [gold_pages[k] for k in sorted(gold_pages)]),
    }
    cases = pathological_inputs(corpora["gold"][1])
    progress = Progress(
        len(corpora) * 2 * (runs + 1) + len(PRIMERS) + len(cases) * repeats, "speed", enabled=show_progress
    )
    for text in PRIMERS:
        cleanwire.clean(text)
        ftfy.fix_text(text)
        progress.step()
    warm = {key: warm_up(texts, progress) for key, (_, texts) in corpora.items()}
    lazy = {mod: mod in sys.modules for mod in LAZY_MODULES}
    rss_warm = rss_now_mb()
    results = {
        key: {"label": label, "warmup_s": warm[key], **time_corpus(texts, runs, progress)}
        for key, (label, texts) in corpora.items()
    }
    peak_corpora = rss_peak_mb()
    rows = time_pathological(cases, repeats, progress)
    progress.close()
    ratio = results["raw"]["ratio"]["median"]
    return {
        "machine": machine(),
        "data": str(data),
        "extractor": name,
        "extractor_note": note,
        "runs": runs,
        "order": "one warm-up pass each, then clean and ftfy.fix_text interleaved per run (ABBA)",
        "throughput": "median over the timed runs; 1 MB = 10^6 UTF-8 bytes",
        "per_document": "p50/p99 of per-document times pooled over all timed runs",
        "lazy_modules_loaded": lazy,
        "corpora": results,
        "target": {"ratio": TARGET_RATIO, "measured": ratio, "met": ratio >= TARGET_RATIO},
        "rss_mb": {
            "after_import": rss_import,
            "peak_after_import": peak_import,
            "after_warmup": rss_warm,
            "peak_after_corpora": peak_corpora,
            "peak": rss_peak_mb(),
            "note": "ru_maxrss, the whole process's high-water mark: Python, cleanwire, ftfy, "
            "word lists, langdetect profiles, the corpora and the pathological inputs",
        },
        "pathological": {"repeats": repeats, "limit_s": PATHOLOGICAL_LIMIT_S, "cases": rows},
        "all_pass": all(r["pass"] for r in rows),
    }


# --- output --------------------------------------------------------------------------------------


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# cleanwire speed",
        "",
        f"Machine: {m['cores']} cores, Python {m['python']}, {m['platform']}, commit {m['commit']}, "
        f"{m['date']}.",
        f"Data: {report['data']}; raw corpus from extractor `{report['extractor']}`"
        + (f" ({report['extractor_note']})" if report["extractor_note"] else "")
        + ".",
        f"{report['runs']} timed runs after {report['order']}. MB/s and docs/s: {report['throughput']}. "
        f"p50/p99 ms: {report['per_document']}.",
        "",
        "## Throughput",
        "",
        "| corpus | docs | MB | tool | MB/s | docs/s | p50 ms | p99 ms | max ms | warm-up s |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for c in report["corpora"].values():
        for tool, label in (("clean", "cleanwire.clean"), ("ftfy", "ftfy.fix_text")):
            s = c[tool]
            lines.append(
                f"| {c['label']} | {c['docs']} | {c['bytes'] / MB:.3f} | {label} | {s['mb_s']:.2f} "
                f"| {s['docs_s']:.1f} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} | {s['max_ms']:.2f} "
                f"| {c['warmup_s'][tool]:.2f} |"
            )
    t = report["target"]
    lines += [
        "",
        "## clean / ftfy.fix_text",
        "",
        "Throughput ratio (ftfy's time / clean's time) per run; above 1 means clean is faster.",
        "",
        "| corpus | median | min | max | target |",
        "|---|---:|---:|---:|---|",
    ]
    for key, c in report["corpora"].items():
        r = c["ratio"]
        goal = (f"≥ {t['ratio']:g}x: " + ("MET" if t["met"] else "MISSED")) if key == "raw" else "none"
        lines.append(f"| {c['label']} | {r['median']:.2f}x | {r['min']:.2f}x | {r['max']:.2f}x | {goal} |")
    rss = report["rss_mb"]
    loaded = ", ".join(f"{mod} {'yes' if ok else 'no'}" for mod, ok in report["lazy_modules_loaded"].items())
    lines += [
        "",
        "## Memory",
        "",
        "| point | RSS MB |",
        "|---|---:|",
        f"| after import (current) | {_mb(rss['after_import'])} |",
        f"| after warm-up (current) | {_mb(rss['after_warmup'])} |",
        f"| peak after both corpora (ru_maxrss) | {_mb(rss['peak_after_corpora'])} |",
        f"| peak at the end, after the pathological inputs (ru_maxrss) | {_mb(rss['peak'])} |",
        "",
        f"Peak is {rss['note']}. Lazy modules loaded at warm-up: {loaded}.",
    ]
    p = report["pathological"]
    lines += [
        "",
        f"## Pathological inputs (cleanwire.clean, median of {p['repeats']}, limit {p['limit_s']:g} s)",
        "",
        "| input | bytes | lines | median s | result |",
        "|---|---:|---:|---:|---|",
    ]
    for row in p["cases"]:
        lines.append(
            f"| {row['name']} | {row['bytes']:,} | {row['lines']:,} | {row['median_s']:.3f} "
            f"| {'PASS' if row['pass'] else 'FAIL'} |"
        )
    lines += [
        "",
        f"Target (clean ≥ {t['ratio']:g}x ftfy.fix_text throughput on raw page texts): "
        f"{'MET' if t['met'] else 'MISSED'} ({t['measured']:.2f}x). "
        f"Pathological inputs: {'all PASS' if report['all_pass'] else 'some FAIL'}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="benchmark folder (ground-truth.json, output/)"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"timed runs per corpus (default {DEFAULT_RUNS}, min 5)",
    )
    parser.add_argument("--json", type=Path, help="also write the full report as JSON here")
    parser.add_argument(
        "--extractor",
        help=f"whose output/NAME.json is the raw corpus (default {DEFAULT_EXTRACTOR}, "
        f"else {', '.join(FALLBACK_EXTRACTORS)})",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    # time each pathological input once instead of three times (for the smoke test)
    parser.add_argument("--quick", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    try:
        report = run(
            args.data,
            args.runs,
            args.extractor,
            repeats=1 if args.quick else PATHOLOGICAL_REPEATS,
            show_progress=not args.no_progress,
        )
    except DataError as exc:
        print(f"bench.speed: {exc}", file=sys.stderr)
        return 2
    emit(report, markdown(report), args.json)
    return 0 if report["all_pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

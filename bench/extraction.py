"""Post-extraction quality: does cleanwire improve what extractors produce?

    python -m bench.extraction --data ../shared/bench/zyte-dev [--extractors a,b] [--json out.json]

For every extractor's output: precision, recall, F1 and exact-match accuracy
before and after ``cleanwire.clean``, with ΔF1 and its paired-bootstrap standard
deviation; the gold bodies run through ``clean`` (how much real article text
survives); and per-rule accounting of removed lines that are in the gold body
(false removals) and not in it (true removals); the JSON report lists every
false removal (extractor, page, rule, line, reason) for review.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cleanwire

from ._common import DataError, Progress, emit, load_gold, load_outputs, machine
from .metric import Triple, bootstrap_delta_sd, exact, match, scores, tokens


class GoldLines:
    """Answers "is this removed line part of the gold article?"."""

    def __init__(self, gold: str) -> None:
        self.joined = " " + " ".join(tokens(gold)) + " "
        self.lines = {" ".join(tokens(line)) for line in gold.split("\n")}

    def __contains__(self, line: str) -> bool:
        toks = tokens(line)
        norm = " ".join(toks)
        if len(toks) < 4:  # short lines match only a whole gold line
            return norm in self.lines
        return f" {norm} " in self.joined


def removed_lines(result: cleanwire.Result) -> list[tuple[cleanwire.Record, str]]:
    """(record, line) for every line with words that a removal record covers."""
    out = []
    for record in result.records:
        if record.kind != "removed":
            continue
        for line in record.text.split("\n"):
            if tokens(line):
                out.append((record, line))
    return out


def evaluate_extractor(
    gold: dict[str, str],
    pred: dict[str, str],
    cleaner: cleanwire.Cleaner,
    progress: Progress,
    false_removals: list[dict[str, str]],
) -> tuple[dict[str, Any], dict[str, Counter[str]]]:
    before: list[Triple] = []
    after: list[Triple] = []
    acc_before = acc_after = 0
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    for key, gold_text in gold.items():
        text = pred.get(key, "")
        result = cleaner.explain(text)
        before.append(match(gold_text, text))
        after.append(match(gold_text, result.text))
        acc_before += exact(gold_text, text)
        acc_after += exact(gold_text, result.text)
        in_gold, in_clean = GoldLines(gold_text), GoldLines(result.text)
        for record, line in removed_lines(result):
            # a gold line is lost only if no copy of it survives (dropping a repeat costs nothing)
            lost = line in in_gold and line not in in_clean
            rules[record.rule]["false" if lost else "true"] += 1
            if lost:
                false_removals.append(
                    {"rule": record.rule, "page": key, "line": line, "reason": record.reason}
                )
        progress.step()
    s_before, s_after = scores(before), scores(after)
    row = {
        "precision_before": s_before["precision"],
        "recall_before": s_before["recall"],
        "f1_before": s_before["f1"],
        "precision_after": s_after["precision"],
        "recall_after": s_after["recall"],
        "f1_after": s_after["f1"],
        "delta_f1": s_after["f1"] - s_before["f1"],
        "delta_f1_sd": bootstrap_delta_sd(before, after, n=1000, seed=0),
        "accuracy_before": acc_before / len(gold),
        "accuracy_after": acc_after / len(gold),
    }
    return row, rules


def gold_through_clean(gold: dict[str, str], cleaner: cleanwire.Cleaner) -> dict[str, Any]:
    """How much of each gold body survives ``clean`` (non-space characters)."""
    total = removed = 0
    pages_hit = 0
    by_rule: Counter[str] = Counter()
    for text in gold.values():
        result = cleaner.explain(text)
        total += sum(not c.isspace() for c in text)
        lost = 0
        for record in result.records:
            if record.kind == "removed":
                n = sum(not c.isspace() for c in record.text)
                if n:
                    lost += n
                    by_rule[record.rule] += n
        removed += lost
        pages_hit += lost > 0
    return {
        "chars_kept": 1 - removed / total if total else 1.0,
        "pages_losing_text": pages_hit,
        "pages": len(gold),
        "chars_removed_by_rule": dict(by_rule.most_common()),
    }


def run(data: Path, extractors: list[str] | None = None, show_progress: bool = True) -> dict[str, Any]:
    gold = load_gold(data)
    outputs = load_outputs(data, extractors)
    cleaner = cleanwire.Cleaner()
    progress = Progress(len(gold) * (len(outputs) + 1), "extraction", enabled=show_progress)
    rows: dict[str, dict[str, Any]] = {}
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    false_removals: list[dict[str, str]] = []
    for name, pred in outputs.items():
        found: list[dict[str, str]] = []
        row, rules = evaluate_extractor(gold, pred, cleaner, progress, found)
        false_removals += [{"extractor": name, **item} for item in found]
        rows[name] = row
        for rule, counts in rules.items():
            per_rule[rule].update(counts)
    gold_report = gold_through_clean(gold, cleaner)
    progress.step(len(gold))
    progress.close()
    return {
        "machine": machine(),
        "pages": len(gold),
        "extractors": rows,
        "gold_through_clean": gold_report,
        "rules": {rule: {"false": c["false"], "true": c["true"]} for rule, c in sorted(per_rule.items())},
        "false_removals": false_removals,
    }


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Pages: {report['pages']}. F1/P/R as the benchmark defines them; ΔF1 ± paired bootstrap sd "
        "(1000 resamples, seed 0); acc = exact token match.",
        "",
        "| extractor | P | R | F1 | P after | R after | F1 after | ΔF1 | ± sd | acc | acc after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in report["extractors"].items():
        lines.append(
            f"| {name} | {r['precision_before']:.3f} | {r['recall_before']:.3f} | {r['f1_before']:.3f} "
            f"| {r['precision_after']:.3f} | {r['recall_after']:.3f} | {r['f1_after']:.3f} "
            f"| {r['delta_f1']:+.4f} | {r['delta_f1_sd']:.4f} "
            f"| {r['accuracy_before']:.3f} | {r['accuracy_after']:.3f} |"
        )
    g = report["gold_through_clean"]
    lines += [
        "",
        f"Gold through clean: {g['chars_kept']:.2%} of non-space characters kept; "
        f"{g['pages_losing_text']} of {g['pages']} pages lost some text.",
    ]
    if g["chars_removed_by_rule"]:
        lines.append(
            "Removed from gold by rule: "
            + ", ".join(f"{rule} {n}" for rule, n in g["chars_removed_by_rule"].items())
        )
    lines += [
        "",
        "Removed lines by rule, summed over all extractors' pages (false = the line is in the gold body):",
        "",
        "| rule | false removals | true removals |",
        "|---|---:|---:|",
    ]
    for rule, c in sorted(report["rules"].items(), key=lambda kv: -kv[1]["false"]):
        lines.append(f"| {rule} | {c['false']} | {c['true']} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="benchmark folder (ground-truth.json, output/)"
    )
    parser.add_argument("--extractors", help="comma-separated extractor names (default: all)")
    parser.add_argument("--json", type=Path, help="also write the full report as JSON here")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args(argv)
    only = [x for x in args.extractors.split(",") if x] if args.extractors else None
    try:
        report = run(args.data, only, show_progress=not args.no_progress)
    except DataError as exc:
        print(f"bench.extraction: {exc}", file=sys.stderr)
        return 2
    emit(report, markdown(report), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

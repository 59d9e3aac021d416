"""Train the article model behind ``drop_outside_article``.

    python tools/train_article_model.py --data ../shared/bench/zyte-dev [--folds 4] [--write]

Data: a folder in the layout of the public article-extraction benchmark
(``ground-truth.json`` and ``output/<extractor>.json``), read in place. Every
extractor's output of every page runs through the cleanwire pipeline up to the
end of the filter stage (with ``drop_outside_article`` replaced by a probe), so
the model learns on lines exactly as the rule will see them: after the repairs
and with the other filters' removals marked. A line's label is whether at least
half of its 4-token shingles occur in the page's gold article body.

Two logistic regressions are fitted with Newton's method (L2-regularised,
standardised features): the line model on the local features, then the context
model on local + context features, whose context features use the line
model's scores. Each page weighs the same (a line weighs its share of the
page's tokens), as in the benchmark's metric.

The script reports, for held-out pages (``--folds`` cross-validation by page,
all extractors of a page in the same fold), the benchmark F1 per extractor of
the lines the filter stage keeps before and after the model's removals, then
fits on all pages. ``--write`` stores the result in
``cleanwire/models/article_lines.json``. numpy is needed here only (``pip
install numpy``); the package itself reads the JSON with no extra dependency.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleanwire  # noqa: E402
from bench._common import load_gold, load_outputs  # noqa: E402
from bench.metric import match, scores, tokens  # noqa: E402
from cleanwire.context import Context  # noqa: E402
from cleanwire.document import Document, Line  # noqa: E402
from cleanwire.rule import Drop, rule  # noqa: E402
from cleanwire.rules import article as article_rule  # noqa: E402
from cleanwire.rules.article_features import (  # noqa: E402
    CONTEXT,
    LOCAL,
    context_features,
    document_function_words,
    local_features,
)
from cleanwire.rules.run_on import is_run_on, opens_with_menus  # noqa: E402

# The rule's defaults: the model learns on the documents the rule will judge.
MIN_LINES = article_rule.drop_outside_article.options["min_lines"]
DUMP_SHARE = article_rule.drop_outside_article.options["dump_share"]
MODEL_PATH = ROOT / "cleanwire" / "models" / "article_lines.json"


@dataclass
class Doc:
    page: str
    extractor: str
    doc: Document
    lines: list[Line]
    local: np.ndarray
    labels: np.ndarray
    weights: np.ndarray
    gold: str
    one_line: bool
    context: np.ndarray = field(default_factory=lambda: np.zeros((0, len(CONTEXT))))


def shingles(toks: list[str]) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3))}


def collect(data: Path, extractors: list[str] | None) -> list[Doc]:
    gold = load_gold(data)
    outputs = load_outputs(data, extractors)
    captured: list[tuple[Document, list[Line], list[list[float]], bool]] = []

    @rule(kind="filter")
    def probe(doc: Document, ctx: Context) -> list[Drop]:
        """Record the features of the lines the filter stage leaves."""
        lines = list(doc.content())
        stop = document_function_words(lines, ctx.lang)
        snapshot = Document(doc.text, doc.lines, dict(doc.dropped))
        captured.append(
            (
                snapshot,
                lines,
                local_features(doc, lines, stop),
                is_run_on(ctx.source) and opens_with_menus(ctx.source),
            )
        )
        return []

    registry = cleanwire.default_registry()
    if "drop_outside_article" in registry:
        registry.remove("drop_outside_article")
    registry.add(probe, before="restore_apostrophes")
    cleaner = cleanwire.Cleaner(registry=registry)
    docs = []
    for name, pred in outputs.items():
        print(f"  {name}", file=sys.stderr)
        for page, gold_text in gold.items():
            captured.clear()
            cleaner.clean(pred.get(page, ""))
            if not captured or not captured[0][1]:
                continue
            snapshot, lines, local, one_line = captured[0]
            if not article_rule.is_page_dump(snapshot, MIN_LINES, DUMP_SHARE, one_line):
                continue
            gs = shingles(tokens(gold_text))
            labels, weights = [], []
            for line in lines:
                toks = tokens(line.text)
                sh = shingles(toks) if toks else set()
                labels.append(1.0 if sh and sum(s in gs for s in sh) / len(sh) >= 0.5 else 0.0)
                weights.append(float(len(toks)))
            w = np.array(weights)
            w = w / w.sum() if w.sum() else w
            docs.append(
                Doc(page, name, snapshot, lines, np.array(local), np.array(labels), w, gold_text, one_line)
            )
    return docs


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0) -> dict[str, Any]:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z1 = np.hstack([z, np.ones((len(z), 1))])
    beta = np.zeros(z1.shape[1])
    reg = np.full(z1.shape[1], l2 / w.sum())
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z1 @ beta, -30, 30)))
        grad = z1.T @ (w * (p - y)) + reg * beta
        hess = (z1 * (w * p * (1 - p))[:, None]).T @ z1 + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "weights": beta[:-1].tolist(),
        "bias": float(beta[-1]),
    }


def log_odds(params: dict[str, Any], x: np.ndarray) -> np.ndarray:
    z = (x - np.array(params["mean"])) / np.array(params["scale"])
    return np.asarray(z @ np.array(params["weights"]) + params["bias"])


def add_context(docs: list[Doc], line_params: dict[str, Any]) -> None:
    for d in docs:
        scores_ = log_odds(line_params, d.local).tolist()
        d.context = np.array(context_features(d.doc, d.lines, d.local.tolist(), scores_))


def train(docs: list[Doc]) -> tuple[dict[str, Any], dict[str, Any]]:
    x = np.vstack([d.local for d in docs])
    y = np.concatenate([d.labels for d in docs])
    w = np.concatenate([d.weights for d in docs])
    line_params = fit(x, y, w)
    add_context(docs, line_params)
    xc = np.vstack([np.hstack([d.local, d.context]) for d in docs])
    context_params = fit(xc, y, w)
    return line_params, context_params


def kept_text(d: Doc, p: np.ndarray | None, threshold: float, protect: int) -> str:
    """The text the rule leaves, decided by the rule's own :func:`removals`."""
    if p is None:
        return "\n".join(line.text for line in d.lines)
    rows = np.hstack([d.local, d.context]).tolist()
    z = d.context[:, CONTEXT.index("local_score")]
    p_line = (1 / (1 + np.exp(-z))).tolist()
    scored = [
        (line.index, row, pl, float(pv)) for line, row, pl, pv in zip(d.lines, rows, p_line, p, strict=True)
    ]
    gone = {row[0] for row in article_rule.removals(d.doc, scored, threshold, protect)}
    return "\n".join(line.text for line in d.lines if line.index not in gone)


def evaluate(
    docs: list[Doc], probs: dict[int, np.ndarray], thresholds: list[float], protect: int
) -> dict[str, dict[str, float]]:
    by_ext: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_ext.setdefault(d.extractor, []).append(i)
    out: dict[str, dict[str, float]] = {}
    for ext, idx in sorted(by_ext.items()):
        row = {"before": scores([match(docs[i].gold, kept_text(docs[i], None, 0, 0)) for i in idx])["f1"]}
        for t in thresholds:
            triples = [match(docs[i].gold, kept_text(docs[i], probs[i], t, protect)) for i in idx]
            row[f"{t:.2f}"] = scores(triples)["f1"]
        out[ext] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--extractors", help="comma-separated (default: all)")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--thresholds", default="0.4,0.5,0.6")
    parser.add_argument("--threshold", type=float, default=0.5, help="the threshold to ship")
    parser.add_argument("--protect", type=int, default=15)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--cache", type=Path, help="pickle the collected lines here and reuse them")
    args = parser.parse_args()
    only = args.extractors.split(",") if args.extractors else None
    print("collecting lines", file=sys.stderr)
    if args.cache and args.cache.exists():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = collect(args.data, only)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    pages = sorted({d.page for d in docs})
    print(
        f"{len(docs)} documents, {sum(len(d.lines) for d in docs)} lines, {len(pages)} pages", file=sys.stderr
    )
    thresholds = [float(t) for t in args.thresholds.split(",")]
    probs: dict[int, np.ndarray] = {}
    for fold in range(args.folds):
        held = {p for k, p in enumerate(pages) if k % args.folds == fold}
        for layout in (False, True):
            # Two models: page dumps with their own lines, and pages split from one line.
            train_docs = [d for d in docs if d.page not in held and d.one_line == layout]
            line_params, context_params = train(train_docs)
            test_idx = [i for i, d in enumerate(docs) if d.page in held and d.one_line == layout]
            add_context([docs[i] for i in test_idx], line_params)
            for i in test_idx:
                full = np.hstack([docs[i].local, docs[i].context])
                probs[i] = 1 / (1 + np.exp(-log_odds(context_params, full)))
    table = evaluate(docs, probs, thresholds, args.protect)
    head = "| extractor | before | " + " | ".join(f"t={t:.2f}" for t in thresholds) + " |"
    print(f"Held-out pages ({args.folds}-fold by page), F1 of the lines the filter stage keeps:\n")
    print(head)
    print("|---|" + "---:|" * (len(thresholds) + 1))
    for ext, row in table.items():
        cells = " | ".join(f"{row[f'{t:.2f}']:.3f}" for t in thresholds)
        print(f"| {ext} | {row['before']:.3f} | {cells} |")
    line_params, context_params = train([d for d in docs if not d.one_line])
    one_line_params, one_line_context = train([d for d in docs if d.one_line])
    model: dict[str, Any] = {
        "source": f"tools/train_article_model.py on {len(pages)} pages x {len({d.extractor for d in docs})} "
        "extractor outputs of the benchmark's development split",
        "threshold": args.threshold,
        "line": {"features": list(LOCAL), **line_params},
        "context": {"features": list(LOCAL + CONTEXT), **context_params},
        "one_line": {
            "line": {"features": list(LOCAL), **one_line_params},
            "context": {"features": list(LOCAL + CONTEXT), **one_line_context},
        },
    }
    for title, part in (("", model), ("one-line pages: ", model["one_line"])):
        for name in ("line", "context"):
            names, ws = part[name]["features"], part[name]["weights"]
            print(f"\n{title}{name} model weights (standardised):")
            for n, wv in sorted(zip(names, ws, strict=True), key=lambda t: -abs(t[1])):
                print(f"  {n:16s} {wv:+.3f}")
    if args.write:
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        rounded = json.loads(json.dumps(model), parse_float=lambda s: round(float(s), 6))
        MODEL_PATH.write_text(json.dumps(rounded, indent=1) + "\n", encoding="utf-8")
        article_rule.article_model.cache_clear()
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}", file=sys.stderr)
    return 0 if not math.isnan(line_params["bias"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())

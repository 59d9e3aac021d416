"""Appeals to the reader: donations, paywalls, newsletters, apps, cookies, comments.

News pages wrap the article in boxes that talk *to the reader* in the
publisher's voice: "Dear readers, ... please support us", "Subscribe to continue
reading", "Sign up for our newsletter", "We use cookies to ...". Such a box is
several lines long and only some of its lines say anything tell-tale ("These
actions are direct efforts to silence independent journalism." has no cue at
all), so lines are not judged one by one. As jusText does with paragraphs, each
line is first labelled on its own, then runs are grown from the clear cases:

* **strong**: a cue phrase a report does not use in its own voice ("support
  us", "Already a subscriber?", "we use cookies"), outside quotation marks;
* **weak**: only publisher voice or reader address ("we", "our", "your
  support", "thank you"); a weak line never starts a block;
* **none**: no cue; **mixed**: a line whose cue sentences are a minority (an
  article paragraph with an appeal glued to its end) is never dropped; when its
  last sentence opens an appeal, a block may start on the next line.

A block runs from a strong line to the next strong line when everything between
is weak, or a short cue-less line in a gap of at most ``max_gap`` lines; up to
``max_gap`` short weak lines right before or after it join it. The labels and
the cue lexicon (language data in ``cleanwire/lexicons/appeals.<lang>.txt``, the
document's language plus English) are in :mod:`cleanwire.rules.appeal_cues`.

Deliberately left alone: news sentences that mention newsletters, subscribers,
donations, cookies or a privacy policy ("Donations to the campaign rose 40% in
March."), quoted speech ('"We need your help," the mayor said.'), and long
article paragraphs, which a weak cue never pulls into a block.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Protocol

from ..context import Context
from ..document import Document, Line
from ..lexicon import lexicon_lang, lookup_order
from ..rule import Drop, rule
from .appeal_cues import WEAK, LineLabel, LineLabels, classify, lexicon, strong_lines
from .scan import folded

__all__ = ["KIND_LABELS", "LineLabel", "classify", "drop_appeals", "find_blocks", "lexicon"]

KIND_LABELS = {
    "donation": "donation appeal",
    "paywall": "paywall or sign-in prompt",
    "newsletter": "newsletter sign-up",
    "app": "app download prompt",
    "cookies": "cookie or privacy notice",
    "comments": "comment prompt",
}
_MAX_CUES_SHOWN = 6  # cues quoted in a block's reason, at most


class Labels(Protocol):
    """A sequence of line labels: a list, or :class:`LineLabels` that classifies on demand."""

    def __len__(self) -> int: ...
    def __getitem__(self, k: int, /) -> LineLabel: ...


def find_blocks(
    labels: Labels,
    max_gap: int,
    bridge_words: int,
    weak_words: int,
    edge_words: int,
    openers: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """Runs ``(first, last)`` of appeal lines among ``labels`` (positions, inclusive).

    A run starts at a strong line, or right after a mixed line whose last
    sentence opens an appeal, and ends at the last strong line reached.
    ``openers``, when given, are the sorted positions of every line that may
    be strong or open a tail; the others are then not looked at as starts.

    >>> L = lambda label, words=8: LineLabel(label, words)
    >>> find_blocks([L("none", 40), L("strong"), L("weak"), L("none"), L("strong"), L("weak")], 2, 25, 40, 20)
    [(1, 5)]
    """

    def joinable(k: int) -> bool:
        lab = labels[k]
        return lab.label == "strong" or (lab.label == "weak" and lab.words <= weak_words)

    def bridgeable(k: int) -> bool:
        return labels[k].label == "none" and labels[k].words <= bridge_words

    def edge(k: int) -> bool:
        return labels[k].label == "weak" and labels[k].words <= edge_words

    n = len(labels)

    def next_opener(k: int) -> int:
        if openers is None:
            return k
        at = bisect.bisect_left(openers, k)
        return openers[at] if at < len(openers) else n

    blocks: list[tuple[int, int]] = []
    k = next_opener(0)
    while k < n:
        lab = labels[k]
        if lab.label != "strong" and not lab.opens_tail:
            k = next_opener(k + 1)
            continue
        first = k if lab.label == "strong" else k + 1
        last = k if lab.label == "strong" else -1
        j, gap = k + 1, 0
        # Walk on while lines are appeal-like; the block ends at the last strong line.
        while j < n and (joinable(j) or (bridgeable(j) and gap < max_gap)):
            gap = 0 if joinable(j) else gap + 1
            if labels[j].label == "strong":
                last = j
            j += 1
        if last < first:  # a glued-on opener with no strong line after it
            k = next_opener(k + 1)
            continue
        low = blocks[-1][1] + 1 if blocks else 0
        while lab.label == "strong" and first > max(low, k - max_gap) and edge(first - 1):
            first -= 1
        stop = last + max_gap
        while last + 1 < n and last < stop and edge(last + 1):
            last += 1
        blocks.append((first, last))
        k = next_opener(last + 1)
    return blocks


def _block_reason(
    lines: Sequence[Line], labels: Sequence[LineLabel], before: Line, glued: LineLabel | None
) -> str:
    """The run decision: kind of appeal, line range, opener and the telling cues."""
    counts: dict[str, int] = {}
    for lab in (glued, *labels) if glued else labels:
        for c in lab.cues:
            if c.kind != WEAK:
                counts[c.kind] = counts.get(c.kind, 0) + 1
    kind = max(counts, key=lambda k: counts[k])  # the first of the most frequent: dicts keep order
    what = KIND_LABELS.get(kind, f"{kind} appeal")
    # Strong cues first, then weak phrases, then bare pronouns: the telling ones lead.
    ranked = sorted(
        (c for lab in labels for c in lab.cues),
        key=lambda c: (c.kind == WEAK, c.kind == WEAK and " " not in c.text),
    )
    shown: list[str] = []
    for c in ranked:
        if c.text.casefold() not in {t.casefold() for t in shown}:
            shown.append(c.text)
    first, last = lines[0].index + 1, lines[-1].index + 1
    if first == last:
        return f"{what} (line {first}; cues: " + ", ".join(f'"{t}"' for t in shown[:_MAX_CUES_SHOWN]) + ")"
    if glued is not None:
        text = [c.text for c in glued.cues if c.kind != WEAK][-1]
        opener = f'"{text}" glued to the end of line {before.index + 1}, which stays'
    else:
        strong = [c.text for c in labels[0].cues if c.kind != WEAK]
        opener = '"' + (strong[0] if strong else " ".join(lines[0].text.split()[:5])) + '"'
    cues = ", ".join([f'"{t}"' for t in shown if f'"{t}"' != opener][:_MAX_CUES_SHOWN])
    return f"{what} block (lines {first}-{last}; opens with {opener}, cues: {cues})"


@rule(kind="filter", options={"max_gap": 2, "bridge_words": 25, "weak_words": 40, "edge_words": 20})
def drop_appeals(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove whole appeal blocks: donations, paywalls, newsletters, apps, cookies, comments.

    Lines are labelled strong / weak / none on their own, then runs grow from
    strong lines over weak lines and gaps of up to ``max_gap`` short cue-less
    lines (at most ``bridge_words`` words); weak lines join only up to
    ``weak_words`` words inside a block and ``edge_words`` at its ends. Each
    dropped line's reason gives the block decision and the line's own label.
    Leaves alone news sentences about newsletters, donations or cookies and
    quoted speech.

    >>> drop_appeals("The vote is on Sunday.\\nDear readers, we need your help.\\nIt is a hard time.\\n"
    ...              "Please support us today.", lang="en")
    'The vote is on Sunday.\\n'
    >>> drop_appeals("The company said its newsletter had 2 million subscribers.", lang="en")
    'The company said its newsletter had 2 million subscribers.'
    """
    lines = list(doc.content())
    if not lines:
        return
    lex = lexicon(lookup_order(lexicon_lang(ctx, "appeals")))
    texts = [line.text for line in lines]
    found = strong_lines(doc, folded(doc, ctx), lex)
    openers = None if found is None else [k for k, line in enumerate(lines) if line.index in found]
    if openers == []:
        return  # no line can hold a strong cue: no block can start
    opts = ctx.options
    longest = max(opts["bridge_words"], opts["weak_words"], opts["edge_words"])
    labels = LineLabels(texts, lex, openers, longest)  # only lines a block reaches are labelled
    blocks = find_blocks(
        labels, opts["max_gap"], opts["bridge_words"], opts["weak_words"], opts["edge_words"], openers
    )
    for first, last in blocks:
        block_lines = lines[first : last + 1]
        block_labels = [labels[k] for k in range(first, last + 1)]
        before = labels[first - 1] if first else None
        glued = before if before is not None and before.opens_tail else None
        reason = _block_reason(block_lines, block_labels, lines[first - 1], glued)
        if first == last:
            yield Drop(lines[first].index, lines[first].index, reason)
            continue
        for line, lab in zip(block_lines, block_labels, strict=True):
            yield Drop(line.index, line.index, f"{reason}; line {line.index + 1}: {lab.describe()}")

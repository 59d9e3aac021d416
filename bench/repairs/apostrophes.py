"""Suite "apostrophes": possessives and contractions that lost their apostrophe (English pages).

Corruption: every ``'`` or ``’`` between two letters ("you're", "Assad's",
"O'Neill") and every one right after a word-final s ("parents'") is deleted.
No other character changes, so the i-th whitespace-separated word of the
corrupted text is the i-th word of the original. The truth is, per word index,
the form of the word that lost its apostrophe(s) (one word counts once).

Scoring is per word (whitespace-separated token, punctuation attached). A word's
key is the word without apostrophes; the keys of the input and of the output are
aligned with ``difflib.SequenceMatcher`` (no autojunk) and only words the diff
matches are scored: a word whose key clean changed (split off, dropped with its
line) has no position we can trust and counts as unmapped, not as a miss. A
matched output word therefore differs from its input word by apostrophes only.
``'`` and ``’`` count as the same character.

* recall: matched corrupted words whose output word equals the original word;
* precision: of the words clean changed, the share now equal to the original;
* wrong changes per 10,000 matched words (changed, and not to the original).
  On the uncorrupted row this is the false-change rate of clean on clean text.

Per form, recall is counted by the original word's form and precision by the
form clean wrote. Forms: possessive 's, contraction 's (it's, he's, that's,
let's ...: a pronoun or wh-word before 's), n't, 're, 'll, 've, 'd, 'm,
plural s', other (O'Neill, rock'n'roll). Known limits: a closing single quote
after an s (‘the bosses’) is removed and counted as plural s'; a noun + 's that
stands for "is" or "has" counts as possessive.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence

from .base import Column, Page, Score, Suite, Summary, add_example, aligned, per_10k, ratio

# An apostrophe between two letters, or right after a word-final s.
_REMOVABLE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])|(?<=[^\W\d_][sS])['’](?!\w)")
# A word's core: from its first letter or digit to its last one, keeping a
# final apostrophe after an s ("parents'").
_CORE = re.compile(r"[^\W_](?:.*[^\W_])?(?:(?<=[sS])['’])?", re.DOTALL)
# Words before 's that make it "is"/"has"/"us" rather than a possessive.
_CONTRACTION_S = frozenset(
    (
        *("it", "he", "she", "that", "there", "here", "this", "what", "who", "where", "when", "why", "how"),
        *("let", "everyone", "everybody", "someone", "somebody", "nobody", "something", "nothing"),
        "everything",
    )
)
_SUFFIX_FORMS = (("n't", "n't"), ("'re", "'re"), ("'ll", "'ll"), ("'ve", "'ve"), ("'d", "'d"), ("'m", "'m"))

FORMS = (
    "possessive 's",
    "contraction 's",
    "n't",
    "'re",
    "'ll",
    "'ve",
    "'d",
    "'m",
    "plural s'",
    "other",
)


def _plain(word: str) -> str:
    return word.replace("’", "'")


def form_of(word: str) -> str:
    """The apostrophe form of a word (the last apostrophe decides).

    >>> [form_of(w) for w in ["Assad's", "“It’s", "didn't", "parents',", "O'Neill"]]
    ["possessive 's", "contraction 's", "n't", "plural s'", 'other']
    """
    match = _CORE.search(_plain(word))
    core = match.group(0).lower() if match else ""
    if core.endswith("s'"):
        return "plural s'"
    if core.endswith("'s"):
        return "contraction 's" if core[:-2] in _CONTRACTION_S else "possessive 's"
    for suffix, form in _SUFFIX_FORMS:
        if core.endswith(suffix):
            return form
    return "other"


def corrupt(page: Page, rng: random.Random) -> tuple[str, dict[int, str]]:
    """Remove the apostrophes; truth: word index -> form of the original word.

    >>> page = Page("p", 0, ("Assad's son said: “you’re late”, parents' rights.",), "en")
    >>> corrupt(page, random.Random(0))
    ('Assads son said: “youre late”, parents rights.', {0: "possessive 's", 3: "'re", 5: "plural s'"})
    """
    truth = {}
    for i, word in enumerate(page.text.split()):
        if _REMOVABLE.search(word):
            truth[i] = form_of(word)
    return _REMOVABLE.sub("", page.text), truth


def score(page: Page, truth: dict[int, str], text_in: str, output: str, reference: str = "") -> Score:
    """Compare ``output`` with the original word by word (see the module docstring)."""
    original = page.text.split()
    if len(text_in.split()) != len(original):
        raise ValueError("the apostrophe corruption must keep the words where they are")
    return score_words(page.id, truth, original, text_in.split(), output.split(), _key, _plain)


def _key(word: str) -> str:
    return word.replace("'", "").replace("’", "")


def score_words(
    page_id: str,
    truth: dict[int, str],
    expected: Sequence[str],
    words_in: Sequence[str],
    words_out: Sequence[str],
    key: Callable[[str], str],
    norm: Callable[[str], str],
) -> Score:
    """Word-by-word restoration counts, shared by the suites that take apostrophes away.

    ``expected[i]`` is what input word ``i`` should become; ``key`` maps a word
    to what no restoration changes (the word without apostrophes or marks), by
    which input and output words are aligned; ``norm`` maps a word to what
    counts as equal (``'`` and ``’`` the same, or exact).
    """
    result = Score()
    counts = result.counts
    for form in truth.values():
        counts["corrupted"] += 1
        counts[f"corrupted:{form}"] += 1
    for i, j in aligned([key(w) for w in words_in], [key(w) for w in words_out]):
        counts["words"] += 1
        right = norm(words_out[j]) == norm(expected[i])
        if i in truth:
            counts["mapped"] += 1
            counts[f"mapped:{truth[i]}"] += 1
            if right:
                counts["restored"] += 1
                counts[f"restored:{truth[i]}"] += 1
        if norm(words_out[j]) != norm(words_in[i]):
            form = form_of(words_out[j])
            counts["changed"] += 1
            counts[f"changed:{form}"] += 1
            if right:
                counts[f"correct:{form}"] += 1
            else:
                counts["wrong"] += 1
                add_example(result, f"{page_id}: {words_in[i]} -> {words_out[j]} (was {expected[i]})")
    counts["unmapped"] = counts["corrupted"] - counts["mapped"]
    return result


def summarize(counts: Counter[str]) -> Summary:
    correct = counts["changed"] - counts["wrong"]
    out: Summary = {
        "corrupted": counts["corrupted"],
        "unmapped": counts["unmapped"],
        "restored": counts["restored"],
        "recall": ratio(counts["restored"], counts["mapped"]),
        "changed": counts["changed"],
        "precision": ratio(correct, counts["changed"]),
        "wrong": counts["wrong"],
        "words": counts["words"],
        "wrong_per_10k_words": per_10k(counts["wrong"], counts["words"]),
    }
    for form in FORMS:
        out[f"corrupted:{form}"] = counts[f"corrupted:{form}"]
        out[f"recall:{form}"] = ratio(counts[f"restored:{form}"], counts[f"mapped:{form}"])
        out[f"changed:{form}"] = counts[f"changed:{form}"]
        out[f"precision:{form}"] = ratio(counts[f"correct:{form}"], counts[f"changed:{form}"])
    return out


def details(counts: Counter[str]) -> list[str]:
    """Per-form table for the cleanwire row."""
    s = summarize(counts)
    lines = [
        "Per form (cleanwire row; recall over the corrupted words that could be mapped):",
        "",
        "| form | corrupted | recall | changed to this form | precision |",
        "|---|---:|---:|---:|---:|",
    ]
    for form in FORMS:
        rec, prec = s[f"recall:{form}"], s[f"precision:{form}"]
        lines.append(
            f"| {form} | {s[f'corrupted:{form}']} | {'–' if rec is None else f'{rec:.1%}'} "
            f"| {s[f'changed:{form}']} | {'–' if prec is None else f'{prec:.1%}'} |"
        )
    return lines


def word_columns(corrupted: str) -> tuple[Column, ...]:
    """The table of a word-by-word suite; ``corrupted`` heads the count of corrupted words."""
    return (
        Column(corrupted, "corrupted", "count"),
        Column("unmapped", "unmapped", "count"),
        Column("restored", "restored", "count"),
        Column("recall", "recall"),
        Column("changed", "changed", "count"),
        Column("precision", "precision"),
        Column("wrong changes / 10k words", "wrong_per_10k_words", "rate"),
    )


SUITE: Suite[dict[int, str]] = Suite(
    name="apostrophes",
    description="apostrophes removed inside words and after word-final s; English pages only",
    corrupt=corrupt,
    score=score,
    summarize=summarize,
    columns=word_columns("corrupted words"),
    english_only=True,
    details=details,
)

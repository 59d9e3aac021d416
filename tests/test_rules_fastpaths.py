"""The fast paths of the rules: cheap tests that stand in for expensive ones must not change a result.

Each fast path is a necessary condition checked first (a screen, a line head,
a candidate list) or the same computation done once for many lines. These
tests check each against the slow computation it stands in for, and check the
facts about characters they rely on against the Unicode data of the running
Python, so that an upgrade that breaks one fails here rather than silently.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import regex

from cleanwire.document import segment
from cleanwire.lexicon import WORD, alternation, entries, fold, folded_words, phrase_tree, prefix_tree
from cleanwire.rules.apostrophe_tokens import TOKEN, TokenText, contraction_patterns
from cleanwire.rules.apostrophe_words import contractions
from cleanwire.rules.apostrophes import restore_apostrophes
from cleanwire.rules.appeal_cues import LineLabels, block_openers, classify, lexicon, screenable
from cleanwire.rules.duplicates import ODD_SPACE, line_key, line_keys
from cleanwire.rules.names import agencies, agency_names, name_patterns
from cleanwire.rules.scan import line_head, lines_starting, lines_with, merged

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EN = lexicon(("en",))


def fixture_lines() -> list[str]:
    return [
        line
        for path in sorted(FIXTURES.glob("*/*.input.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]


# --- facts about characters -------------------------------------------------

# Every code point, in one string: patterns and str methods then check a fact in one call.
EVERY = "".join(map(chr, range(0x110000)))
WORD_CHARS = "".join(re.findall(r"\w", EVERY))
NON_WORD = re.sub(r"\w", "", EVERY)


def test_word_characters_are_isalnum_and_underscore() -> None:
    """Token scans test str.isalnum where the patterns say [^\\W_]."""
    assert "".join(c for c in EVERY if c.isalnum() or c == "_") == WORD_CHARS


def test_folding_keeps_words_and_lines_apart() -> None:
    """block_openers and line_keys fold many lines joined by newlines at once."""
    assert EVERY.casefold() == "".join(c.casefold() for c in EVERY)  # character by character
    assert "\n" not in EVERY.replace("\n", "").casefold()  # no character folds to a newline
    assert not re.search(r"\s", re.sub(r"\s", "", EVERY).casefold())  # nor to any whitespace
    assert " " not in fold(WORD_CHARS + "'’")  # folded words joined by spaces split back apart
    # appeal_cues._UNSCREENABLE lists the one non-word character that folds to a word character.
    changed = [c for c in NON_WORD if c.casefold() != c]
    assert [c for c in changed if re.search(r"\w", c.casefold())] == ["\u0345"]


def test_lower_case_keeps_offsets_and_word_characters() -> None:
    """apostrophe_tokens finds contractions in text.lower() at the offsets of the text."""
    assert [c for c in EVERY if len(c.lower()) != 1] == ["\u0130"]  # then it tokenises in full
    changed = [c for c in EVERY if c.lower() != c and c != "\u0130"]
    assert all(c.isalnum() == c.lower().isalnum() for c in changed)


def test_re_ignores_case_at_least_as_widely_as_regex_for_ascii_labels() -> None:
    """Byline and source-label heads test with re what regex then matches: re must not miss any."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        narrow = set(regex.findall(f"(?i:{letter})", EVERY))
        assert narrow <= set(re.findall(letter, EVERY, re.IGNORECASE)), letter
    assert set(regex.findall(r"\s", EVERY)) <= set(re.findall(r"\s", EVERY))


def test_ignoring_case_pairs_ascii_letters_with_their_case_folds_but_two() -> None:
    """scan.lines_labelled finds ASCII labels in folded text unless the text has one of the two."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        odd = {c for c in re.findall(letter, EVERY, re.IGNORECASE) if c.casefold() != letter}
        assert odd <= {"\u0130", "\u0131"}, letter


def test_odd_space_is_whitespace_but_space_and_newline() -> None:
    assert ODD_SPACE.findall(EVERY) == [c for c in EVERY if c.isspace() and c not in " \n"]


# --- regexes from word lists ------------------------------------------------


PHRASES = ["we", "web", "we use cookies", "sign in", "sign up", "a.m.", "read more", "read", "x", "xy z"]


@pytest.mark.parametrize(
    "probe",
    [
        "we",
        "web",
        "we use cookies",
        "we  use\tcookies",
        "sign in",
        "signin",
        "a.m.",
        "am",
        "read more",
        "rea",
        "",
        "xy z",
        "xy",
        "we use",
    ],
)
def test_trees_match_what_the_alternation_matches(probe: str) -> None:
    flat = re.compile(alternation(PHRASES))
    assert bool(re.compile(phrase_tree(PHRASES)).fullmatch(probe)) == bool(flat.fullmatch(probe))
    words = [p.split(" ") for p in PHRASES]
    assert bool(re.compile(prefix_tree(words, r"\s+")).fullmatch(probe)) == bool(flat.fullmatch(probe))


def test_prefix_tree_of_nothing_matches_nothing() -> None:
    assert re.compile(prefix_tree([], " ")).search("anything") is None
    assert re.compile(phrase_tree([])).search("anything") is None


def test_folded_words_fold_word_by_word() -> None:
    text = "You’re SIGNED-in, Straße ﬁne K"
    assert folded_words(text) == tuple(fold(w) for w in WORD.findall(text))


# --- line scans -------------------------------------------------------------


def test_lines_starting_finds_heads_after_leading_space_and_skips_blank_and_dropped() -> None:
    doc = segment("Source: AP\nBody text.\n   source: x\n\nSource: dropped\nthe Source: no")
    doc.dropped[4] = "other_rule"
    head = line_head("source:", re.IGNORECASE)
    assert [line.index for line in lines_starting(doc, head)] == [0, 2]
    assert lines_starting(segment(""), head) == []


def test_lines_with_finds_each_line_once() -> None:
    doc = segment("a/b/c\nnone here\n\n/\nx / y / z")
    assert [line.index for line in lines_with(doc, re.compile("/"))] == [0, 3, 4]
    assert lines_with(doc, re.compile("@")) == []


def test_merged_keeps_document_order_without_repeats() -> None:
    doc = segment("a\nb\nc\nd")
    assert [line.text for line in merged([doc.lines[3], doc.lines[1]], [doc.lines[1], doc.lines[0]])] == [
        "a",
        "b",
        "d",
    ]


# --- appeals ----------------------------------------------------------------


EXTRA_LINES = [
    "Already a subscriber? Log in",
    "Sign in",
    "SIGN IN",
    "Support us!",
    "We use cookies to improve your experience.",
    "The company said it uses cookies.",
    '"Please support us," she said.',
    "Thank you for your support. Subscribe now.",
    "It was late. The minister left. Subscribe to our newsletter",
    "A''b sign in",
    "Sign\u0345 in",
    "Privacy Policy",
    "ſign in",
]


def test_block_openers_miss_no_strong_line() -> None:
    lines = list(dict.fromkeys(fixture_lines() + EXTRA_LINES))
    openers = block_openers(lines, EN)
    if openers is None:  # the extra lines make the whole text unscreenable: screen the others
        lines = [t for t in lines if screenable([t], EN)]
        openers = block_openers(lines, EN)
    assert openers is not None
    found = set(openers)
    for k, text in enumerate(lines):
        label = classify(text, EN)
        if label.label == "strong" or label.opens_tail:
            assert k in found, text
    assert found and len(found) < len(lines) / 2  # it screens, and it finds


def test_unscreenable_text_is_not_screened() -> None:
    assert block_openers(["A''b sign in", "Sign in"], EN) is None
    assert block_openers(["Sign\u0345 in"], EN) is None
    assert block_openers(["Sign in", "Nothing"], EN) == [0]


def test_line_labels_agree_with_classify_where_they_matter() -> None:
    lines = [t for t in dict.fromkeys(fixture_lines() + EXTRA_LINES) if screenable([t], EN)]
    labels = LineLabels(lines, EN, block_openers(lines, EN), 40)
    for k, text in enumerate(lines):
        got, want = labels[k], classify(text, EN)
        if want.label in ("weak", "none") and want.words > 40:
            assert got.label in ("weak", "none") and got.words == want.words
        else:
            assert got == want, text


# --- apostrophes ------------------------------------------------------------


def test_contraction_patterns_find_every_form_in_any_case() -> None:
    forms = frozenset(contractions())
    patterns = contraction_patterns(forms)
    for form in sorted(forms):
        for written in (form, form.upper(), form.title()):
            low_rev = f"({written.lower()}) x"[::-1]
            assert form[::-1] in {m for p in patterns for m in p.findall(low_rev)}, written


def test_candidates_hold_every_token_restore_apostrophes_changes() -> None:
    text = (
        "\n".join(fixture_lines())
        + " Merkel said Merkels aides, youre right, DONT go, his airplanes transponder."
    )
    changed = {r.start for r in restore_apostrophes.explain(text, lang="en").records}
    tokens = TokenText(text)
    found = {
        start
        for start, _ in tokens.candidates(
            frozenset(contractions()),
            contraction_patterns(contractions()),
            lambda w: True,
            ("his", "her", "my"),
        )
    }
    assert changed and changed <= found
    # The tokens found are tokens of the text.
    starts = {m.start(): m.group() for m in TOKEN.finditer(text)}
    assert all(
        starts.get(start) == word
        for start, word in tokens.candidates(
            frozenset(contractions()), contraction_patterns(contractions()), lambda w: True, ("his",)
        )
    )


def test_token_neighbours_match_a_full_tokenisation() -> None:
    rnd = random.Random(7)
    pieces = ["ab", "Cd", "1", " ", "  ", ".", ". ", "-", "\n", "é", "_", "x"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        spans = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        doc = TokenText(text)
        for i, (start, end, _) in enumerate(spans):
            prev = spans[i - 1][2] if i and text[spans[i - 1][1] : start] == " " else ""
            nxt = spans[i + 1][2] if i + 1 < len(spans) and text[end : spans[i + 1][0]] == " " else ""
            before = (spans[i - 1][2], text[spans[i - 1][1] : start]) if i else ("", "")
            assert (doc.prev(start), doc.next(end), doc.before(start)) == (prev, nxt, before), text


def test_the_long_lower_case_i_falls_back_to_all_tokens() -> None:
    text = "İstanbul youre here"
    got = TokenText(text).candidates(frozenset(contractions()), (), lambda w: False, ())
    assert [w for _, w in got] == TOKEN.findall(text)


# --- duplicates, names --------------------------------------------------------


def test_line_keys_are_line_key() -> None:
    texts = ["  He said: “Enough.” ", 'he said:\t"enough."', "Straße", "", "a  b", "x\u00a0y", "’Quote’ ..."]
    assert line_keys(texts) == [line_key(t) for t in texts]
    assert line_key("a\nb") == "a b"
    assert line_keys([]) == []


def test_agency_names_stand_in_for_the_agency_pattern() -> None:
    names = agency_names()
    assert names is not None
    probes = [
        *entries("agencies"),
        "Getty  Images",
        "getty images",
        "AFP Photo",
        "Reuters.",
        "Associated\tPress",
    ]
    for probe in probes:
        assert (agencies().fullmatch(probe) is not None) == (" ".join(probe.split()) in names), probe


def test_byline_label_head_is_needed_by_every_byline() -> None:
    pats = name_patterns("en")
    assert pats.label is not None
    for line in ["By John Smith", "BY JOHN SMITH", "Written by Jane Doe, Reuters", "Author: Jane Doe"]:
        assert pats.byline.fullmatch(line)
        assert pats.label.match(line)
    assert not pats.label.match("John Smith")


def test_every_date_pattern_needs_a_digit() -> None:
    """drop_datelines looks only at lines with an ASCII digit: no date matches without one."""
    from cleanwire.rules.dates import date_patterns, is_date_line

    dated = [
        "Dec. 13, 2024 10:21 AM ET",
        "Updated 3:21 PM",
        "2024-12-13",
        "13 December 2024",
        "Published: Friday, December 13, 2024",
        "World | 7 Jan, 2025 • 5 min read",
        "Updated Dec 13",
        "12/13/2024",
    ]
    pats = date_patterns("en")
    for text in dated:
        assert is_date_line(text)
        assert not pats.date.search(re.sub("[0-9]", "", text)), text
        assert not pats.date.search(text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))), text
    for text in ["Monday", "December", "Updated yesterday", "Published on Friday", "Dec. thirteenth"]:
        assert not pats.date.search(text)


def test_labelled_lines_are_the_same_on_the_folded_text() -> None:
    from cleanwire.config import Config
    from cleanwire.context import Context
    from cleanwire.rules.scan import label_head, lines_labelled, lines_matching

    head = label_head(["read more", "don't miss", "source:"], before=r"(?:[(\[][^\S\n]*)?")
    text = "READ MORE\n(Source: AP)\nDon't miss this\nDON’T MISS\nſource: x\nnothing\n  Read  more »"
    doc = segment(text)
    raw = [line.index for line in lines_matching(doc, head.raw)]
    assert raw == [0, 1, 2, 4, 6]
    found = [line.index for line in lines_labelled(doc, Context(Config(), text), head)]
    assert set(raw) <= set(found)  # the folded text also finds "DON’T MISS"
    odd = text + "\nREAD MORE \u0130"  # dotted capital I: the raw text is searched
    doc = segment(odd)
    assert [line.index for line in lines_labelled(doc, Context(Config(), odd), head)] == [0, 1, 2, 4, 6, 7]

"""Pages that arrive as one huge line: split them into sentences and menu runs.

Naive scrapers (``get_text(" ")``) return a whole page, menus and footer
included, as one line, which no line filter can judge without dropping the
article with it. :func:`split_run_on_text` puts each sentence of such a line
on its own line, and separates a run of menu words from the sentence that
follows it ("... Sport Weather Business Americans have gone to the polls"), so
the filters after it see menus and sentences apart. It only moves line
breaks, never a word, and runs on nothing but such pages (:func:`is_run_on`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

import regex

from ..context import Context
from ..rule import Edit, rule
from .abbreviations import abbreviations as load_abbreviations
from .shapes import EXCERPT, excerpt


def is_run_on(text: str, min_length: int = 2000, min_average: int = 1000) -> bool:
    """Whether ``text`` is a page with hardly any line breaks at all.

    At least ``min_length`` characters, and its lines average more than
    ``min_average`` characters: not one long paragraph among others.

    >>> is_run_on("word " * 500), is_run_on(("word " * 20 + "\\n") * 25)
    (True, False)
    """
    return len(text) >= min_length and len(text) > min_average * (text.count("\n") + 1)


# A sentence end followed by the start of the next sentence: one to three of
# ".", "!", "?" right after a character that is neither a space nor a "." (no
# ellipsis) or after one space (scrapers that put a space between elements
# write "on Instagram . What"), closing quotes or brackets, the gap (spaces or
# tabs), then maybe an opening quote or bracket, and a letter (the rule checks
# that it is a capital) or a "©" (footers: "Twitter. © 2019 The Paper."). Every
# part is bounded or stops at a different character class, so the scan stays
# linear; ``re`` rather than ``regex`` because it runs over whole pages.
_SENTENCE_END = re.compile(
    r"(?<=[^\s.]) ?(?P<p>[.!?]{1,3})[”’\"')\]»]{0,3}(?P<gap>[ \t]+)(?P<o>[“‘\"'«„(\[]{0,2})(?=[^\W\d_]|©)"
)
# Roman numerals ("Part II.", "Henry VIII.").
_ROMAN = re.compile(r"[IVXLC]+")
_OPENERS = "([{\"“‘«„'"
_CLOSERS = ")]}\"”’»'"
_TOKEN_WINDOW = 40  # characters searched back for the word before a full stop
_TOKEN = re.compile(r"\S+")

# Menu runs inside a sentence: each word costs, in the menu and the prose state,
# minus the log of how likely its case is there (menus: nine words in ten
# capitalised, "Home News Sport"; prose: about three in ten); short lowercase
# words ("to", "of", "&") are common in menus too ("Skip to content"). Changing
# state costs as much as a run of about seven capitalised words in prose earns,
# so a shorter capitalised stretch ("The United Nations Security Council")
# stays in its sentence.
_COST = {  # case -> (cost in the menu state, cost in the prose state)
    "capital": (0.1, 1.2),
    "lower": (2.3, 0.36),
    "short": (1.0, 0.36),
    "none": (0.0, 0.0),
}
_SWITCH = 3.5
_MIN_MENU = 6  # words in a menu run, at least
# Worth a closer look: seven capitalised words in a row (a cheap test before the
# segmentation; each repetition is bounded, so the scan stays linear).
_CAPITAL_RUN = regex.compile(r"(?:[\p{Lu}\p{Lt}]\S*\s+){6}[\p{Lu}\p{Lt}]")
# And a lowercase word of four letters or more: prose to tell the menus from.
_LOWER_WORD = regex.compile(r"(?<!\S)\p{Ll}{4}")


def _before_stop(text: str, stop: int) -> str:
    """The word before the full stop at ``stop`` (at most ``_TOKEN_WINDOW`` characters)."""
    if text[stop - 1] == " ":
        stop -= 1  # "processed . About"
    window = max(stop - _TOKEN_WINDOW, 0)
    space = text.rfind(" ", window, stop)
    if "\t" in text[space + 1 : stop]:
        space = text.rfind("\t", window, stop)
    return text[space + 1 : stop]


def _ends_sentence(token: str, abbreviations: frozenset[str]) -> bool:
    """Whether a full stop after ``token`` ends a sentence rather than an abbreviation, initial or number."""
    if token + "." in abbreviations:
        return False  # "Nov.", "Mr.", "z.B."
    word = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    if word + "." in abbreviations or "." in word:
        return False  # "(Dr.", "U.S.", "e.g.", "example.com.", "3.5."
    if len(word) <= 1 or (len(word) == 2 and word.isupper()):
        return False  # initials "J.", "ID.", "UK."
    if word.isdigit() and len(word) <= 2:
        return False  # "28. November", "1. Introduction"
    return _ROMAN.fullmatch(word) is None


def _case(token: str) -> str:
    """How a word is written: "capital" ("Sport", "SEARCH"), "lower", "short" ("to") or "none" ("2019")."""
    for c in token:
        if c.isalpha():
            if c.isupper() or c.istitle():
                return "capital"
            return "short" if len(token) <= 3 else "lower"
    return "none"


def _menu_runs(text: str, start: int, end: int) -> list[tuple[int, int, bool, int]]:
    """Split ``text[start:end]`` into menu and prose runs: (first word, last word end, is menu, words).

    A two-state segmentation (Viterbi over the words' costs in :data:`_COST`),
    linear in the number of words. A prose run keeps the capitalised word
    before it when it starts lowercase: a sentence starts with a capital
    ("... Business Americans have gone" → "Americans have gone").
    """
    tokens = [(m.start(), m.end(), _case(m.group())) for m in _TOKEN.finditer(text, start, end)]
    if not tokens:
        return []
    # Words of one case in a row never change state inside the run: decide per run of words.
    groups: list[tuple[int, int, str]] = []  # (first word, word after the last, case)
    first = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i][2] != tokens[first][2]:
            groups.append((first, i, tokens[first][2]))
            first = i
    n = len(groups)
    cost = [0.0, 0.0]  # best cost of the words so far, ending in the menu (0) or prose (1) state
    came = [[0] * n, [0] * n]  # the state before each run on the best path to each state
    for i, (a, b, case) in enumerate(groups):
        in_menu, in_prose = _COST[case]
        stay_menu, from_prose = cost[0], cost[1] + _SWITCH
        stay_prose, from_menu = cost[1], cost[0] + _SWITCH
        came[0][i] = 0 if stay_menu <= from_prose else 1
        came[1][i] = 1 if stay_prose <= from_menu else 0
        cost = [
            min(stay_menu, from_prose) + (b - a) * in_menu,
            min(stay_prose, from_menu) + (b - a) * in_prose,
        ]
    states = [0] * n
    state = 0 if cost[0] < cost[1] else 1
    for i in range(n - 1, -1, -1):
        states[i] = state
        state = came[state][i]
    runs: list[tuple[int, int, bool]] = []  # (first word, word after the last, is menu)
    first = 0
    for i in range(1, n + 1):
        if i == n or states[i] != states[i - 1]:
            runs.append((groups[first][0], groups[i - 1][1], states[first] == 0))
            first = i
    for k in range(1, len(runs)):
        (a, b, menu), (c, d, prose) = runs[k - 1], runs[k]
        if menu and not prose and b - a > _MIN_MENU and tokens[c][2] != tokens[c - 1][2] == "capital":
            runs[k - 1], runs[k] = (a, b - 1, menu), (c - 1, d, prose)  # the sentence's capital
    # Menu runs shorter than _MIN_MENU words go back into the prose around them.
    merged: list[tuple[int, int, bool, int]] = []
    for a, b, menu in runs:
        if b <= a:
            continue
        menu = menu and b - a >= _MIN_MENU
        if merged and merged[-1][2] == menu:
            merged[-1] = (merged[-1][0], tokens[b - 1][1], menu, merged[-1][3] + b - a)
        else:
            merged.append((tokens[a][0], tokens[b - 1][1], menu, b - a))
    return merged


def _segments(
    text: str, start: int, end: int, abbreviations: frozenset[str], decided: dict[str, bool]
) -> Iterator[tuple[int, int, str]]:
    """The sentence boundaries in ``text[start:end]``: (gap start, gap end, the text before)."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if not (text[m.end()].isupper() or text[m.end()] == "©"):
            continue
        stop, after = m.span("p")
        if after - stop > 1 and "." in text[stop:after]:
            continue  # an ellipsis written with full stops, or "?." typos
        if text[stop] == ".":
            token = _before_stop(text, stop)
            ends = decided.get(token)
            if ends is None:
                ends = decided[token] = _ends_sentence(token, abbreviations)
            if not ends:
                continue
        gap, resume = m.span("gap")
        yield gap, resume, text[max(stop - EXCERPT, start) : gap]


@rule(kind="repair", options={"min_length": 2000, "min_average": 1000})
def split_run_on_text(text: str, ctx: Context) -> Iterator[Edit]:
    """Put each sentence of a page that arrived as one huge line on its own line.

    A line counts as run-on when it is at least ``min_length`` characters
    (2,000) long and the document's lines average more than ``min_average``
    characters (1,000): a page with hardly any line breaks at all, not one
    long paragraph among others. In such a line the gap after ".", "!" or "?"
    (and any closing quote or bracket) before a capital or "©" becomes a line
    break; scraped pages often have a space before the stop ("Instagram .").
    Inside a sentence, runs of mostly capitalised words (seven or more) are
    menus glued to the prose around them: a two-state segmentation of the
    words by case puts each run on its own line, and the break before the
    prose after a menu goes before the sentence's first word (the last
    capital of the run, so a sentence opening with a two-word name loses its
    first word to the menu line; the word stays in the text).

    Leaves alone: documents with ordinary line breaks, full stops after
    abbreviations from the abbreviation lexicon ("Mr.", "Nov.", "z.B."),
    initials ("J. K."), dotted words ("U.S.", "e.g.", "example.com", "3.5"),
    two-letter capitals ("ID.", "UK."), numbers of one or two digits ("28.
    November"), Roman numerals, ellipses ("wait... Then", "wait… Then"), any
    stop not followed by a space and a capital, and capitalised stretches
    of a sentence shorter than about seven words ("The United Nations
    Security Council said").

    >>> menu = "Home News Sport Weather Business Travel Culture Video Live Music Film "
    >>> lead = "The council met on Tuesday to agree on the budget for the coming year. "
    >>> page = menu + lead + "Mr. Smith spoke to the press. " * 70
    >>> out = split_run_on_text(page.strip())
    >>> out.split("\\n")[:3]
    ['Home News Sport Weather Business Travel Culture Video Live Music Film', \
'The council met on Tuesday to agree on the budget for the coming year.', 'Mr. Smith spoke to the press.']
    >>> [r.reason for r in split_run_on_text.explain(page.strip()).records[:2]]
    ['one-line document: menu words end before "The council met on…"', \
'one-line document: sentence boundary after "…for the coming year."']
    """
    min_length, min_average = ctx.options["min_length"], ctx.options["min_average"]
    if not is_run_on(text, min_length, min_average):
        return
    abbreviations = load_abbreviations().all
    decided: dict[str, bool] = {}  # word before a full stop -> whether it ends a sentence
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) >= min_length:
            # Capitalised stretches, found in one scan: only sentences they touch are segmented.
            runs = [(m.start(), m.end()) for m in _CAPITAL_RUN.finditer(text, start, end)]
            sentence = start
            for gap, resume, before in _segments(text, start, end, abbreviations, decided):
                if _touches(runs, sentence, gap):
                    yield from _split_menu(text, sentence, gap)
                yield Edit(
                    gap, resume, "\n", f'one-line document: sentence boundary after "{excerpt(before, True)}"'
                )
                sentence = resume
            yield from _split_menu(text, sentence, end)
        start = end + 1


def _menu_words(text: str, start: int, end: int) -> int:
    """How many words of ``text[start:end]`` lie in menu runs of at least ``_MIN_MENU`` words."""
    if not _CAPITAL_RUN.search(text, start, end):
        return 0
    return sum(words for _, _, menu, words in _menu_runs(text, start, end) if menu)


def opens_with_menus(text: str, words: int = 200, share: float = 0.2) -> bool:
    """Whether a one-line page starts like a whole page: menus among its first ``words`` words.

    The evidence that a text with no line breaks is a page dump rather than an
    article that lost its paragraph breaks (many extractors return those): at
    least ``share`` of its first ``words`` words lie in runs of capitalised
    menu words (see :func:`split_run_on_text`).

    >>> menu = "Home News Sport Weather Business Travel Culture Future Video Live Music Film "
    >>> opens_with_menus(menu * 6 + "The council met on Tuesday and voted. " * 40)
    True
    >>> opens_with_menus("The council met on Tuesday and voted. " * 40)
    False
    """
    ends = [m.end() for m in itertools.islice(_TOKEN.finditer(text), words)]
    if len(ends) < words:
        return False
    return _menu_words(text, 0, ends[-1]) >= share * words


def _touches(runs: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted spans ``runs`` overlaps ``[start, end)``."""
    at = bisect.bisect_right(runs, (start, start)) - 1  # the last run starting at or before start
    at = max(at, 0)
    while at < len(runs) and runs[at][0] < end:
        if runs[at][1] > start:
            return True
        at += 1
    return False


def _split_menu(text: str, start: int, end: int) -> Iterator[Edit]:
    """Line breaks between the menu runs and the prose in ``text[start:end]``."""
    if not _CAPITAL_RUN.search(text, start, end) or not _LOWER_WORD.search(text, start, end):
        return
    for (_, last, menu, _), (first, after, _, _) in itertools.pairwise(_menu_runs(text, start, end)):
        side = "start" if not menu else "end"
        shown = excerpt(text[first : min(first + 2 * EXCERPT, after)], False)
        yield Edit(last, first, "\n", f'one-line document: menu words {side} before "{shown}"')

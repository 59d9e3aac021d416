"""Tests for the layout repairs: rejoin_hard_wraps and split_run_on_text."""

from __future__ import annotations

import textwrap
import time

import pytest

from cleanwire import Cleaner, Result
from cleanwire.rules.layout import rejoin_hard_wraps
from cleanwire.rules.run_on import split_run_on_text
from cleanwire.rules.whitespace import normalize_newlines, normalize_spaces

from .conftest import check_trace

PARAGRAPHS = [
    "The harbour board met on Tuesday evening to discuss the long-delayed plan to rebuild the old "
    "pier, which has been debated for more than a decade and was rejected twice by the council.",
    "Members agreed to put the scheme to a public vote next spring. Officials said they expect a "
    "large turnout, because the pier is used by fishermen, ferry passengers and walkers alike.",
    "Opponents say the new structure, which would be twice as long as the present one, will change "
    "the character of the seafront and block the view from the promenade for several hundred homes.",
    "The board will publish the full drawings at the end of the month and hold two open meetings "
    "before the vote takes place.",
]


def wrap(paragraphs: list[str], width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width=width, break_long_words=False) for p in paragraphs)


def explain_wraps(text: str, **options: object) -> Result:
    result = rejoin_hard_wraps.explain(text, lang="en", **options)
    check_trace(result)
    return result


def reasons(result: Result) -> list[str]:
    return [r.reason for r in result.records]


# --- rejoin_hard_wraps: what it joins ----------------------------------------


@pytest.mark.parametrize("width", [60, 72, 78, 80, 100])
def test_rejoins_paragraphs_wrapped_at_any_width(width: int) -> None:
    text = wrap(PARAGRAPHS, width)
    longest = max(len(line) for line in text.split("\n"))  # the width as the text shows it
    result = explain_wraps(text)
    assert result.text == "\n\n".join(PARAGRAPHS)
    assert result.records
    assert all(r.text == "\n" and r.replacement == " " for r in result.records)
    assert all(r.startswith(f"hard-wrapped at {longest} columns: ") for r in reasons(result))


def test_reason_quotes_both_sides_of_the_seam() -> None:
    result = explain_wraps(wrap(PARAGRAPHS, 78))
    assert (
        reasons(result)[0] == 'hard-wrapped at 77 columns: "…long-delayed plan to" + "rebuild the old pier,…"'
    )


def test_rejoin_is_idempotent() -> None:
    once = rejoin_hard_wraps(wrap(PARAGRAPHS, 72))
    assert rejoin_hard_wraps(once) == once


@pytest.mark.parametrize(
    ("end", "start", "glue"),
    [
        ("by the well-", "known engineering firm.", ""),
        ("the tried-", "and-tested design.", ""),
        ("in the 15-", "inch model range.", ""),
        # a suspended hyphen: it was followed by a space all along
        ("both pre-", "and post-war housing.", " "),
        ("the 10-", "to 15-year contracts.", " "),
        # unsure (not a lowercase word after the hyphen): a space
        ("around COVID-", "19 restrictions.", " "),
    ],
)
def test_hyphen_at_line_end(end: str, start: str, glue: str) -> None:
    line = "The survey of the town covers a range of buildings and the works drawn up " + end
    result = explain_wraps("\n\n".join([f"{line}\n{start}"] * 4))
    assert result.text == "\n\n".join([line + glue + start] * 4)
    assert {r.replacement for r in result.records} == {glue}


def test_list_items_headings_and_tables_stay_apart() -> None:
    wrapped = wrap(PARAGRAPHS[:2], 78)
    structure = (
        "What happens next\n"
        "\n"
        "* Drawings published at the end of the month by the board of the harbour\n"
        "* Two open meetings in the town hall before the vote takes place next spring\n"
        "1. First meeting on the fifth of the month, in the afternoon, at the old hall\n"
        "2. Second meeting a week later, in the evening, in the library reading room\n"
        "\n"
        "| Option | Length | Cost in millions of euros, including the new promenade |\n"
        "| A | 120 m | 4.5 |\n"
        "---|---|---\n"
        "\n"
        "## Background of the plan that has been debated for more than a decade now\n"
        "The pier was built in 1890."
    )
    result = explain_wraps(f"{wrapped}\n\n{structure}")
    assert result.text == "\n\n".join(PARAGRAPHS[:2]) + "\n\n" + structure


def test_wrapped_list_item_continues_on_the_next_line() -> None:
    text = wrap(PARAGRAPHS, 80) + (
        "\n\n* Drawings of the new pier will be published at the end of the month, with\n"
        "a model on show in the library\n"
        "* Two open meetings"
    )
    out = explain_wraps(text).text
    assert out.endswith(
        "* Drawings of the new pier will be published at the end of the month, with "
        "a model on show in the library\n* Two open meetings"
    )


def test_dash_moved_to_the_line_start_is_prose_not_a_list() -> None:
    text = wrap(PARAGRAPHS[:2], 72) + (
        "\n\nScientists now believe the moon holds the essential ingredients for life\n"
        "- chemical elements, energy and liquid water - beneath its ice.\n"
    )
    assert "ingredients for life - chemical elements" in explain_wraps(text).text


def test_quoted_lines_lose_the_repeated_marker() -> None:
    text = wrap(PARAGRAPHS[:2], 78) + (
        "\n\n> “We are going to look at every option before the vote, and we will listen\n"
        "> to the people who use the pier every day,” the chair of the board said.\n"
    )
    assert "> “We are going to look at every option before the vote, and we will listen to the people" in (
        explain_wraps(text).text
    )


def test_link_target_on_its_own_line_is_left_for_the_url_filter() -> None:
    text = wrap(PARAGRAPHS, 80) + (
        "\n\nThe full report on the state of the pier and the promenade is available online\n"
        "(https://example.org/reports/pier-survey-2019.pdf) from the harbour office.\n"
    )
    assert "online\n(https://example.org/" in explain_wraps(text).text


def test_line_shortened_by_an_earlier_repair_is_joined_when_the_sentence_goes_on() -> None:
    # "[old pier](https://...)" became "old pier": the line no longer reaches the width.
    text = wrap(PARAGRAPHS, 78) + (
        "\n\nThe survey found serious damage to the old pier, mostly below\n"
        "the waterline, where the timber piles have rotted.\n"
    )
    result = explain_wraps(text)
    assert "mostly below the waterline" in result.text
    assert reasons(result)[-1] == (
        'hard-wrapped at 77 columns, sentence goes on: "…old pier, mostly below" + "the waterline, where…"'
    )


# --- rejoin_hard_wraps: what it leaves alone ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a poem inside an article that is not wrapped
        "The poet read a new piece at the opening of the festival.\n"
        "I walked along the harbour wall at dawn\n"
        "and watched the boats come slowly into port,\n"
        "their lanterns pale against the morning sky,\n"
        "their nets still heavy with the night's long work.\n"
        "The audience stood to applaud.",
        # an address block
        "Entries can be sent by post to the following address before the end of March.\n"
        "Harbour Museum\n"
        "Old Customs House, 12 Quay Street\n"
        "Port Ellen, County of Westshire\n"
        "AB12 3CD, United Kingdom",
        # a list of items without markers
        "The winners of this year's awards were announced on Saturday evening.\n"
        "Best new building: the library extension on the corner of the market square\n"
        "Best restoration: the lighthouse keeper's cottage at the end of the north pier\n"
        "Best public space: the new promenade between the ferry terminal and the beach",
        # one paragraph per line, long lines that happen to have similar lengths
        "A video of a lost dog being reunited with its owner has been viewed more than four million "
        "times since it was posted by a rescue centre on Thursday.\n"
        "The dog, a border collie called Bess, went missing during a storm last winter and was found "
        "140 kilometres away by a farmer who recognised her from a poster.\n"
        "The centre said it had been inundated with messages from people asking how to microchip "
        "their pets, and staff said the reunion was largely down to luck.\n"
        "A post from the council urged owners to check that their contact details on microchip "
        "databases were up to date, and thanked the farmer for his help.",
        # a single wrapped seam is not enough evidence
        "The harbour board met on Tuesday evening to discuss the long-delayed plan\nto rebuild the old pier.",
        # headings and short paragraphs
        "Harbour plans\n\nThe board met on Tuesday.\n\nWhat happens next\n\nA vote in spring.",
    ],
)
def test_unwrapped_text_is_left_alone(text: str) -> None:
    result = explain_wraps(text)
    assert result.text == text
    assert result.records == ()


def test_lines_ending_sentences_one_per_line_are_not_a_wrap() -> None:
    # Every line ends a sentence and the next starts one: paragraphs, not wraps,
    # even though their lengths sit just under one width.
    lines = [
        "The harbour board met on Tuesday to discuss the plan to rebuild the pier.",
        "Members agreed to put the scheme to a public vote in the coming spring.",
        "Opponents say the new structure will change the character of the front.",
        "The board will publish the full drawings at the end of this month.",
        "Two open meetings will be held in the town hall before the vote.",
    ]
    text = "\n".join(lines)
    assert rejoin_hard_wraps(text) == text


def test_width_options_limit_the_search() -> None:
    text = wrap(PARAGRAPHS, 78)
    assert rejoin_hard_wraps(text, max_width=70) == text
    assert rejoin_hard_wraps(text, min_width=90) == text
    assert rejoin_hard_wraps(text, min_seams=100) == text


def test_rejoin_after_the_whitespace_repairs() -> None:
    # html2text output: CRLF line ends, trailing spaces, indented continuation lines.
    raw = wrap(PARAGRAPHS, 78).replace("\n", "  \r\n")
    cleaner = Cleaner(rules=[normalize_newlines, normalize_spaces, rejoin_hard_wraps], lang="en")
    result = cleaner.explain(raw)
    check_trace(result)
    assert result.text == "\n\n".join(PARAGRAPHS)


# --- split_run_on_text --------------------------------------------------------

ARTICLE = (
    "Home News Sport Weather Contact Got a news tip? Share on Facebook "
    "The harbour board met on Tuesday to discuss the plan to rebuild the old pier. "
    "Mr. Jones, who chairs the board, said the vote would be held in the spring. "
    "“We will listen to everyone,” he said. “The pier belongs to the town.” "
    "Dr. A. N. Other of the U.S. Geological Survey, who studied the site, said the timber piles had "
    "rotted by 3.5 cm a year since Nov. 2010, e.g. near the ferry steps. "
    "The full report is at example.org. It runs to 200 pages! "
    "Was the damage foreseeable? Some say so... Others disagree. "
    "Am 28. November beginnt die Arbeit. "
    "Copyright 2019 Harbour Times. All rights reserved."
)


def explain_split(text: str, **options: object) -> Result:
    result = split_run_on_text.explain(text, lang="en", **options)
    check_trace(result)
    return result


def test_splits_a_one_line_page_at_sentence_ends() -> None:
    result = explain_split(ARTICLE, min_length=500, min_average=500)
    assert result.text.split("\n") == [
        "Home News Sport Weather Contact Got a news tip?",
        "Share on Facebook The harbour board met on Tuesday to discuss the plan to rebuild the old pier.",
        "Mr. Jones, who chairs the board, said the vote would be held in the spring.",
        "“We will listen to everyone,” he said.",
        "“The pier belongs to the town.”",
        "Dr. A. N. Other of the U.S. Geological Survey, who studied the site, said the timber piles had "
        "rotted by 3.5 cm a year since Nov. 2010, e.g. near the ferry steps.",
        "The full report is at example.org. It runs to 200 pages!",
        "Was the damage foreseeable?",
        "Some say so... Others disagree.",
        "Am 28. November beginnt die Arbeit.",
        "Copyright 2019 Harbour Times.",
        "All rights reserved.",
    ]
    assert all(r.text == " " and r.replacement == "\n" for r in result.records)
    assert reasons(result)[0] == 'one-line document: sentence boundary after "…Contact Got a news tip?"'
    assert reasons(result)[3] == 'one-line document: sentence boundary after "…to everyone,” he said."'


def test_default_thresholds() -> None:
    long_page = " ".join([ARTICLE] * 6)  # about 3,600 characters on one line
    assert len(long_page) > 2000
    assert explain_split(long_page).text.count("\n") == 6 * 12 - 1
    assert split_run_on_text(ARTICLE) == ARTICLE  # under 2,000 characters


def test_long_paragraph_among_others_is_left_alone() -> None:
    # One 2,400-character paragraph in an article with ordinary line breaks.
    paragraph = " ".join(["The board discussed the plan at length and agreed on a vote."] * 40)
    others = "\n".join(["A short paragraph of the article, which ends here."] * 40)
    text = f"{others}\n{paragraph}\n{others}"
    assert explain_split(text).records == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks with Mr. Smith and Dr. Jones went well",
        "Troops returned to the U.S. Army base",
        "Shares rose 3.5 percent. in trading",  # full stop before lowercase
        "The author J. K. Rowling spoke",
        "He wrote to info@example.org. and left",
        "See https://example.org/a.b. Then",  # a dotted word before the stop
        "It rose by 2.5. Then it fell",  # dotted number
        "Wait... Then it came",
        "Wait… Then it came",
        "Am 28. November beginnt es",
        "Chapter II. The return",
        "Her new ID. Nothing else",
    ],
)
def test_split_leaves_abbreviations_numbers_and_ellipses(sentence: str) -> None:
    text = " ".join([sentence] * 200)
    assert len(text) > 2000
    result = explain_split(text)
    assert result.text == text
    assert result.records == ()


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # 1 MB on one line
        "\n" * 45_000,
        "." * 100_000,
        "Share this article on Facebook\n" * 10_000,
        "a" * 1_000_000,  # a 1 MB paragraph of one word
        "ab. Cd " * 30_000,  # 210 kB of sentence ends (each split costs the trace ~20 µs)
        "Mr. " * 250_000,  # 1 MB of abbreviations
        "wait... Then " * 75_000,
        ("word " * 15 + "end\n") * 12_000,  # 1 MB wrapped at 78 columns
        ("> " + "word " * 15 + "\n") * 12_000,
        "- item one two\n" * 60_000,
        "|" * 500_000 + "\n" + "a|" * 250_000,
    ],
)
def test_pathological_input_is_fast(text: str) -> None:
    for r in (rejoin_hard_wraps, split_run_on_text):
        start = time.perf_counter()
        r(text, lang="en")
        assert time.perf_counter() - start < 5.0, (r.name, text[:20])

"""Tests for one-line pages: menu runs split from sentences, and when the article model may judge them.

The sentence splitting of :func:`split_run_on_text` is tested in test_rules_layout.py.
"""

from __future__ import annotations

import time

import pytest

import cleanwire
from cleanwire.rules.run_on import is_run_on, opens_with_menus, split_run_on_text

from .conftest import check_trace

MENU = (
    "Home News World Business Sport Weather Travel Culture Video Live Music Film Opinion Contact Us "
    "Subscribe Sign In"
)
FOOTER = (
    "About Us Contact Us Careers Advertise Privacy Policy Terms Of Use Cookie Settings Site Map Help Centre"
)
SENTENCES = [
    "The harbour board voted on Tuesday evening to back a plan to rebuild the old pier on the seafront.",
    "The vote passed by seven votes to two and clears the way for a public consultation in the spring.",
    "Work could begin as early as next autumn if the town council approves the final drawings.",
    "Opponents say the new structure would block the view from the promenade for several hundred homes.",
    "Supporters point out that the old pier has been closed to the public for more than three years.",
    "The board will publish the drawings at the end of the month and hold two open meetings.",
]
ARTICLE = " ".join(SENTENCES * 4)


SHARE = "Share this story with your friends and family"


def one_line_page() -> str:
    return " ".join([MENU] * 4 + [ARTICLE, SHARE, FOOTER])


def test_menu_runs_get_their_own_lines() -> None:
    page = one_line_page()
    assert is_run_on(page)
    result = split_run_on_text.explain(page, lang="en")
    check_trace(result)
    lines = result.text.split("\n")
    assert lines[0] == " ".join([MENU] * 4)
    assert lines[1] == SENTENCES[0]
    assert lines[-3:] == [SENTENCES[-1], SHARE, FOOTER]
    reasons = [r.reason for r in result.records]
    assert reasons[0] == 'one-line document: menu words end before "The harbour board voted…"'
    assert 'one-line document: menu words start before "About Us Contact Us…"' in reasons
    # Only line breaks: every record turns one space into a newline.
    assert all(r.text == " " and r.replacement == "\n" for r in result.records)


def test_the_sentence_after_a_menu_keeps_its_capital() -> None:
    page = MENU + " Americans have gone to the polls four times this month to vote in major races. " + ARTICLE
    lines = split_run_on_text(page, lang="en").split("\n")
    assert lines[0] == MENU
    assert lines[1] == "Americans have gone to the polls four times this month to vote in major races."


@pytest.mark.parametrize(
    "sentence",
    [
        # Capitalised stretches inside real sentences stay in their sentence.
        "The United Nations Security Council said on Friday that the talks would go on.",
        "Officials from the New York Police Department and the Federal Bureau of Investigation met.",
        "In German every noun is capitalised: Die Stadt hat den Plan für die Brücke am Montag beschlossen.",
        "The list of winners includes Anna Smith, John Brown, Maria Lopez and Tom Reed this year.",
    ],
)
def test_capitalised_stretches_inside_sentences_stay(sentence: str) -> None:
    text = " ".join([sentence, ARTICLE])
    result = split_run_on_text.explain(text, lang="en")
    assert result.text.split("\n")[0] == sentence
    assert not any("menu words" in r.reason for r in result.records)


def test_menus_open_a_page_but_not_an_article_without_line_breaks() -> None:
    assert opens_with_menus(one_line_page())
    # Many extractors return a clean article with no line breaks at all: no menus, not a page.
    assert not opens_with_menus(ARTICLE)
    # A few capitalised words at the top (a title, a byline) are not menus.
    assert not opens_with_menus("Harbour Board Backs Plan To Rebuild Old Pier By Jane Example " + ARTICLE)
    assert not opens_with_menus(MENU)  # under 200 words: too short to tell


def test_article_model_judges_one_line_pages_only() -> None:
    page = one_line_page()
    result = cleanwire.clean_and_explain(page)
    check_trace(result)
    assert MENU not in result.text and FOOTER not in result.text
    for sentence in SENTENCES:
        assert sentence in result.text
    assert any(r.rule == "drop_outside_article" for r in result.records)
    # The same article without line breaks, but without menus, is not a page: the model stays out.
    clean = cleanwire.clean_and_explain(ARTICLE)
    assert not any(r.rule == "drop_outside_article" for r in clean.records)
    assert all(s in clean.text for s in SENTENCES)


@pytest.mark.parametrize(
    "text",
    [
        "Word " * 200_000,  # 1 MB of one capitalised word: one long menu run, nothing to split
        "Home News sport weather the Sport " * 30_000,
        ("Home News Sport Weather Business Travel Culture Video the council met on a budget for the year. ")
        * 5_000,
    ],
)
def test_pathological_menus_are_fast(text: str) -> None:
    start = time.perf_counter()
    split_run_on_text(text, lang="en")
    assert time.perf_counter() - start < 5.0

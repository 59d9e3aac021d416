"""restore_apostrophes: the contraction frames of a document that lost its apostrophes.

Each frame is tested with both readings: the text where the bare form is the
contraction ("and were thinking" in speech -> "we're") and the text where it
is the word ("they were thinking", "the results were surprising", "the shed
had a roof"). Every document below writes "dont" or "didnt", so it has lost
its apostrophes and the second pass runs; a last group checks that a
document writing "don't" keeps every form as written.
"""

from __future__ import annotations

import pytest

from cleanwire.rules.apostrophes import restore_apostrophes

from .conftest import check_trace

LOST = "We dont know yet, she said, and our team didnt either.\n"


def fix(text: str) -> str:
    """The second line onwards of the restored ``LOST`` + ``text``."""
    return restore_apostrophes(LOST + text, lang="en").split("\n", 1)[1]


def reasons(text: str) -> list[tuple[str, str, str]]:
    """(bare form, restored form, reason) of each edit in ``text`` (not in the ``LOST`` line)."""
    result = restore_apostrophes.explain(LOST + text, lang="en")
    check_trace(result)
    assert restore_apostrophes(result.text, lang="en") == result.text, "not idempotent"
    return [(r.text, r.replacement, r.reason) for r in result.records if r.start >= len(LOST)]


# --- "were" after "and"/"but" in speech -----------------------------------


def test_were_after_and_spoken_by_we() -> None:
    assert reasons("I know we play well at home, and were thinking about the cup.") == [
        (
            "were",
            "we're",
            'contraction: "were thinking": after "and" in a sentence spoken by "we", '
            '"were" before a present predicate reads as "we\'re"',
        )
    ]


def test_were_after_but_in_a_quotation() -> None:
    out = reasons('"The match was tough but were really happy today," the coach said.')
    assert [(a, b) for a, b, _ in out] == [("were", "we're")]
    assert "in speech (an open quotation)" in out[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "They were thinking about the cup.",
        "The results were surprising.",
        "Officers searched the area and were able to arrest a man.",
        "The officials declined and were not immediately available for comment.",
        '"We searched the area and were taken to the station," he said.',
        "We searched the house and were not allowed to stay.",
        "The protests began in June and were sparked by a bill.",
        "Were it not for the rain, the crops would fail.",
    ],
)
def test_were_stays_a_verb(text: str) -> None:
    assert fix(text) == text


# --- "were" after an introduction or an adverbial -------------------------


def test_were_after_a_one_word_introduction_in_quotes() -> None:
    out = reasons("The slogan “Crime, were on it” drew mockery.")
    assert [(a, b) for a, b, _ in out] == [("were", "we're")]
    assert 'after the introductory "Crime,"' in out[0][2]


def test_were_after_an_introduction_opened_by_as() -> None:
    assert fix("As to when it will arrive in Europe, were not entirely sure yet.") == (
        "As to when it will arrive in Europe, we're not entirely sure yet."
    )


def test_were_after_a_sentence_adverbial() -> None:
    out = reasons("The trip took a while. Hey, at least were getting there.")
    assert out == [
        (
            "were",
            "we're",
            'contraction: "were getting": after the sentence adverbial "at least", "were" has no subject '
            'reads as "we\'re"',
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They, were fine.",
        "The prices at least were getting lower.",
        "At least 20 people were getting help.",
        "The men, who had come late, were taken away.",
    ],
)
def test_were_after_commas_and_adverbs_stays(text: str) -> None:
    assert fix(text) == text


# --- relative "that", and "they then were" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They grew orange trees that were good for food.",
        "The pants that were hip ten years ago are back.",
        "They said nothing, and they then were ashamed.",
    ],
)
def test_were_with_a_subject_before_stays(text: str) -> None:
    assert fix(text) == text


def test_were_after_the_conjunction_that() -> None:
    assert fix("I think that were close to a deal.") == "I think that we're close to a deal."


# --- titles in capitals ------------------------------------------------------


def test_quoted_titles() -> None:
    out = reasons("The band played “Were Not Gonna Take It” and “Id Do Anything” last night.")
    assert [(a, b) for a, b, _ in out] == [("Were", "We're"), ("Id", "I'd")]
    assert all("opening a title in capitals" in why for _, _, why in out)


@pytest.mark.parametrize(
    "text",
    [
        "The film “Were It Not for Love” opened.",
        "The studio “Id Software” released a game.",
        "The book “Were Wolves” sold well.",
    ],
)
def test_quoted_titles_that_stay(text: str) -> None:
    assert fix(text) == text


# --- "shed had", "wed been": a relative clause -----------------------------


def test_shed_had_after_a_noun() -> None:
    assert reasons("She gave up the dream shed had since she was a girl.") == [
        (
            "shed",
            "she'd",
            'contraction: "shed had": after the noun "dream", "shed had" with no object after it is '
            'a relative clause reads as "she\'d"',
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She said the shed had a roof.",
        "She saw that the garden shed had since been sold.",
        "She knew the garden shed had a new door, and the shed had since been painted.",
        "The tree shed its leaves.",
    ],
)
def test_shed_the_noun_or_verb_stays(text: str) -> None:
    assert fix(text) == text


# --- "and well send", "and hell invite" ------------------------------------


def test_will_after_and_before_a_verb_with_an_object() -> None:
    out = reasons("Enter your email and well send you a copy. Teach him, and hell invite himself over.")
    assert [(a, b) for a, b, _ in out] == [("well", "we'll"), ("hell", "he'll")]
    assert 'after "and", with an object after the verb' in out[0][2]


def test_will_after_and_before_an_adverb_and_a_verb() -> None:
    assert fix("You can leave at any time and well never share your details.") == (
        "You can leave at any time and we'll never share your details."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The shop was alive and well put together.",
        "The town has city and well water.",
        "Mortar and shell fire hit the town.",
        "It was safe and well run by the staff.",
    ],
)
def test_well_hell_shell_after_and_stay(text: str) -> None:
    assert fix(text) == text


# --- "its" before comparatives and clauses ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its lighter and the screen is bigger.", "It's lighter and the screen is bigger."),
        ("So its possible the firm will sell.", "So it's possible the firm will sell."),
        ("So its possible he will come.", "So it's possible he will come."),
        ("So its possible Apple will wait.", "So it's possible Apple will wait."),
        ("Its past time to act.", "It's past time to act."),
        ("Its up to you.", "It's up to you."),
    ],
)
def test_its_as_it_is(text: str, expected: str) -> None:
    assert fix(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The phone kept its lighter weight and its screen.",
        "The firm sold its owner and the rest.",
        "The party weighed its possible Senate run.",
        "The company lost to its big rival.",
        "The firm named its former owner.",
        "The club opened its coming season with a win.",
    ],
)
def test_its_possessive_stays(text: str) -> None:
    assert fix(text) == text


# --- bare wh-word contractions ----------------------------------------------


@pytest.mark.parametrize(
    ("bare", "restored"),
    [
        ("whod", "who'd"),
        ("thered", "there'd"),
        ("thatd", "that'd"),
        ("whatll", "what'll"),
        ("whove", "who've"),
    ],
)
def test_wh_contractions(bare: str, restored: str) -> None:
    assert restore_apostrophes(f"Ask {bare} know.", lang="en") == f"Ask {restored} know."


# --- documents that write their apostrophes ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We don't know. I know we play well at home, and were thinking about the cup.",
        "We don't know. She gave up the dream shed had since she was a girl.",
        "We don't know. The band played “Were Not Gonna Take It” loudly.",
        "We don't know. Enter your email and well send you a copy.",
        "We don't know. Hey, at least were getting there.",
    ],
)
def test_documents_with_apostrophes_keep_every_form(text: str) -> None:
    assert restore_apostrophes(text, lang="en") == text

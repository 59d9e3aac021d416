"""restore_replaced_apostrophes: "?" and "�" that took an apostrophe's place."""

from __future__ import annotations

import pytest

import cleanwire
from cleanwire.rules.apostrophe_marks import restore_replaced_apostrophes


def fix(text: str) -> str:
    return restore_replaced_apostrophes(text, lang="en")


@pytest.mark.parametrize("mark", ["?", "\ufffd"])
@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("It{m}s late and we don{m}t know why.", "It’s late and we don’t know why."),
        ("I{m}m sure they{m}re right, and you{m}ve seen it.", "I’m sure they’re right, and you’ve seen it."),
        (
            "We{m}ll go; she{m}d stay. That{m}s all. It can{m}t and won{m}t.",
            "We’ll go; she’d stay. That’s all. It can’t and won’t.",
        ),
    ],
)
def test_pronoun_and_negation_contractions_are_always_repaired(broken: str, fixed: str, mark: str) -> None:
    assert fix(broken.format(m=mark)) == fixed


def test_common_nouns_are_possessives_anywhere() -> None:
    assert fix("Was it the president?s plan or the city?s?") == "Was it the president’s plan or the city’s?"


def test_names_need_a_damaged_document() -> None:
    # "Tom?s" may be "Tomás": a name counts only where a contraction shows the same damage.
    assert fix("Was it Tom?s plan? Tom said no.") == "Was it Tom?s plan? Tom said no."
    assert fix("It?s Tom?s plan, Tom said.") == "It’s Tom’s plan, Tom said."
    assert fix("The city?s mayor backed Tom?s plan.") == "The city’s mayor backed Tom’s plan."


def test_names_count_when_the_document_uses_them_alone() -> None:
    text = "Okonjo spoke first. It?s clear that Okonjo?s plan and Ngata?s plan differ."
    assert fix(text) == "Okonjo spoke first. It’s clear that Okonjo’s plan and Ngata?s plan differ."


def test_lost_letters_stay() -> None:
    # U+FFFD also replaces accented letters: "cafés", "Andrés" must not become possessives.
    text = "We don\ufffdt know the caf\ufffds of Paris; Andr\ufffds said so."
    assert fix(text) == "We don’t know the caf\ufffds of Paris; Andr\ufffds said so."


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com/index.php?s=1&t=2 and example.com/?id=3 for more.",
        "Search with ?s=term or mail me@host?d=1.",
        "Why?The answer is no. Really?s hmm.",
        "?Hello,? he said. ?Fine.?",
        "It´s typed this way, and so is don`t: written, not broken.",
        "It?sounds wrong? No?matter.",
        "x = (a?s:b) and the in?s and pr?s of it",
    ],
)
def test_lookalikes_stay(text: str) -> None:
    assert fix(text) == text


def test_the_trace_names_the_mark_and_the_word() -> None:
    result = restore_replaced_apostrophes.explain("We don?t know why the president?s plan failed.", lang="en")
    assert [r.reason for r in result.records] == [
        'apostrophe lost as "?": contraction "don?t"',
        'apostrophe lost as "?": possessive "president?s"',
    ]


def test_in_the_pipeline_the_repaired_text_is_not_restored_twice() -> None:
    text = "The council met on Monday. We don?t know why the mayor?s plan failed, and it?s late.\n"
    assert (
        cleanwire.clean(text)
        == "The council met on Monday. We don’t know why the mayor’s plan failed, and it’s late."
    )


def test_other_languages_are_left_alone() -> None:
    text = "On ne sait pas pourquoi l?homme est parti, qu?il a dit."
    assert restore_replaced_apostrophes(text, lang="fr") == text


def test_a_lost_opening_quote_before_the_word_does_not_hide_it() -> None:
    assert fix("?We?re not there yet,? she said.") == "?We’re not there yet,? she said."
    assert fix("It will happen?they?ll see.") == "It will happen?they’ll see."  # a lost dash before it

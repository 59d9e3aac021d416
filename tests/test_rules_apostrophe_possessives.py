"""restore_apostrophes: possessive frames in documents that lost their apostrophes.

Each frame of :mod:`cleanwire.rules.apostrophe_noun_frames` (and the name
phrase of :mod:`cleanwire.rules.apostrophe_names`) is checked both ways: the
possessive it restores, with its reason, and the plural in a look-alike
frame that must stay as written. Every text runs after a prefix with bare
contractions, so the document counts as stripped; the same text after a
prefix that writes its apostrophes must come out unchanged.
"""

from __future__ import annotations

import pytest

from cleanwire.rules.apostrophe_doc import ApostropheDoc
from cleanwire.rules.apostrophe_evidence import one_thing
from cleanwire.rules.apostrophe_noun_frames import only_adjective
from cleanwire.rules.apostrophes import restore_apostrophes

from .conftest import check_trace

STRIPPED = "We dont know yet, and youre not alone: theyre waiting too. "
WRITTEN = "We don't know yet, and you're not alone: they're waiting too. "


def edits(text: str) -> list[tuple[str, str, str]]:
    """(word, replacement, reason) of the edits on ``STRIPPED + text``, the prefix's own edits left out."""
    result = restore_apostrophes.explain(STRIPPED + text, lang="en")
    check_trace(result)
    assert restore_apostrophes(result.text, lang="en") == result.text, "not idempotent"
    return [(r.text, r.replacement, r.reason) for r in result.records if r.start >= len(STRIPPED)]


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        # an adjective that is only an adjective, then a noun
        (
            "The games entire story is a chase.",
            "games",
            "game's",
            'possessive: "The games entire story": "entire" is only an adjective and "story" a noun, so '
            '"games" owns them, and "game" is far more common than "games"',
        ),
        (
            "It is one of the solar systems best bets for life.",
            "systems",
            "system's",
            'possessive: "the ... systems best bets": "best" is only an adjective and "bets" a noun',
        ),
        (
            "Investors fear the markets high valuations.",
            "markets",
            "market's",
            'possessive: "the markets high valuations": "high" is only an adjective',
        ),
        (
            "They lived through every parents “worst nightmare” that year.",
            "parents",
            "parent's",
            'possessive: "every parents worst nightmare": "worst" is only an adjective and "nightmare" a '
            'noun, so "parents" owns them, and "every" takes a singular noun',
        ),
        (
            "It was the games most memorable moment.",
            "games",
            "game's",
            'possessive: "the games most memorable moment": "memorable" is only an adjective',
        ),
        # "last", "total": adjectives unless a length of time or an amount follows
        (
            "The song in the films last scene is sad.",
            "films",
            "film's",
            'possessive: "the films last scene": "last" is only an adjective and "scene" a noun',
        ),
        (
            "Dust makes up most of the regions total pollution.",
            "regions",
            "region's",
            'possessive: "the regions total pollution": "total" is only an adjective',
        ),
        # a plural English hardly uses
        (
            "Looking at todays landscape, users are fine.",
            "todays",
            "today's",
            'possessive: "todays landscape": "today" is far more common than its plural "todays"',
        ),
        # "Xmans" with the plural "Xmen"
        (
            "The implant restored a blind mans sight.",
            "mans",
            "man's",
            'possessive: "blind mans sight": the plural of "man" is "men"',
        ),
        # "no ones"
        (
            "No ones going to take it away.",
            "ones",
            "one's",
            'possessive: "no ones going": "no" before "ones" and a word is "no one\'s"',
        ),
        # weekdays
        (
            "Between Tuesdays hearings, the senators met.",
            "Tuesdays",
            "Tuesday's",
            'possessive: "Tuesdays hearings": a day\'s "-s" with no "on" or "every" before a noun',
        ),
        (
            "They distanced themselves from Thursday nights fight that led to a ban.",
            "nights",
            "night's",
            'possessive: "Thursday nights fight": a day\'s "-s" with no "on" or "every" before a noun',
        ),
        # "given" after punctuation is a preposition: one object, not two
        (
            "Talks stalled — given the presidents refusal to sell, nobody moved.",
            "presidents",
            "president's",
            'possessive: "the presidents refusal": "refusal" cannot be the verb of "presidents"',
        ),
        # a two-word name the document writes without the "s"
        (
            "Lawyers watched the Supreme Court judges. Banks rallied after the Supreme Courts ruling.",
            "Courts",
            "Court's",
            'possessive: the document writes the name "Supreme Court", and "ruling" after "Courts" can be '
            "owned",
        ),
    ],
)
def test_possessive_frame_restored(text: str, bare: str, restored: str, reason: str) -> None:
    got = edits(text)
    assert [(b, r) for b, r, _ in got] == [(bare, restored)]
    assert got[0][2].startswith(reason)
    assert restore_apostrophes(WRITTEN + text, lang="en") == WRITTEN + text


def test_plural_possessive_after_a_plural_determiner() -> None:
    # "markets" often modifies a noun ("the markets regulator"): only the adjective frame reads it
    got = edits("Other markets high valuations worried them.")
    assert got == [
        (
            "markets",
            "markets'",
            'plural possessive: "Other markets high valuations": "high" is only an adjective and '
            '"valuations" a noun, so "markets" owns them, and a plural determiner',
        )
    ]


def test_wont_is_no_adjective() -> None:
    got = edits("Those features wont hit other platforms.")
    assert [(b, r) for b, r, _ in got] == [("wont", "won't")]  # and "features" stays


@pytest.mark.parametrize(
    "text",
    [
        # plurals before a verb, or a new noun phrase after a verb with two objects
        "The results show growth, and the states failed to act.",
        "He gave the players money and found the games entire plot boring.",
        # no telling "player's" from "players'": nothing changes
        "The players entire careers changed.",
        # an adjective that is also a verb or an adverb; no noun after the adjective
        "The costs alone account for half. The states clean water.",
        "The members present voted. The rooms available to guests were clean.",
        # "last", "total" as verbs: a length of time or an amount follows
        "The talks last hours and the costs total billions.",
        # "this", "each", "another" as pronouns before a verb and its object
        "This makes sense. This leaves Apple with nothing, and each returns value objects.",
        "Another helps people, and this costs money.",
        # "given" after its subject takes two objects
        "The coach has given the players money.",
        # a plural that modifies a noun stands right before it
        "She joined the players union and the markets regulator.",
        # plurals in their own right, and a rare plural before a verb
        "The highs today were mild, and the greats list grew.",
        # "mans" as a verb after its subject
        "The man mans the desk, and he mans the booth.",
        # "no ones" as a plural
        "There are no ones or zeros in it.",
        # weekdays as habits, or before a verb
        "The shop opens on Tuesdays and every Thursday nights shift is long. Tuesdays test the team.",
        # a name phrase used only with the "s": a plural
        "The New York Giants coach spoke.",
    ],
)
def test_plural_frame_left_alone(text: str) -> None:
    assert edits(text) == []


def test_only_adjective() -> None:
    assert [only_adjective(w) for w in ("entire", "worst", "best", "high", "basic")] == [True] * 5
    # verbs, adverbs, contractions that look like adjectives, unknown words
    assert [only_adjective(w) for w in ("total", "alone", "clean", "wont", "zzzq")] == [False] * 5


@pytest.mark.parametrize(
    "text",
    [
        "The games entire story is a chase. " * 5_000,
        "The states rules " * 20_000,
        "Tuesdays " * 50_000,
        "no ones " * 50_000,
        "The suspect fled. Police found the suspects car. " * 10_000,
    ],
)
def test_frames_stay_linear(text: str) -> None:
    out = restore_apostrophes(STRIPPED + text, lang="en")
    assert out.replace("'", "") == (STRIPPED + text).replace("'", "")


# The document's own evidence: one victim, or several (cleanwire.rules.apostrophe_evidence).


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        (
            "The victim was found in a locked room. The video shows the victims mother knocked down.",
            "victims",
            "victim's",
            'possessive: "the victims mother": the text writes "the victim" and never "victims" as a '
            'plural, so "shows" has one object',
        ),
        (
            "A suspect fled on foot. A friend found the suspects car in the lot.",
            "suspects",
            "suspect's",
            'possessive: "the suspects car": the text writes "a suspect" and never "suspects" as a '
            'plural, so "found" has one object',
        ),
    ],
)
def test_one_owner_after_a_verb_with_two_objects(text: str, bare: str, restored: str, reason: str) -> None:
    got = edits(text)
    assert got == [(bare, restored, reason)]
    assert restore_apostrophes(WRITTEN + text, lang="en") == WRITTEN + text


@pytest.mark.parametrize(
    "text",
    [
        # the text also has several victims: "victim's" or "victims'", no telling
        "The victim was found first. Two victims died later. The video shows the victims families in tears.",
        "The victim was found. The victims were hurt. Police showed the victims families the room.",
        "The victim was named. Police met the victims of the fire and showed the victims mother a photo.",
        "The victim was found. He thanked the victims. The video shows the victims mother knocked down.",
        # no singular with a determiner anywhere ("victim" only modifies a noun here)
        "The video shows the victims mother knocked down.",
        "A victim support group helped. The video shows the victims mother knocked down.",
        # an adjective after "Xs" is the complement of the verb
        "The suspect said nothing. The jury found the suspects guilty.",
        # "her" may be the first object itself
        "The doctor said so. They gave her doctors flowers.",
        # a word that may be the plural's verb is not read as a noun on this evidence
        "The doctor said so. His doctors say he is fine.",
    ],
)
def test_several_or_unknown_owners_left_alone(text: str) -> None:
    assert edits(text) == []


def test_one_thing_evidence() -> None:
    def why(text: str, word: str) -> str | None:
        return one_thing(ApostropheDoc(text), word)

    assert why("The state has a plan. See the states school districts.", "states") == (
        'the text writes "the state" and never "states" as a plural'
    )
    # "$" after "states" is no plural use: "the states $2 billion" is a possessive
    assert why("The state has a plan. It took the states $2 billion.", "states") is not None
    # plural uses: a number or plural determiner, a verb, a closed-class word, the end of a clause
    for text in (
        "The state has a plan. Three states agree.",
        "The state has a plan. The states fled.",
        "The state has a plan. The states of the union.",
        "The state has a plan. Neighbouring states, too.",
        "The state has a plan. States are wary.",
    ):
        assert why(text, "states") is None, text
    # "state" only modifies a noun: no evidence of one state
    assert why("The state budget grew. See the states school districts.", "states") is None

"""Tests for the line repairs: join_split_abbreviations and split_glued_sentences."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cleanwire import Cleaner
from cleanwire.rules import normalize_newlines, normalize_spaces
from cleanwire.rules.lines import join_split_abbreviations, split_glued_sentences

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def reasons(rule_result: object) -> list[str]:
    return [r.reason for r in rule_result.records]  # type: ignore[attr-defined]


# --- join_split_abbreviations -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "abbr"),
    [
        (
            "her visit to Tampere on Nov.\n28, officials said.",
            "her visit to Tampere on Nov. 28, officials said.",
            "Nov.",
        ),
        ("talks with Mr.\nSmith went well.", "talks with Mr. Smith went well.", "Mr."),
        ("a letter from Dr.\nJane Doe arrived.", "a letter from Dr. Jane Doe arrived.", "Dr."),
        ("see Vol.\n3 of the report.", "see Vol. 3 of the report.", "Vol."),
        ("pages approx.\nten in all.", "pages approx. ten in all.", "approx."),
        ("Liverpool vs.\nArsenal ended 2-2.", "Liverpool vs. Arsenal ended 2-2.", "vs."),
        ("Es gibt z.B.\nÄpfel und Birnen.", "Es gibt z.B. Äpfel und Birnen.", "z.B."),
        ("Haus Nr.\n12 brannte.", "Haus Nr. 12 brannte.", "Nr."),
        ("Il Dott.\nRossi ha detto.", "Il Dott. Rossi ha detto.", "Dott."),
        ("the date (Sept.\n11) matters.", "the date (Sept. 11) matters.", "Sept."),
        ("on Dec.  \n  5 they met.", "on Dec. 5 they met.", "Dec."),
    ],
)
def test_join_after_abbreviation(text: str, expected: str, abbr: str) -> None:
    result = join_split_abbreviations.explain(text, lang="en")
    assert result.text == expected
    assert reasons(result) == [f'line broken after the abbreviation "{abbr}"']
    check_trace(result)


@pytest.mark.parametrize(
    "text",
    [
        "They sold fruit, nuts, etc.\nThe market closed early.",  # etc. ends sentences
        "Shares of Acme Inc.\nThe company said profits rose.",  # Inc. ends sentences
        "Troops returned to the U.S.\nThe war was over.",  # U.S. can end a sentence
        "He finished the race.\n28 runners did not.",  # ordinary word + period
        "on Nov.\n\n28, Reuters reported.",  # a blank line: paragraph break
        "He lives on Main St.\nThe fire started next door.",  # St. may be "Street"
        "A plan is due in Nov.\n(The date is not fixed.)",  # next line starts with a bracket
        "Smith Sr.\nThe company was founded by his father.",  # English "Senior" after a name
        "Troops left in Nov.\nThe next month was quiet.",  # a month before a new sentence
        "Interview with Mr.\n\nSmith",  # blank line
    ],
)
def test_join_leaves_alone(text: str) -> None:
    result = join_split_abbreviations.explain(text, lang="en")
    assert result.text == text
    assert result.records == ()


def test_join_title_depends_on_language() -> None:
    spanish = "Lo dijo el Sr.\nGarcía ayer por la tarde."
    assert join_split_abbreviations(spanish, lang="es") == "Lo dijo el Sr. García ayer por la tarde."
    english = "The company was founded by John Smith Sr.\nGarcia joined it later."
    assert join_split_abbreviations(english, lang="en") == english
    french = "Le président M.\nMacron a parlé."
    assert join_split_abbreviations(french, lang="fr") == "Le président M. Macron a parlé."
    assert (
        join_split_abbreviations("Plan M.\nMacro policy failed.", lang="en")
        == "Plan M.\nMacro policy failed."
    )


def test_join_several_in_one_text() -> None:
    text = "On Jan.\n5 Gen.\nSmith met Sen.\nJones.\nThe end."
    result = join_split_abbreviations.explain(text, lang="en")
    assert result.text == "On Jan. 5 Gen. Smith met Sen. Jones.\nThe end."
    assert reasons(result) == [
        'line broken after the abbreviation "Jan."',
        'line broken after the abbreviation "Gen."',
        'line broken after the abbreviation "Sen."',
    ]
    check_trace(result)


def test_join_needs_a_whole_token() -> None:
    # "ASAP.Nov." is not the abbreviation "Nov.", and "Novo." is not listed.
    text = "Read ASAP.Nov.\n5 was the date. See Novo.\n5 here."
    assert join_split_abbreviations(text, lang="en") == text


# --- split_glued_sentences --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "seam"),
    [
        (
            "The harbour board said.Officials were told to wait.",
            "The harbour board said.\nOfficials were told to wait.",
            "said.Officials",
        ),
        ("Thank you!Your reminder is set.", "Thank you!\nYour reminder is set.", "you!Your"),
        ("Is it over?Nobody knows.", "Is it over?\nNobody knows.", "over?Nobody"),
        ("Really?!What next.", "Really?!\nWhat next.", "Really?!What"),
        (
            "the Prime Minister said.A spokesman agreed.",
            "the Prime Minister said.\nA spokesman agreed.",
            "said.A",
        ),
        ("he said (AFP).The talks ended.", "he said (AFP).\nThe talks ended.", "AFP).The"),
        ("it ended.”The next day came.", "it ended.”\nThe next day came.", "ended.”The"),
        ("it rained.“Wow,” he said.", "it rained.\n“Wow,” he said.", "rained.“Wow"),
        ('he said "go home."Then he left.', 'he said "go home."\nThen he left.', 'home."Then'),
        ('He left."Go home," she said.', 'He left.\n"Go home," she said.', 'left."Go'),
        (
            "Москва согласилась.Лавров сказал это.",
            "Москва согласилась.\nЛавров сказал это.",
            "согласилась.Лавров",
        ),
        ("Es war spät.Über Nacht kam Regen.", "Es war spät.\nÜber Nacht kam Regen.", "spät.Über"),
        ("It was an iPhone.The screen broke.", "It was an iPhone.\nThe screen broke.", "iPhone.The"),
        ("We met here.I’m glad.", "We met here.\nI’m glad.", "here.I"),
        ("They bought fruit etc.Then they left.", "They bought fruit etc.\nThen they left.", "etc.Then"),
        ('He said "wait.""No," she replied.', 'He said "wait."\n"No," she replied.', 'wait.""No'),
        ("Yahoo!Japan is big.", "Yahoo!\nJapan is big.", "Yahoo!Japan"),
    ],
)
def test_split_glued(text: str, expected: str, seam: str) -> None:
    result = split_glued_sentences.explain(text)
    assert result.text == expected
    assert reasons(result) == [f'glued sentences: "{seam}"']
    check_trace(result)


@pytest.mark.parametrize(
    "text",
    [
        "Visit www.Example.com today.",
        "See https://x.org/Path.Html for details.",
        "Go to x.org/Path.Html now.",
        "Our site example.Com is down.",
        "Mirror at news.Google.com works.",
        "Mail mail.example.Com or bob.Smith@example.org now.",
        "The rate is 3.5 percent, version v2.0.1 is out.",
        "The U.S.Army and J.R.R. Tolkien and U.S. Troops.",
        "Dr.Smith visited St.Petersburg, e.g.Something, No.One.",
        "Mrs.Smith and Prof.Jones met Gen.Petraeus; Liverpool vs.Arsenal.",
        "Open Report.Pdf and run setup.Py or node.Js please.",
        "wait...What was that?",
        "Storm damage.. Two hurt. Markets..Oil prices rise.",
        "the world…Then it ended.",
        "Remind me next monthThank you! Your pointer is set.",
        "Fetch index.php?Id=3 and a/b.Cd too.",
        "The man said. The woman agreed! Then? Nothing.",
        "Ends with a stop.",
        "Fast food ca.Hundert Euro.",
    ],
)
def test_split_leaves_alone(text: str) -> None:
    result = split_glued_sentences.explain(text)
    assert result.text == text
    assert result.records == ()


def test_split_counts_straight_quotes_per_line() -> None:
    # On the second line the quote count restarts: the quote after "left."
    # opens the next sentence, not closes one from the first line.
    text = 'One "quoted" word and "another\nHe left."Go," she said.'
    assert split_glued_sentences(text) == 'One "quoted" word and "another\nHe left.\n"Go," she said.'


# --- both, on the seeds and on pathological input ---------------------------


def _lines_pipeline() -> Cleaner:
    return Cleaner(
        rules=[normalize_newlines, normalize_spaces, join_split_abbreviations, split_glued_sentences],
        lang="en",
    )


def test_seed_000_glued_paragraphs() -> None:
    raw = next(SEEDS.glob("000_*.input.txt")).read_text(encoding="utf-8")
    result = _lines_pipeline().explain(raw)
    check_trace(result)
    lines = result.text.split("\n")
    assert lines[0].endswith("Western security sources.")
    assert lines[1].startswith("Lavrov was said")
    assert lines[1].endswith("Assads departure.")
    assert lines[2].startswith("Russia then collaborated")
    assert lines[2].endswith("Reuters added.")
    assert lines[3].startswith("Lavrov did whatever")
    assert lines[3].endswith("news agency.")
    assert lines[4].startswith("Assad flew to")
    assert lines[4].endswith("Reuters said.")
    assert lines[5].startswith("From there")
    assert lines[8].endswith("his check out to Moscow on Nov. 28, Reuters reported.")
    assert lines[9].startswith("Hours before fleeing")
    assert lines[12].startswith("Bloomberg, citing")
    assert lines[12].endswith("if he left immediately.")
    assert (
        lines[13]
        == "A Message from The Moscow Times: Dear readers, We are dealing with extraordinary challenges."
    )
    assert "Remind me next monthThank you! Your pointer is set." in lines
    assert "We will send you one reminder email a month from now." in lines
    joins = [r for r in result.records if r.rule == "join_split_abbreviations"]
    assert [(r.text, r.replacement, r.reason) for r in joins] == [
        ("\n", " ", 'line broken after the abbreviation "Nov."')
    ]
    splits = [r.reason for r in result.records if r.rule == "split_glued_sentences"]
    assert splits[:4] == [
        'glued sentences: "sources.Lavrov"',
        'glued sentences: "departure.Russia"',
        'glued sentences: "added.Lavrov"',
        'glued sentences: "agency.Assad"',
    ]
    assert 'glued sentences: "immediately.A"' in splits


@pytest.mark.parametrize("name", ["001", "002", "003", "004"])
def test_other_seeds_untouched(name: str) -> None:
    raw = next(SEEDS.glob(f"{name}_*.input.txt")).read_text(encoding="utf-8")
    cleaner = Cleaner(rules=[join_split_abbreviations, split_glued_sentences], lang="en")
    assert cleaner.explain(raw).records == ()


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # 1 MB on one line
        "\n" * 45_000,
        "." * 100_000,
        "Mr.\nSmith said no.\n" * 10_000,
        "a" * 1_000_000,  # a 1 MB paragraph of one word
        "ab.Cd" * 100_000,  # one 500 kB token full of candidate seams
        'x."' * 100_000,
        "wow!!!!!!" * 50_000,
    ],
)
def test_pathological_input_is_fast(text: str) -> None:
    for r in (join_split_abbreviations, split_glued_sentences):
        start = time.perf_counter()
        r(text, lang="en")
        assert time.perf_counter() - start < 5.0

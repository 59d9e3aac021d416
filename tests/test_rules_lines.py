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
        # the word before: capitals, mixed case, contractions, digits in a word
        ("sued by the NYAG.The company", "sued by the NYAG.\nThe company", "NYAG.The"),
        ("President and CEO.There was", "President and CEO.\nThere was", "CEO.There"),
        ("noise was 41 dBa.Quieter indeed.", "noise was 41 dBa.\nQuieter indeed.", "dBa.Quieter"),
        ("and I still haven’t.But there", "and I still haven’t.\nBut there", "haven’t.But"),
        ("at McDonald’s.Sales rose.", "at McDonald’s.\nSales rose.", "McDonald’s.Sales"),
        ("jalan sendiri2.Imam Kulayni", "jalan sendiri2.\nImam Kulayni", "sendiri2.Imam"),
        # the word after: all capitals, a product name led by a lowercase letter
        ("online information.VW says", "online information.\nVW says", "information.VW"),
        ("was planned.TK-Safe will", "was planned.\nTK-Safe will", "planned.TK"),
        ("sales fell.iPhone demand", "sales fell.\niPhone demand", "fell.iPhone"),
        # numbers before the stop (English: not an ordinal language)
        (
            "since their launch in 2016.Apple offers",
            "since their launch in 2016.\nApple offers",
            "2016.Apple",
        ),
        ("on Saturday, May 18.Neighbours saw", "on Saturday, May 18.\nNeighbours saw", "18.Neighbours"),
        ("a price of $2,400.The machine", "a price of $2,400.\nThe machine", "400.The"),
        # chains of glued sentences, and a domain that starts a sentence
        ("its management.Booking.com advises", "its management.\nBooking.com advises", "management.Booking"),
        # brackets, "!." and other scripts' quotes
        ("the deal closed.(The figures are new.)", "the deal closed.\n(The figures are new.)", "closed.(The"),
        ("dijo.¿Qué pasa?", "dijo.\n¿Qué pasa?", "dijo.¿Qué"),
        ("dit-il.« Nous partons", "dit-il.\n« Nous partons", "il.« Nous"),
        ("Like Yahoo!.Cutting edge.", "Like Yahoo!.\nCutting edge.", "Yahoo!.Cutting"),
        ("Αθήνα έκλεισε.Οι πολίτες", "Αθήνα έκλεισε.\nΟι πολίτες", "έκλεισε.Οι"),
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
        "Mirror at news.google.com works.",
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
        # decimals, versions, list and section numbers, a single letter after a number
        "Growth was 2.5 percent in Q3.2019 and 0.7 in 2020; Python 3.X and v1.2.Beta ship.",
        "1.Introduction\n2.Methods",
        "Article 3.A of the treaty and Windows 10.X are named.",
        # initials, abbreviations, capitals on both sides, company forms
        "J.Smith, A.B.Jones and U.S.Army met; e.g.Paris, i.e.Rome, a.m.Then.",
        "Mrs.Smith, bzw.Die, vgl.Art, z.B.Äpfel and No.One stay.",
        "The IQ.LIGHT lamps and the ID.BUZZ van.",
        "Müller GmbH & Co.KG builds ships.",
        # domains, e-mails, file names, URLs
        "Write to press.Office@example.org or see Example.Com, Example.COM and Report.Pdf.",
        "Open README.TXT, setup.Cfg or https://example.org/News.Html now.",
        # ellipses in several forms, and a footnote after the stop
        "He paused...Then left. Wait…Now. It rose.[1] More.",
        # a credit in brackets after the stop, all in capitals
        "the minister said.(AFP) More follows.",
        # quotes a conversion turned into "?": no "?" ends a word here
        "together,? she said. ??Harbour Lights? is a song, and ?Home? another.",
    ],
)
def test_split_leaves_alone(text: str) -> None:
    result = split_glued_sentences.explain(text)
    assert result.text == text
    assert result.records == ()


def test_split_a_chain_of_glued_sentences() -> None:
    # Capitalised words on both sides of each stop: sentences, not a host name.
    result = split_glued_sentences.explain("Itu tidak benar.Sesat.Sebaliknya dia diam.")
    assert result.text == "Itu tidak benar.\nSesat.\nSebaliknya dia diam."
    assert reasons(result) == ['glued sentences: "benar.Sesat"', 'glued sentences: "Sesat.Sebaliknya"']
    check_trace(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German quotes: „…“ and »…« close with “ and «, so the split goes after them.
        ("Er sagte: „Ja.“Dann ging er.", "Er sagte: „Ja.“\nDann ging er."),
        ("Er sagte: »Ja.«Dann ging er.", "Er sagte: »Ja.«\nDann ging er."),
        # English and French quotes open with “ and «: the split goes before them.
        ("He left.“Go,” she said.", "He left.\n“Go,” she said."),
        ("« Oui », dit-il.«Non», dit-elle.", "« Oui », dit-il.\n«Non», dit-elle."),
    ],
)
def test_split_places_the_break_by_quote_style(text: str, expected: str) -> None:
    result = split_glued_sentences.explain(text)
    assert result.text == expected
    check_trace(result)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # German, Czech, Polish ... write ordinals with a stop: a short number is one.
        ("Am 3.Oktober begann es.", "de", "Am 3.Oktober begann es."),
        ("Der Verein spielt in der 2.Bundesliga.", "de", "Der Verein spielt in der 2.Bundesliga."),
        ("Das war im Jahr 2016.Danach kam mehr.", "de", "Das war im Jahr 2016.\nDanach kam mehr."),
        ("It ended on May 3.Officials left.", "en", "It ended on May 3.\nOfficials left."),
    ],
)
def test_split_after_a_number_depends_on_ordinals(text: str, lang: str, expected: str) -> None:
    assert split_glued_sentences(text, lang=lang) == expected


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
        # Dense real seams: 50,000 edits each (applying 100,000 edits costs the
        # pipeline ~2.5 s on its own on a loaded machine, whatever the rule).
        "ab.Cd" * 50_000,  # one 250 kB token full of seams
        "x 1.Ab " * 50_000,  # number seams
        "ab.“Cd " * 50_000,  # seams with an opening quote
        "AB.CD" * 200_000,  # capitals on both sides: candidates, no edits
        " " * 1_000_000 + "1.Ab",  # a long run of spaces before a number seam
        'x."' * 100_000,
        "wow!!!!!!" * 50_000,
    ],
)
def test_pathological_input_is_fast(text: str) -> None:
    for r in (join_split_abbreviations, split_glued_sentences):
        start = time.perf_counter()
        r(text, lang="en")
        assert time.perf_counter() - start < 5.0

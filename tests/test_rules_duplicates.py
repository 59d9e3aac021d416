"""drop_duplicates: repeated paragraphs and titles."""

from __future__ import annotations

import pytest

from cleanwire import Cleaner, Drop, rule
from cleanwire.context import Context
from cleanwire.document import Document
from cleanwire.rules.duplicates import drop_duplicates, line_key
from cleanwire.rules.shapes import running_text

from .conftest import check_trace

P1 = "The minister said on Tuesday that the talks in Doha would continue next week."
P2 = "Officials said the next round would start after the holidays, according to two sources."


def run(text: str) -> tuple[str, list[str]]:
    result = drop_duplicates.explain(text, lang="en")
    check_trace(result)
    return result.text, [r.reason for r in result.records]


def test_repeated_body_goes_and_names_the_first_copy() -> None:
    out, why = run(f"Title of the story\n{P1}\n{P2}\n{P1}\n{P2}")
    assert out == f"Title of the story\n{P1}\n{P2}\n"
    assert why == [f'repeats line 2 ("{P1[:39]}…")', f'repeats line 3 ("{P2[:39]}…")']


def test_repeated_title_on_the_next_line_goes() -> None:
    out, why = run(f"Assad Escapes to Moscow\nAssad Escapes to Moscow\n{P1}")
    assert out == f"Assad Escapes to Moscow\n{P1}"
    assert why == ['repeats line 1 ("Assad Escapes to Moscow")']


def test_comparison_folds_space_case_quotes_and_end_punctuation() -> None:
    first = "“We will not leave,” he said, and the crowd cheered loudly."
    again = '"we  will not leave," He said, and the crowd cheered loudly'
    out, why = run(f"{first}\n\n{again}")
    assert out == f"{first}\n\n"
    assert why == ['repeats line 1 ("“We will not leave,” he said, and the c…")']
    assert line_key("It’s over!") == line_key("it's   over")


@pytest.mark.parametrize(
    "text",
    [
        "Buy Now\nShoes\nBuy Now\nHats\nBuy Now",  # short lines repeat legitimately
        "Q:\nWhy now?\nA:\nBecause.\nQ:\nAnd then?",
        "Yes\nYes",  # too short to be a doubled title
        f"{P1}\n{P2}",
        f"{P1}\nThe minister said on Tuesday that the talks in Doha would continue next month.",
    ],
)
def test_unchanged(text: str) -> None:
    assert drop_duplicates(text, lang="en") == text


def test_short_line_away_from_its_first_copy_stays() -> None:
    text = f"Big News Today\n{P1}\nBig News Today"
    assert drop_duplicates(text, lang="en") == text


def test_triple_title_keeps_one() -> None:
    out, why = run("Big News Today Here\nBig News Today Here\nBig News Today Here")
    assert out == "Big News Today Here\n"
    assert why == ['repeats line 1 ("Big News Today Here")'] * 2


def test_first_copy_dropped_by_an_earlier_filter_leaves_the_later_one() -> None:
    @rule(kind="filter")
    def drop_first(doc: Document, ctx: Context) -> list[Drop]:
        """Drop line 0 (test helper)."""
        return [Drop(0, 0, "test")]

    result = Cleaner(rules=[drop_first, drop_duplicates], lang="en").explain(f"{P1}\n{P2}\n{P1}")
    assert result.text == f"{P2}\n{P1}"
    assert [r.rule for r in result.records] == ["drop_first"]


def test_deterministic() -> None:
    text = "\n".join([P1, P2, "Big News", P1, "Big News", P2] * 3)
    assert len({drop_duplicates(text, lang="en") for _ in range(5)}) == 1


def test_a_lone_distant_repeat_of_a_short_paragraph_stays() -> None:
    question = "What would you change about the city if you were mayor for a day?"
    text = f"{question}\n“More buses,” said one.\n{question}\n“Cheaper parking,” said another."
    assert drop_duplicates(text) == text


def test_a_run_of_repeated_short_paragraphs_goes() -> None:
    a = "The council met on Tuesday to discuss the budget."
    b = "Members voted nine to two in favour of the plan."
    text = f"{a}\n{b}\nEditing by Someone\n{a}\n{b}"
    assert drop_duplicates(text) == f"{a}\n{b}\nEditing by Someone\n"


def test_an_adjacent_repeat_of_a_short_paragraph_goes() -> None:
    a = "The council met on Tuesday to discuss the budget."
    assert drop_duplicates(f"{a}\n{a}\nMore.") == f"{a}\nMore."


MEAL_PLAN = (
    "Plan A\n"
    "Breakfast\n"
    "Oats with berries [1 cup oats, 1/2 cup berries, 1 tsp. honey]\n"
    "Portions: 1 Yellow, 1 Purple, 1 tsp.\n"
    "Lunch\n"
    "Chicken salad with lemon dressing and toasted seeds\n"
    "Portions: 1 Green, 1 Red, 1 tsp.\n"
    "Plan B\n"
    "Breakfast\n"
    "Oats with berries [1 cup oats, 1/2 cup berries, 1 tsp. honey]\n"
    "Portions: 1 Yellow, 1 Purple, 1 tsp.\n"
    "Lunch\n"
    "Bean soup with a slice of whole-grain toast\n"
    "Portions: 1 Green, 1 Yellow\n"
    "Plan C\n"
    "Breakfast\n"
    "Oats with berries [1 cup oats, 1/2 cup berries, 1 tsp. honey]\n"
    "Portions: 1 Yellow, 1 Purple, 1 tsp.\n"
)


def test_items_repeated_in_a_repeated_structure_stay() -> None:
    # Each plan repeats some items of the one before, with other lines between: an
    # article structure, not a page captured twice.
    assert drop_duplicates(MEAL_PLAN, lang="en") == MEAL_PLAN


def test_a_copied_block_of_items_goes() -> None:
    # Items of 40+ characters, the second copy alone with nothing repeated near it: a menu printed twice.
    items = [
        "Local news, weather and traffic for the region",
        "Sport results, fixtures and league tables today",
        "Business, markets and the latest company news",
    ]
    menu = "".join(f"{item}\n" for item in items)
    out, why = run(f"{menu}{P1}\n{P2}\n{menu}")
    assert out == f"{menu}{P1}\n{P2}\n"
    assert why == [f'repeats line {n} ("{item[:39]}…")' for n, item in enumerate(items, 1)]


def test_repeated_link_items_go_even_inside_a_structure() -> None:
    links = (
        "World news (https://news.example.org/world/)\nBusiness news (https://news.example.org/business/)\n"
    )
    text = f"{links}Menu\n{links}Other\nMore\n{links}"
    out, why = run(text)
    assert out == f"{links}Menu\nOther\nMore\n"
    assert len(why) == 4


def test_repeated_prose_inside_a_structure_still_goes() -> None:
    # "Summary" repeats too, two lines before the copied paragraphs: a structure, yet the
    # paragraphs of prose in it are still copies.
    text = f"Part one\nSummary\n{P1}\n{P2}\nPart two\nSummary\nA new line\n{P1}\n{P2}\n"
    out, why = run(text)
    assert out == f"Part one\nSummary\n{P1}\n{P2}\nPart two\nSummary\nA new line\n"
    assert why == [f'repeats line 3 ("{P1[:39]}…")', f'repeats line 4 ("{P2[:39]}…")']


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("The council met on Tuesday to discuss the new budget.", True),
        ("Die Regierung hat am Dienstag einen neuen Plan vorgestellt.", True),
        ("Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.", False),  # an item
        ("Drink within 30 minutes after your workout", False),  # no sentence end
        ("Lunch 1 cup rice, 2 eggs, 1 tbsp. oil, 3 olives.", False),  # quantities
        ("Meal Plan for the Second Week.", False),  # a heading
    ],
)
def test_running_text(line: str, prose: bool) -> None:
    assert running_text(line) is prose

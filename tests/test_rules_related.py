"""drop_related: related-links blocks and "Related article: ..." lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cleanwire import Cleaner, Drop, rule
from cleanwire.context import Context
from cleanwire.document import Document
from cleanwire.rules.credits import drop_photo_credits
from cleanwire.rules.duplicates import drop_duplicates
from cleanwire.rules.metadata import drop_bylines, drop_datelines, drop_source_lines, drop_url_lines
from cleanwire.rules.related import drop_related

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
BODY = "The minister said on Tuesday that the talks in Oslo would continue next week."
PROSE = "Officials said the next round would start after the holidays, according to two sources."
MY_FILTERS = [
    drop_related,
    drop_datelines,
    drop_bylines,
    drop_photo_credits,
    drop_source_lines,
    drop_url_lines,
    drop_duplicates,
]


def reasons(text: str) -> tuple[str, list[str]]:
    result = drop_related.explain(text, lang="en")
    check_trace(result)
    return result.text, [r.reason for r in result.records]


def test_block_with_dates_headlines_and_teaser_goes_to_the_end() -> None:
    text = (
        f"{BODY}\nRelated News\nArab | 7 Jan, 2025\nThe last hours of the old rule... This is how it fell\n"
        "Arab | 2 Jan, 2025\n"
        "A British newspaper revealed that the former president was poisoned, last Sunday.\n"
        "Arab | 1 Jan, 2025\nSecurity tension in the south.. Will war resume?\n"
        "Arab | 30 Dec, 2024\nSecret Files: The Story of a Republic"
    )
    out, why = reasons(text)
    assert out == f"{BODY}\n"
    assert why == ['related-links block under "Related News" (8 items)']


def test_block_stops_at_prose() -> None:
    text = f"{BODY}\nRead more:\nHeadline one about the talks\nHeadline two about the war\n{PROSE}"
    out, why = reasons(text)
    assert out == f"{BODY}\n{PROSE}"
    assert why == ['related-links block under "Read more:" (2 items)']


def test_a_question_ending_the_block_is_kept() -> None:
    # A question line only counts as a headline when more items follow it.
    text = f"{BODY}\n\nYou may also like\n\nHeadline one about the talks\n\nWhy did it fail?\n\n{PROSE}"
    out, why = reasons(text)
    assert out == f"{BODY}\n\n\nWhy did it fail?\n\n{PROSE}"
    assert why == ['related-links block under "You may also like" (1 item)']


def test_a_question_inside_the_block_goes() -> None:
    text = f"{BODY}\n\nYou may also like\n\nHeadline one\n\nWhy did it fail?\n\nAnother headline\n\n{PROSE}"
    out, _ = reasons(text)
    assert out == f"{BODY}\n\n\n{PROSE}"


def test_a_change_of_layout_ends_the_block() -> None:
    # Items packed line after line; a blank line then a subheading belongs to the article.
    text = f"{BODY}\nRelated stories\nHeadline one\nHeadline two\n\nWhat the deal means\n{PROSE}"
    out, _ = reasons(text)
    assert out == f"{BODY}\n\nWhat the deal means\n{PROSE}"


WRAPPED = (
    "The foreign minister, who flew in on Thursday, told reporters that the\n"
    "next round would begin after the holidays and that both\n"
    "sides had agreed to keep\n"
    "the channel open."
)


def test_a_change_of_bullet_style_ends_the_block() -> None:
    # A bulleted item, then an unbulleted line: the list is over, the paragraph stays whole.
    text = f"{BODY}\n\nRelated\n\n* Ceasefire talks stall in the capital\n\n{WRAPPED}"
    out, why = reasons(text)
    assert out == f"{BODY}\n\n\n{WRAPPED}"
    assert why == ['related-links block under "Related" (1 item)']
    # The same with the bullets the other way round.
    text = f"{BODY}\nRead more:\nTalks stall in the capital\n- Aid convoys reach the north\n{PROSE}"
    assert reasons(text) == (
        f"{BODY}\n- Aid convoys reach the north\n{PROSE}",
        ['related-links block under "Read more:" (1 item)'],
    )


def test_bulleted_items_all_go() -> None:
    text = f"{BODY}\nRelated stories\n* Talks stall in the capital\n* Aid convoys reach the north\n\n{PROSE}"
    assert reasons(text) == (f"{BODY}\n\n{PROSE}", ['related-links block under "Related stories" (2 items)'])


@pytest.mark.parametrize(
    "ending", ["that the", "and that both", "of", "to", "as well as its", "and,", "said;"]
)
def test_a_line_that_runs_on_is_not_a_headline(ending: str) -> None:
    line = f"The foreign minister told reporters {ending}"
    text = f"{BODY}\nRead more:\nTalks stall in the capital\n{line}\nthe channel would stay open."
    out, why = reasons(text)
    assert out == f"{BODY}\n{line}\nthe channel would stay open."
    assert why == ['related-links block under "Read more:" (1 item)']


def test_a_line_that_starts_lower_case_ends_the_block_with_the_line_above() -> None:
    # "next round ..." goes on with the line above it: both are prose, not items.
    text = (
        f"{BODY}\n\nYou may also like\n\nCeasefire talks stall in the capital\n\n"
        "The foreign minister, who flew in on Thursday, told reporters\n"
        "next round would begin after the holidays."
    )
    out, why = reasons(text)
    assert out == (
        f"{BODY}\n\n\nThe foreign minister, who flew in on Thursday, told reporters\n"
        "next round would begin after the holidays."
    )
    assert why == ['related-links block under "You may also like" (1 item)']
    # With no item left, the heading goes alone.
    text = f"{BODY}\nRelated\nThe minister told reporters\nthat talks would resume."
    assert reasons(text) == (
        f"{BODY}\nThe minister told reporters\nthat talks would resume.",
        ['related-links heading ("Related")'],
    )


def test_a_paragraph_wrapped_at_a_fixed_width_is_not_a_list() -> None:
    # Every line starts with a capital, but each is full up to the width: one wrapped paragraph.
    para = (
        "The foreign minister who flew in on Thursday told reporters at\n"
        "The Hague that a new round would begin after the holidays with\n"
        "President Smith and Prime Minister Jones expected to attend in\n"
        "Geneva and at the site."
    )
    out, why = reasons(f"{BODY}\nRead more:\nCeasefire talks stall\n{para}")
    assert out == f"{BODY}\n{para}"
    assert why == ['related-links block under "Read more:" (1 item)']


def test_names_and_plan_letters_still_end_headlines() -> None:
    # "iPhone" is a name, not a lower-case continuation; "Plan A" does not run on.
    text = f"{BODY}\nRead more:\nWhy the council chose Plan A\niPhone sales fall again\n\n{PROSE}"
    assert reasons(text) == (f"{BODY}\n\n{PROSE}", ['related-links block under "Read more:" (2 items)'])


def test_a_dated_list_ends_at_a_line_without_its_date() -> None:
    items = "World | 7 Jan, 2025\nTalks resume\nWorld | 6 Jan, 2025\nTalks stall"
    text = f"{BODY}\nRelated News\n{items}\nThe minister said nothing more"
    assert reasons(text) == (
        f"{BODY}\nThe minister said nothing more",
        ['related-links block under "Related News" (4 items)'],
    )


def test_packed_headlines_before_a_long_paragraph_still_go() -> None:
    text = (
        f"{BODY}\nRead more:\nTalks resume in the capital after a week of strikes\n"
        f"Ceasefire holds in the north as aid convoys arrive\nTalks on the border stall again\n{PROSE}"
    )
    assert reasons(text) == (f"{BODY}\n{PROSE}", ['related-links block under "Read more:" (3 items)'])


@pytest.mark.parametrize(
    "line",
    [
        "Related article: Exclusive: Russia, Reeling from the Collapse, Bets on Chaos",
        "See also: A timeline of the war",
        "Also read: Why the army gave up",
        "Read next: The new government",
        "Read more: Who are the rebels?",
        "[Related: Ministers meet again in Oslo]",
        "Also: See our guide to the new budget",
        "SEE MORE: Talks resume after a week of protests",
        "Related post: A pickled vegetables recipe",
    ],
)
def test_inline_related_link_goes_alone(line: str) -> None:
    out, why = reasons(f"{BODY}\n{line}\n{PROSE}")
    assert out == f"{BODY}\n{PROSE}"
    assert why == [f'related link ("{line if len(line) <= 48 else line[:47].rstrip() + "…"}")']


@pytest.mark.parametrize(
    "heading",
    [
        "Related News",
        "RELATED STORIES",
        "Recommended",
        "Read more »",
        "See also:",
        "Related",
        "You may also like...",
        "More:",
        "Newer Story →",
    ],
)
def test_heading_alone_goes(heading: str) -> None:
    out, why = reasons(f"{BODY}\n{heading}\n{PROSE}")
    assert out == f"{BODY}\n{PROSE}"
    assert why == [f'related-links heading ("{heading}")']


def test_open_heading_needs_items() -> None:
    assert drop_related("More from Reuters\nHeadline one\nHeadline two", lang="en") == ""
    assert drop_related("Popular on ExampleSite\nHeadline one\nHeadline two", lang="en") == ""
    text = f"More from Reuters\n{PROSE}"
    assert drop_related(text, lang="en") == text


@pytest.mark.parametrize(
    "text",
    [
        "The charges are related to the 2019 incident.",
        "Read more about the study in the journal Nature, the authors said.",
        "More from the interview will air on Sunday.",
        "More from the interview:\nHe said he would go.",
        "Related: the two cases are linked, police said.",
        "Recommended reading for anyone who follows the region closely is the report itself.",
        f"{BODY}\nSee also the report published on Monday by the ministry.",
        # a linked headline run together with the paragraph after it ends on a full stop
        "Related: Snapshots of our universe As the galaxies grew, the disks flattened.",
        "Also: The mayor resigned on Tuesday.",
        "Also: the mayor resigned on Tuesday",
        "More than 200 people attended the meeting.",
        "Popular on the island, the festival returns in May.",
    ],
)
def test_prose_stays(text: str) -> None:
    assert drop_related(text, lang="en") == text


def test_lines_dropped_by_earlier_filters_are_skipped_inside_a_block() -> None:
    @rule(kind="filter")
    def drop_ads(doc: Document, ctx: Context) -> list[Drop]:
        """Drop "Advertisement" lines (test helper)."""
        return [Drop(ln.index, ln.index, "ad") for ln in doc.lines if ln.text == "Advertisement"]

    items = "World | 7 Jan, 2025\nTalks resume\nAdvertisement\nWorld | 6 Jan, 2025\nTalks stall"
    text = f"{BODY}\nRelated News\n{items}"
    result = Cleaner(rules=[drop_ads, drop_related], lang="en").explain(text)
    assert result.text == f"{BODY}\n"
    assert [r.reason for r in result.records] == [
        'related-links block under "Related News" (4 items)',
        "ad",
        'related-links block under "Related News" (4 items)',
    ]


# -- the seed documents, through this family's filters only --------------------------------


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.input.txt")
    return path.read_text(encoding="utf-8")


def test_seed_001() -> None:
    text = seed("001")
    result = Cleaner(rules=MY_FILTERS, lang="en").explain(text)
    check_trace(result)
    lines = text.split("\n")
    assert [(r.rule, r.text.rstrip("\n")) for r in result.records[:2]] == [
        ("drop_datelines", "Arab| 11 December, 2024 - 3:21 PM"),
        ("drop_source_lines", "Source: Bloomberg"),
    ]
    assert result.records[2].rule == "drop_related"
    assert result.records[2].text == "\n".join(lines[13:])
    kept = result.text.split("\n")
    assert kept[1] == "Bloomberg: Russia pushed Bashar al-Assad to flee after confirming his defeat"
    assert kept == lines[:2] + lines[3:12] + [""]


def test_seed_003() -> None:
    text = seed("003")
    result = Cleaner(rules=MY_FILTERS, lang="en").explain(text)
    check_trace(result)
    lines = text.split("\n")
    assert result.text.split("\n") == [lines[0], *lines[2:10], ""]
    rules = [r.rule for r in result.records]
    assert rules == ["drop_duplicates", "drop_source_lines"] + ["drop_duplicates"] * 8
    assert result.records[1].reason == 'production credit ("Editing by Kardo Roj")'
    assert result.records[2].reason.startswith('repeats line 3 ("DAMASCUS, SYRIA (North Press)')


def test_seed_004_is_unchanged() -> None:
    text = seed("004")
    assert Cleaner(rules=MY_FILTERS, lang="en").explain(text).records == ()


@pytest.mark.parametrize(
    "text",
    [
        # Headings that are also full-width "wrapped" lines: each is read once, not once per heading.
        ("Related " + "»" * 44 + "\n") * 10_000 + "End.",
        "More from Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopq\n" * 10_000 + "End.",
        "Related News\n" + "Talks stall in the capital\n" * 20_000 + "the end",
        "Related News\n" * 10_000,
        "Related News " * 80_000,
        "\n" * 45_000,
    ],
)
def test_pathological_input_finishes_fast(text: str) -> None:
    start = time.perf_counter()
    drop_related(text, lang="en")
    assert time.perf_counter() - start < 5

"""drop_duplicates: repeated paragraphs and titles."""

from __future__ import annotations

import time

import pytest

from cleanwire import Cleaner, Drop, rule
from cleanwire.context import Context
from cleanwire.document import Document
from cleanwire.rules.duplicate_runs import align, in_step
from cleanwire.rules.duplicates import drop_duplicates, line_key
from cleanwire.rules.shapes import quote, running_text

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


def test_short_line_away_from_its_first_copy_stays_among_short_lines() -> None:
    text = f"Big News Today\n{P1}\nBig News Today\nBuy now"
    assert drop_duplicates(text, lang="en") == text


def test_a_subheading_repeated_between_paragraphs_goes() -> None:
    out, why = run(f"{P1}\nWhat Comes Next\n{P2}\n{LONG}\nWhat Comes Next\n{P1[:-1]} again.")
    assert out == f"{P1}\nWhat Comes Next\n{P2}\n{LONG}\n{P1[:-1]} again."
    assert why == ['repeats line 2 ("What Comes Next")']


def test_a_doubled_one_word_heading_between_paragraphs_goes() -> None:
    out, why = run(f"{P1}\nConclusion\nConclusion\n{P2}")
    assert out == f"{P1}\nConclusion\n{P2}"
    assert why == ['repeats line 2 ("Conclusion")']


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


# --- near-exact copies ---------------------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        f"  {P1.replace(' ', '   ')} ",  # whitespace
        P1.upper(),  # case
        P1[:-1] + "!",  # trailing punctuation
        P1[:-1],  # no trailing punctuation
        P1 + "..",
    ],
)
def test_a_near_exact_copy_of_a_sentence_goes(again: str) -> None:
    out, why = run(f"{P1}\n{again}\n{P2}")
    assert out == f"{P1}\n{P2}"
    assert why == [f'repeats line 1 ("{P1[:39]}…")']


def test_quote_styles_fold_together() -> None:
    curly = "“It’s a fair deal,” the union leader told reporters outside the hall."
    straight = '"It\'s a fair deal," the union leader told reporters outside the hall.'
    out, why = run(f"{curly}\n{straight}")
    assert out == f"{curly}\n"
    assert why == [f'repeats line 1 ("{curly[:39]}…")']


def test_a_line_that_is_the_start_of_another_is_no_copy() -> None:
    text = f"The council met on Tuesday.\n{P2}\nThe council met on Tuesday to discuss the budget."
    assert drop_duplicates(text, lang="en") == text


# --- distant copies and whole bodies -------------------------------------------

LONG = (
    "The regional transport authority said on Monday that the new timetable, which adds late trains "
    "on weekdays, would take effect in the spring after a consultation with passenger groups."
)


def test_a_distant_copy_of_a_long_paragraph_goes() -> None:
    body = "\n".join([LONG, P1, "A subheading", P2, "Another line of the story here.", LONG])
    out, why = run(body)
    assert out == body.rsplit("\n", 1)[0] + "\n"
    assert why == [f'repeats line 1 ("{LONG[:39]}…")']


BODY = [
    "Harbour Ferry Gets a New Engine",
    "By A. Writer",
    P1,
    "What changes",
    "- Quieter crossings",
    "- Fewer emissions",
    P2,
    "The first crossing with the new engine is planned for May, weather permitting.",
    "Buy tickets",
]


def test_a_whole_body_repeated_at_the_end_goes_short_lines_too() -> None:
    first = "\n".join(BODY)
    out, why = run(f"{first}\n\n{first}")
    assert out == f"{first}\n\n"
    assert why == [f'repeats line {n} ("{quote(line, 40)}")' for n, line in enumerate(BODY, 1)]


def test_a_whole_body_repeated_after_a_copy_in_its_last_lines_goes() -> None:
    # The first copy ends with a repeated line: the repeated body still stands alone as a copy.
    first = "\n".join([*BODY, P1])
    out = drop_duplicates(f"{first}\n{first}", lang="en")
    assert out == "\n".join(BODY) + "\n"


def test_a_whole_body_repeated_with_a_line_an_earlier_filter_dropped_in_its_first_copy_goes() -> None:
    @rule(kind="filter")
    def drop_ticket_line(doc: Document, ctx: Context) -> list[Drop]:
        """Drop the first "Buy tickets" line (test helper)."""
        return [Drop(i, i, "test") for i in range(len(doc.lines)) if doc.lines[i].text == "Buy tickets"][:1]

    lines = [*BODY[:5], "Buy tickets", *BODY[5:8]]
    first = "\n".join(lines)
    result = Cleaner(rules=[drop_ticket_line, drop_duplicates], lang="en").explain(f"{first}\n{first}")
    check_trace(result)
    # The second "Buy tickets" stays (its first copy is gone), and splits nothing: the rest goes.
    assert result.text == "\n".join(lines[:5] + lines[6:]) + "\nBuy tickets\n"


def test_a_block_copied_out_of_order_goes_when_it_carries_links() -> None:
    links = [
        "Markets close higher as bonds rally (https://news.example.org/markets/close)",
        "City council approves the new budget (https://news.example.org/city/budget)",
        "Storm warning for the coast this weekend (https://news.example.org/weather/storm)",
    ]
    text = "\n".join([*links, P1, P2, "Related", links[2], links[0], links[1]])
    out, why = run(text)
    assert out == "\n".join([*links, P1, P2, "Related"]) + "\n"
    assert [w.split(" (")[0] for w in why] == ["repeats line 3", "repeats line 1", "repeats line 2"]


def test_a_standfirst_repeated_around_the_byline_goes() -> None:
    dek = "Ferry fares will rise by a tenth from May, the operator said."
    out, why = run(f"Fares Rise\n{dek}\nBy A. Writer | 2 May\n{dek}\n{P1}")
    assert out == f"Fares Rise\n{dek}\nBy A. Writer | 2 May\n{P1}"
    assert why == ['repeats line 2 ("Ferry fares will rise by a tenth from M…")']


# --- what repeats on purpose stays ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # product roundup: the same buttons under each product
        "Red Kettle\nA kettle that boils fast.\nBuy Now\nSee it at the shop\n"
        "Blue Toaster\nA toaster for four slices.\nBuy Now\nSee it at the shop\n"
        "Green Mixer\nA mixer with five speeds.\nBuy Now\nSee it at the shop",
        # list bullets and labels
        "Pros\n- Cheap\n- Light\nCons\n- Loud\nPros\n- Small\nCons\n- Cheap",
        # a table header repeated over each table, with its separator line
        "Defence\nPos | Player | Plays | % | Stats\n---|---|---|---|---\nDL | A. Smith | 63 | 85% | 1 sack\n"
        "Offence\nPos | Player | Plays | % | Stats\n---|---|---|---|---\nQB | B. Jones | 70 | 100% | 2 TD",
        # a refrain
        "The river runs down to the sea,\nand the sea runs back to me.\nVerse about the town.\n"
        "The river runs down to the sea,\nand the sea runs back to me.\nVerse about the hills.",
        # an embed's attribution line, twice
        "Senate resolves to observe a minute of silence.\n>\n— The Senate (@senate) October 9, 2018\n"
        "Senate leader raises a motion on the deaths.\n>\n— The Senate (@senate) October 9, 2018",
        # a table cell repeated in the next cell
        "Wi-Fi\nYes\nYes\nBluetooth\nNo\nYes",
    ],
)
def test_legitimate_repeats_stay(text: str) -> None:
    assert drop_duplicates(text, lang="en") == text


def test_a_recurring_question_next_to_a_copy_stays_and_the_copy_goes() -> None:
    # An interview form per person; an answer copied right after itself. The question after
    # that copy repeats too, but it is the form's question, not part of the copy.
    question = "What inspired you to start cooking for other people?"
    answer_a = "My grandmother, who fed the whole street every Sunday in summer."
    answer_b = "A trip to the coast, where every meal was fish cooked on an open fire."
    text = f"Anna\n{question}\n{answer_a}\n{answer_a}\nBen\n{question}\n{answer_b}"
    out, why = run(text)
    assert out == f"Anna\n{question}\n{answer_a}\nBen\n{question}\n{answer_b}"
    assert why == [f'repeats line 3 ("{answer_a[:39]}…")']


def test_the_first_copy_is_kept_and_later_ones_name_it() -> None:
    text = f"{LONG}\n{P1}\n{LONG}\n{P2}\n{LONG}"
    result = drop_duplicates.explain(text, lang="en")
    check_trace(result)
    assert result.text == f"{LONG}\n{P1}\n{P2}\n"
    assert [r.start for r in result.records] == [text.index(LONG, 1), text.rindex(LONG)]
    assert {r.reason for r in result.records} == {f'repeats line 1 ("{LONG[:39]}…")'}


# --- alignment -----------------------------------------------------------------


def test_align_follows_a_copy_over_a_line_it_left_out() -> None:
    # The first copy gained a line ("x"); the second copy runs on over it as one piece.
    source, pieces = align(["a", "b", "x", "c", "d", "a", "b", "c", "d"])
    assert source[5:] == [0, 1, 3, 4]
    assert pieces == [(5, 8)]


def test_a_structure_repeated_with_changes_is_in_step() -> None:
    keys = ["day", "eggs", "tea", "soup", "day", "eggs", "toast", "tea", "soup"]
    source, pieces = align(keys)
    assert pieces == [(4, 5), (7, 8)]
    assert in_step(source, 4, 5) and in_step(source, 7, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Read more here\n" * 10_000,
        "Yes\n" * 10_000,
        "\n" * 45_000,
        "word " * 200_000,
        "." * 100_000,
        "Alpha line of the story\nBeta line of the story\n" * 5_000,
        "".join(f"Shared line of the text\nUnique line number {i}\n" for i in range(5_000)),
    ],
)
def test_pathological_input_finishes_fast(text: str) -> None:
    start = time.perf_counter()
    drop_duplicates(text, lang="en")
    assert time.perf_counter() - start < 5


# --- lines left twice: pull quotes and parts of a page captured twice ----------

QUOTE = "“I nearly fell off the roof,” the builder said, laughing."
STORY = [
    "The old mill reopened on Saturday after three years of repairs to its roof and wheel.",
    QUOTE,
    "Volunteers replaced more than four hundred slates and rebuilt the chimney by hand.",
    "The wheel turned again for the first time since the flood of 2016.",
    "Visitors queued along the river path for most of the afternoon.",
    "The mill will open every weekend from April to October, the trust said.",
]


def test_a_pull_quote_repeated_far_from_its_sentence_goes() -> None:
    text = "\n".join([*STORY[:5], QUOTE, STORY[5]])
    out, why = run(text)
    assert out == "\n".join([*STORY[:5], STORY[5]])
    assert why == [f'repeats line 2 ("{quote(QUOTE, 40)}")']


def test_a_sentence_of_six_words_left_twice_goes() -> None:
    short = "The trust thanked every single volunteer."
    text = "\n".join([STORY[0], short, *STORY[2:5], short, STORY[5]])
    out, why = run(text)
    assert out == "\n".join([STORY[0], short, *STORY[2:5], STORY[5]])
    assert why == [f'repeats line 2 ("{quote(short, 40)}")']


def test_a_copy_left_twice_once_a_repeated_body_is_gone_goes() -> None:
    # The quote comes three times: in the body, as a pull quote, and in the body captured
    # again at the end. The captured body goes as a block; the pull quote is then left twice.
    body = "\n".join(STORY)
    with_quote = "\n".join([*STORY[:5], QUOTE, STORY[5]])
    out, why = run(f"{with_quote}\n{body}")
    assert out == f"{body}\n"
    assert why[0] == f'repeats line 2 ("{quote(QUOTE, 40)}")'
    assert len(why) == 1 + len(STORY)


@pytest.mark.parametrize(
    "text",
    [
        # a question an interview asks twice
        f"{STORY[0]}\nWhat would you change about the mill if you could?\n{STORY[2]}\n{STORY[3]}\n"
        f"{STORY[4]}\nWhat would you change about the mill if you could?\n{STORY[5]}",
        # an embed's attribution line, with a handle and no dash
        f"{STORY[0]}\nThe Mill Trust (@milltrust) May 4, 2019\n{STORY[2]}\n{STORY[3]}\n"
        f"{STORY[4]}\nThe Mill Trust (@milltrust) May 4, 2019\n{STORY[5]}",
        # a list item that is no sentence
        f"{STORY[0]}\n- Guided tours of the wheel house every hour\n{STORY[2]}\n{STORY[3]}\n"
        f"{STORY[4]}\n- Guided tours of the wheel house every hour\n{STORY[5]}",
        # a short sentence: a refrain
        f"{STORY[0]}\nThen the wheel turned.\n{STORY[2]}\n{STORY[3]}\n{STORY[4]}\nThen the wheel turned.",
    ],
)
def test_lines_left_twice_that_an_article_repeats_stay(text: str) -> None:
    assert drop_duplicates(text, lang="en") == text


def test_a_line_twice_in_a_repeated_form_stays() -> None:
    # Two contestants with the same first name: the same vote line ends both forms, after
    # the same question. The form repeats its lines, so the vote line is no copy.
    form = (
        "What got you started?\n{answer}\nYour favourite quick dinner?\n{dish}\n"
        "Vote for Anna on the last page!"
    )
    first = form.format(answer=P1, dish="Pasta with lemon, which I make every week.")
    second = form.format(answer=P2, dish="A rice bowl with whatever is left in the fridge.")
    other = form.format(answer=LONG, dish="Soup.").replace("Anna", "Ben")
    text = f"Anna Smith\n{first}\nBen Jones\n{other}\nAnna Brown\n{second}"
    assert drop_duplicates(text, lang="en") == text


def test_a_family_of_items_with_quantities_stays() -> None:
    text = (
        f"{P1}\nPortions: 1 Green, 1 Red, 1 Yellow, 1 tsp.\nPortions: 2 Green, 1 Purple\n{P2}\n"
        f"{LONG}\nPortions: 1 Blue, 1 Orange\nPortions: 1 Green, 1 Red, 1 Yellow, 1 tsp.\n{STORY[0]}"
    )
    assert drop_duplicates(text, lang="en") == text


def test_a_button_under_two_products_stays() -> None:
    # Titles of one make around both copies: a label the list repeats, not a copy.
    text = (
        "New Price Drop: Smart Watch for $169\nThe lowest price we have seen for this watch, by a long way.\n"
        "Also at the hardware store\n"
        "New Price Drop: Wireless Earphones for $139\nA rare discount on earphones that seldom go on sale.\n"
        "Also at the hardware store\n"
        f"{P1}"
    )
    assert drop_duplicates(text, lang="en") == text


def test_short_lines_in_a_text_where_several_repeat_stay() -> None:
    # Sources cited after paragraphs: several short lines repeat, so none of them goes.
    post, star = "[ Daily Post ]", "[ Evening Star ]"
    text = "\n".join([P1, post, P2, LONG, STORY[0], star, *STORY[2:4], post, *STORY[4:], star, QUOTE])
    assert drop_duplicates(text, lang="en") == text


def test_a_form_line_in_a_pair_with_a_line_left_twice_stays() -> None:
    # The pair (vote line, question) repeats lines 1-2 of the first form, but the question
    # comes in every form: a piece of copy half made of structure lines is no copy.
    question = "What got you started in the kitchen?"
    forms = [
        f"Vote for {name} on the last page!\n{question}\n{answer}"
        for name, answer in (("Anna", P1), ("Ben", P2), ("Cleo", LONG), ("Anna", STORY[0]))
    ]
    text = "\n".join(forms)
    out = drop_duplicates(text, lang="en")
    assert out.count(question) == 4


def test_a_title_first_shown_among_links_stays() -> None:
    # The first copy stands among short lines (a list of links); the second is the video
    # caption in the article. A later filter may drop the first, so neither goes here.
    title = "Video Shows the Moment the Old Mill Wheel Turned Again"
    text = "\n".join(["Newsletters", "Privacy policy | More", title, *STORY[:4], title, STORY[4]])
    assert drop_duplicates(text, lang="en") == text


def test_a_short_line_made_long_by_a_link_counts_as_short() -> None:
    # Two source lines, each twice, made long only by their link targets: short lines that
    # repeat in this text, so they stay.
    post = "[Daily Post (https://www.dailypost.example.org/reviews/mill-reopens)]"
    star = "[Evening Star (https://www.eveningstar.example.org/2019/11/18/mill)]"
    text = "\n".join([P1, post, P2, LONG, STORY[0], star, *STORY[2:4], post, *STORY[4:], star, QUOTE])
    assert drop_duplicates(text, lang="en") == text


def test_a_pull_quote_beside_its_paragraph_stays() -> None:
    # Shown again two lines on, with prose between: a pull quote set beside its paragraph,
    # which an article body may keep.
    text = "\n".join([STORY[0], QUOTE, STORY[2], QUOTE, *STORY[3:]])
    assert drop_duplicates(text, lang="en") == text


def test_a_link_torn_out_of_a_sentence_stays() -> None:
    # "Daily Post" is link text between two halves of a sentence, at both places.
    first = [
        STORY[0],
        "Daily Post",
        ", which first reported the plan, said the work would take a year.",
        LONG,
    ]
    second = [
        STORY[2],
        "Daily Post",
        ". A preview of the report was shared with subscribers and the trust.",
        P2,
    ]
    text = "\n".join([*first, *second])
    assert drop_duplicates(text, lang="en") == text


def test_a_line_near_a_line_every_form_repeats_stays() -> None:
    # Forms run together by the extractor: no neighbours match, but the form's question,
    # there three times, stands a few lines from the first vote line.
    question = "What got you started in the kitchen?"
    vote = "Vote for Anna on the last page!"
    first = [vote, STORY[0], STORY[2], STORY[3], question, P1, LONG, question]
    second = [STORY[4], STORY[5], P2, question, QUOTE, f"{P1[:-1]} again.", vote, "Anna Brown cooks at home."]
    text = "\n".join([*first, *second])
    assert drop_duplicates(text, lang="en") == text


def test_a_question_headline_in_a_list_shown_twice_goes() -> None:
    # A question stays when asked again on its own, not inside a list of links shown twice.
    headline = "Will the new ferry timetable really cut the waiting times?"
    link = "Ferry fares rise by a tenth (https://news.example.org/fares)"
    text = "\n".join([P1, "Related", headline, link, P2, LONG, STORY[0], "More", link, headline])
    out, why = run(text)
    assert headline not in out.split("\n")[3:]
    assert f'repeats line 3 ("{quote(headline, 40)}")' in why


def test_a_doubled_address_line_goes() -> None:
    text = "Tickets are on sale now.\nwww.example-theatre.org\nwww.example-theatre.org\nDoors open at eight."
    result = drop_duplicates.explain(text)
    assert result.text == "Tickets are on sale now.\nwww.example-theatre.org\nDoors open at eight."
    assert [r.reason for r in result.records] == ['repeats line 2 ("www.example-theatre.org")']

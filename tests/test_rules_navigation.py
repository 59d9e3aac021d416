"""drop_headline_ticker, drop_navigation, drop_share_lines."""

from __future__ import annotations

import re
import time
from importlib import resources
from pathlib import Path

import pytest

from cleanwire import Rule
from cleanwire.rules.menu_items import unbullet
from cleanwire.rules.navigation import (
    drop_headline_ticker,
    drop_navigation,
    drop_share_lines,
    item_kind,
    menu_like,
    nav_lexicon,
    share_parts,
    ticker_features,
)

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
BODY = "The minister said on Tuesday that the talks in Doha would continue next week."
RULES = [drop_headline_ticker, drop_navigation, drop_share_lines]


def run(r: Rule, text: str, **options: object) -> tuple[str, list[str]]:
    result = r.explain(text, lang="en", **options)
    check_trace(result)
    return result.text, [rec.reason for rec in result.records]


def between(r: Rule, block: str) -> list[str]:
    """Reasons ``r`` gives for ``block`` between two article lines; checks all of it went or none."""
    text = f"{BODY}\n{block}\n{BODY}"
    out, reasons = run(r, text)
    assert out == (f"{BODY}\n{BODY}" if reasons else text)
    return reasons


def seed(name: str) -> str:
    text = next(SEEDS.glob(f"{name}_*.input.txt")).read_text(encoding="utf-8")
    return re.sub(r"(?<=[a-z][.!?])(?=[A-Z])", "\n", text)  # as split_glued_sentences leaves it


# -- headline ticker -------------------------------------------------------------------------


def test_seed_ticker_goes_and_the_headline_after_it_stays() -> None:
    text = seed("001")
    out, reasons = run(drop_headline_ticker, text)
    assert out == text.split("\n", 1)[1]
    assert out.startswith("Bloomberg: Russia pushed Bashar al-Assad to flee after confirming his defeat\n")
    assert reasons == [
        "headline ticker (104 words, 0 sentence ends, no final punctuation; bullet start; "
        '3 ".." or "|" joints; 2 commas; 34 of 104 words capitalised)'
    ]


TICKER = (
    "Floods.. Two dead as storm hits coast Mayor Opens New Bridge Over River Council Approves Budget "
    "For Next Year Police arrest three after raid on farm Schools close as snow hits north "
    "Talks resume on port deal | Fans welcome return of local team"
)


def test_a_ticker_without_a_bullet_goes() -> None:
    reasons = between(drop_headline_ticker, TICKER)
    assert reasons[0].startswith("headline ticker (44 words, 0 sentence ends, no final punctuation; ")
    assert '2 ".." or "|" joints' in reasons[0]


@pytest.mark.parametrize(
    "line",
    [
        # long paragraphs end with punctuation
        TICKER + ".",
        # a paragraph that lost its final full stop still has commas and few capitals
        "The council said on Monday that the new bridge, which has been delayed by two years, would open "
        "in the spring, and that the cost, now put at 40 million pounds, would be met by the county and "
        "the government",
        # a long sentence without commas and without final punctuation, but in sentence case
        "The new rules that were agreed by the ministers of the member states on Friday evening after "
        "talks that lasted more than twelve hours will come into force at the start of next year",
        "A short line without punctuation",
    ],
)
def test_real_paragraphs_are_not_tickers(line: str) -> None:
    assert between(drop_headline_ticker, line) == []


def test_ticker_options() -> None:
    assert between(drop_headline_ticker, TICKER) != []
    assert run(drop_headline_ticker, TICKER, min_features=4) == (TICKER, [])
    assert run(drop_headline_ticker, TICKER, min_words=50) == (TICKER, [])
    assert ticker_features(TICKER + ".", 30, 25) is None


# -- navigation ------------------------------------------------------------------------------


def test_seed_menu_goes() -> None:
    text = seed("000")
    out, reasons = run(drop_navigation, text)
    assert out.endswith(
        "For details on the personal information we collect and how it is used, "
        "please see our Privacy Policy.\n"
    )
    assert reasons == [
        "navigation menu (21 short menu-like lines: "
        '"Music", "Trailers", "DailyVideos", "India", "Pakistan", ...)'
    ]


def test_a_menu_split_by_an_earlier_drop_is_one_menu() -> None:
    from cleanwire import Cleaner
    from cleanwire.rules.appeals import drop_appeals

    text = seed("000")
    result = Cleaner(rules=[drop_appeals, drop_navigation], lang="en").explain(text)
    check_trace(result)
    assert result.text.endswith("please see our Privacy Policy.\n") is False
    assert result.text.endswith("if he left immediately.\n")
    rules = [(r.rule, r.text.split("\n")[0]) for r in result.records if "Music" in r.text or "Best" in r.text]
    assert rules == [("drop_navigation", "Music"), ("drop_navigation", "Best Collections")]


@pytest.mark.parametrize(
    "line",
    [
        "Home > News > World",
        "Home / Politics / Elections",
        "Home » Sport",
        "News › World › Europe",
        "Home>News",
    ],
)
def test_breadcrumbs_go(line: str) -> None:
    assert between(drop_navigation, line) == [f'breadcrumb trail ("{line}")']


def test_inline_menu_goes() -> None:
    line = "Music / Trailers / DailyVideos / India"
    assert run(drop_navigation, f"{line}\n{BODY}") == (BODY, [f'inline menu of 4 items ("{line}")'])


def test_inline_menu_between_paragraphs_needs_a_menu_word() -> None:
    # Title-cased words joined by "/" between two paragraphs: shape alone keeps them.
    assert between(drop_navigation, "Music / Trailers / DailyVideos / India") == []
    line = "News / Trailers / DailyVideos / India"
    assert between(drop_navigation, line) == [f'inline menu of 4 items ("{line}")']


def test_a_nested_menu_in_text_renderer_bullets_goes() -> None:
    # inscriptis and lynx mark the items of a nested list with "o " and "+".
    reasons = between(drop_navigation, "o US\no World\no Politics\no Technology")
    assert reasons == ['navigation menu (4 short menu-like lines: "US", "World", "Politics", "Technology")']


def test_unbullet_reads_an_o_bullet_but_not_a_word() -> None:
    assert unbullet("o World") == "World"
    assert unbullet("  o Log In") == "Log In"
    assert unbullet("only the start") == "only the start"
    assert unbullet("o") == "o"


def test_common_menu_items_go_in_pairs() -> None:
    assert between(drop_navigation, "News\nSport") == [
        'navigation menu (2 common menu items: "News", "Sport")'
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Mohammed Al-Rifai / AFP",  # a photo credit, not a breadcrumb
        "Reuters | AP",
        "Love > Hate",
        "News › World",
        "Arab| 11 December, 2024 - 3:21 PM",
        "What Happens Next",  # a subheading
        "Flour\nSugar\nEggs",  # a short list
        "“Not again.”",  # a one-line quote
        "The results were:\nFrance\nGermany\nItaly\nSpain",  # a list the article introduces
        "Politics\nThe vote is on Sunday.\nEconomy",
        "2024\n2025\n2026\n2027",  # numbers are not menu items
        "flour\nsugar\neggs\nbutter",  # lower case: a list, not a menu
        "o Brasil venceu a Argentina por dois a um.\no jogo foi em Belo Horizonte.",  # Portuguese "o"
    ],
)
def test_article_structures_stay(block: str) -> None:
    assert between(drop_navigation, block) == []


# -- article structures between paragraphs: shape alone keeps them ------------------------

P1 = "The council approved the plan on Tuesday after a long debate about its cost and timing."
P2 = "Work is expected to start next spring, officials said, and should take about two years."


@pytest.mark.parametrize(
    "block",
    [
        "- New Bus Lanes\n- Wider Pavements\n- Cycle Parking\n- Street Trees",  # a bulleted list
        "Marco Rossi\nJamal Green\nErik Olsen\nLuis Garcia\nTom Baker",  # a line-up
        "Starting Line-up\nMarco Rossi\nJamal Green\nErik Olsen\nLuis Garcia",  # with its heading
        "Team | Played | Won | Points",  # a table header alone
        "Team | Played | Won | Points\nRovers | 10 | 8 | 24\nCity | 10 | 6 | 19",  # a table
    ],
)
def test_lists_line_ups_and_tables_between_paragraphs_stay(block: str) -> None:
    text = f"{P1}\n\n{block}\n\n{P2}"
    assert run(drop_navigation, text) == (text, [])


def test_a_list_between_paragraphs_with_menu_words_goes() -> None:
    text = f"{P1}\nNews\nSport\nWeather\nBusiness\n{P2}"
    assert run(drop_navigation, text) == (
        f"{P1}\n{P2}",
        ['navigation menu (4 short menu-like lines: "News", "Sport", "Weather", "Business")'],
    )


def test_a_table_row_is_a_table_wherever_it_stands() -> None:
    text = "Team | Played | Won | Points\nRovers | 10 | 8 | 24\nCity | 10 | 6 | 19"
    assert run(drop_navigation, text) == (text, [])


@pytest.mark.parametrize(
    "table",
    [
        # a table whose cells came out one per line: the header next to its numbers
        "Defensive Line\nPos\nPlayer\nPlays\n%\nStats\nDL\nLarry Smith\n63\n85%",
        "Standings\nTeam\nPlayed\nWon\nPoints\n10\n8",
        # cells that keep their pipes
        "Defensive Line\n| Pos |\nPlayer |\nPlays |\n% |\nStats |",
    ],
)
def test_table_cells_one_per_line_stay(table: str) -> None:
    assert between(drop_navigation, table) == []
    assert run(drop_navigation, table) == (table, [])


def test_a_breadcrumb_ends_the_menu_and_the_title_after_it_stays() -> None:
    text = f"News\nSport\nWeather\nCulture\n\nHome > Region\n\nFerry Service Resumes\nBy Anna Berg\n{BODY}"
    out, reasons = run(drop_navigation, text)
    assert out == f"\n\nFerry Service Resumes\nBy Anna Berg\n{BODY}"
    assert reasons == [
        'navigation menu (4 short menu-like lines: "News", "Sport", "Weather", "Culture")',
        'breadcrumb trail ("Home > Region")',
    ]


# -- page controls, links, lower-case menus, menus in parts ---------------------------------


@pytest.mark.parametrize("line", ["Skip to main content", "Back to top", "Close", "Toggle navigation"])
def test_page_controls_go_anywhere(line: str) -> None:
    assert between(drop_navigation, line) == [f'page control ("{line}")']


def test_page_control_words_in_a_sentence_stay() -> None:
    assert between(drop_navigation, "Close to the harbour, the ferry waited.") == []
    assert between(drop_navigation, "Search") == ['page control ("Search")']
    assert between(drop_navigation, "Search and rescue teams worked all night.") == []


def test_link_like_lines_go_in_pairs() -> None:
    assert between(drop_navigation, "« Previous\nNext »") == [
        'navigation links (2 link-like lines: "« Previous", "Next »")'
    ]
    assert between(drop_navigation, "Next »") == []  # alone, an arrow is not enough
    assert between(drop_navigation, "« Non »") == []  # a French quotation


def test_a_lower_case_menu_with_menu_words_goes() -> None:
    menu = "* news\n* the upshot\n* world\n* obituaries\n* politics"
    assert between(drop_navigation, menu) == [
        'navigation menu (5 short lines, 3 of them common menu items: "news", "the upshot", "world", '
        '"obituaries", "politics")'
    ]
    assert between(drop_navigation, "* flour\n* sugar\n* eggs\n* butter") == []  # no menu word


def test_the_parts_of_a_menu_between_menus_go() -> None:
    # The breadcrumbs go on their own and split the menu into parts.
    index = (
        "News\nWorld\nPolitics\nBusiness\nHome > Opinion\n"
        "* op-ed columnists\n* editorials\n* letters\n"
        "Home > Arts\nSport\nWeather\nVideo\nTravel"
    )
    out, reasons = run(drop_navigation, f"{BODY}\n{index}")
    assert out == f"{BODY}\n"
    assert reasons[2] == (
        'navigation menu, continued (3 short lines: "op-ed columnists", "editorials", "letters")'
    )


def test_a_list_after_a_menu_and_before_prose_stays() -> None:
    text = f"News\nWorld\nPolitics\nBusiness\nHome > Food\n* flour\n* sugar\n* eggs\n{BODY}"
    assert run(drop_navigation, text)[0] == f"* flour\n* sugar\n* eggs\n{BODY}"


def test_the_listed_line_search_finds_exactly_the_lexicon_lines() -> None:
    # drop_navigation finds menu words and page controls with one search of the folded
    # text; it must find the lines a word-by-word look-up would, and no others.
    from cleanwire.document import segment
    from cleanwire.lexicon import fold, folded_words
    from cleanwire.rules.scan import lines_matching

    lex = nav_lexicon(("en",))
    lines = [
        "* News",
        "(News)",
        "News!",
        "NEWS",
        "News today",
        "  - sport  ",
        "today's paper",
        "Skip to content",
        "Skip  to   content.",
        "Back to top ↑",
        "newsroom",
        "the news",
        "World Cup",
        "world",
        "Contact us",
        "E-mail",
        "",
        "Search",
        "Search for:",
        "We will search for them.",
    ]
    doc = segment("\n".join(lines))
    found = {line.index for line in lines_matching(doc, lex.listed_line, fold(doc.text))}
    wanted = {k for k, t in enumerate(lines) if t and folded_words(t) in (lex.menu | lex.controls)}
    assert found == wanted
    for k, text in enumerate(lines):
        words = folded_words(text) if k in found else ()
        assert item_kind(text, lex, 5, 40, words) == item_kind(text, lex, 5, 40), text


def test_a_headline_after_a_menu_with_the_article_under_it_stays() -> None:
    text = f"News\nWorld\nPolitics\nBusiness\nHome > Region\nFerry service resumes\n12 March 2024\n{BODY}"
    out, reasons = run(drop_navigation, text)
    assert out == f"Ferry service resumes\n12 March 2024\n{BODY}"
    assert len(reasons) == 2


def test_item_kinds() -> None:
    lex = nav_lexicon(("en",))
    kinds = {
        "* politics": "lexicon",
        "Skip to content": "control",
        "More stories ›": "link",
        "Trending Videos": "title",
        "the upshot": "lower",
        "Election 2020": "title",
        "N.Y.C. Events Guide": "title",
        "Player |": None,
        "He left.": None,
        "2024": None,
    }
    assert {t: item_kind(t, lex, 5, 40) for t in kinds} == kinds


def test_title_then_prose_stays() -> None:
    text = "Floods Hit The North\n\nHeavy rain caused floods across the north on Monday, the agency said."
    assert run(drop_navigation, text) == (text, [])


def test_min_run_option() -> None:
    text = f"France\nGermany\nItaly\nSpain\n{BODY}"
    assert run(drop_navigation, text)[0] == BODY
    assert run(drop_navigation, text, min_run=5) == (text, [])


def test_menu_like() -> None:
    assert menu_like("Download App in Playstore", 5, 40)
    assert menu_like("- Trending Videos", 5, 40)
    assert not menu_like("He left.", 5, 40)
    assert not menu_like("Source: Bloomberg", 5, 40)
    assert not menu_like("7 Jan 2025", 5, 40)
    assert not menu_like("One Two Three Four Five Six", 5, 40)


# -- share lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Follow us on Twitter",
        "Click to share on X (Opens in new window)",
        "Share:",
        "Tweet",
        "Pin it",
        "12 Shares",
        "Share this story via Email",
        "Like this story? Share it with a friend!",
        "Follow The Example Times Opinion section on Facebook, Twitter (@exampleopinion) and Instagram.",
        "Follow her on Twitter @janedoe or on Facebook.",
    ],
)
def test_share_lines_go(line: str) -> None:
    assert between(drop_share_lines, line) == [f'share/follow line ("{line}")']


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money on Facebook, critics said.",
        "Share your views with the council before Friday, the mayor urged on Twitter.",
        "Follow the river north for two days and you reach the old mill on the border.",
        "Followers of the page on Facebook and Instagram doubled in a year.",
    ],
)
def test_sentences_about_following_stay(line: str) -> None:
    assert between(drop_share_lines, line) == []


def test_single_network_names_go_only_together() -> None:
    assert between(drop_share_lines, "Facebook\nTwitter") == [
        'share button among share buttons ("Facebook")',
        'share button among share buttons ("Twitter")',
    ]
    assert between(drop_share_lines, "Email") == []


@pytest.mark.parametrize(
    "line",
    [
        "He shared the post on Facebook.",
        "Share the road",
        "Follow the money",
        "Twitter said it would appeal.",
        "Shares in Facebook fell 3% on Monday.",
        "X",
    ],
)
def test_sentences_about_sharing_stay(line: str) -> None:
    assert between(drop_share_lines, line) == []


def test_share_parts() -> None:
    lex = nav_lexicon(("en",))
    assert share_parts("Share on Facebook", lex, 12) == (1, 1)
    assert share_parts("Facebook Twitter WhatsApp Email", lex, 12) == (0, 4)
    assert share_parts("Share this article on Facebook and Twitter", lex, 12) == (1, 2)
    assert share_parts("Share on Facebook " * 5, lex, 12) is None  # too long for a row of buttons
    assert share_parts("He shared the post", lex, 12) is None


# -- all three -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["002", "003", "004"])
def test_other_seeds_lose_nothing(name: str) -> None:
    text = seed(name)
    for r in RULES:
        assert run(r, text) == (text, []), r.name


def test_seed_001_loses_only_its_ticker() -> None:
    text = seed("001")
    assert run(drop_navigation, text) == (text, [])
    assert run(drop_share_lines, text) == (text, [])


def test_lexicon_files_parse() -> None:
    folder = resources.files("cleanwire") / "lexicons"
    langs = sorted(p.name.split(".")[1] for p in folder.iterdir() if p.name.startswith("navigation."))
    assert "en" in langs
    for lang in langs:
        lex = nav_lexicon((lang,))
        assert lex.home, lang
        assert lex.share, lang


def test_pathological_inputs_are_fast() -> None:
    inputs = [
        "Word " * 200000,
        "\n" * 45000,
        "." * 100000,
        "Music\n" * 10000,
        "Share on Facebook\n" * 10000,
        "a" * 1000000,
        "Home > " * 100000,
        "a.. " * 200000,
        "the upshot\n" * 10000,
        "Next ›\n" * 10000,
        "News\nHome > World\nthe upshot\nSome words here\n" * 5000,
        ("News\nSport\nWeather\nCulture\nThe vote is on Sunday, the council said.\n") * 5000,
        "| a |\n63\n" * 10000,
    ]
    for r in RULES:
        for text in inputs:
            start = time.perf_counter()
            r(text, lang="en")
            assert time.perf_counter() - start < 5, (r.name, text[:20])


# -- other languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "r", "line"),
    [
        ("de", drop_navigation, "Startseite > Politik > Ausland"),
        ("fr", drop_navigation, "Accueil / Politique / Élections"),
        ("es", drop_navigation, "Inicio » Deportes"),
        ("de", drop_share_lines, "Artikel teilen"),
        ("fr", drop_share_lines, "Partager sur Facebook"),
        ("es", drop_share_lines, "Compartir en WhatsApp"),
        ("it", drop_share_lines, "Condividi su Facebook"),
        ("pt", drop_share_lines, "Partilhar no Facebook"),
        ("nl", drop_share_lines, "Deel dit artikel"),
    ],
)
def test_other_languages(lang: str, r: Rule, line: str) -> None:
    body = "Der Minister sprach am Dienstag."
    result = r.explain(f"{body}\n{line}\n{body}", lang=lang)
    check_trace(result)
    assert result.text == f"{body}\n{body}"


def test_dutch_part_heading_is_not_a_share_line() -> None:
    text = "De minister sprak dinsdag.\nDeel 2\nDe minister sprak dinsdag."
    assert drop_share_lines(text, lang="nl") == text


def test_a_whole_page_on_one_line_is_not_a_ticker() -> None:
    # Many sentence ends and thousands of words: unsegmented input, not a ticker.
    page = " ".join(
        f"Officials Said On Monday The Plan Would Cost {i} Million. Work Starts" for i in range(60)
    )
    assert drop_headline_ticker(page) == page


def test_a_long_sentence_cut_off_without_punctuation_is_not_a_ticker() -> None:
    line = (
        "Visitors who booked their tickets through the Agency came to the City Theater to watch "
        "The Palace and have left their reviews of the show on the Official Site of the Festival"
    )
    assert drop_headline_ticker(line) == line


def test_a_table_row_is_not_an_inline_menu() -> None:
    text = "The index rose.\n| Ticker | Company | Last | Change | Change % |\nShares fell later."
    assert drop_navigation(text) == text


def test_a_long_capitalised_sentence_without_its_full_stop_is_not_a_ticker() -> None:
    line = (
        "Manager Erik Olsen said on Sunday that Marco Rossi and Jamal Green would miss the Next Three "
        "Matches of the Season after Picking up Hamstring Injuries in Training at the Club Ground in "
        "the North West of the Country before the Winter Break"
    )
    assert drop_headline_ticker(line) == line


def test_a_heading_captured_twice_does_not_make_a_menu() -> None:
    """Three copies of one subheading and one short line are two items, not a four-item menu."""
    text = (
        "Drink within 30 minutes after your workout\n"
        "Recovery Shake\nPost-Workout Meal\nPost-Workout Meal\nPost-Workout Meal\n"
        "Eat 1-2 hours after your workout"
    )
    assert drop_navigation(text, lang="en") == text
    menu = "The vote is on Sunday, the council said.\nNews\nSport\nSport\nWeather\nCulture\nThat was all."
    result = drop_navigation.explain(menu, lang="en")
    assert result.text == "The vote is on Sunday, the council said.\nThat was all."
    assert result.records[0].reason.startswith("navigation menu (")

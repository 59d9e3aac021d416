"""drop_datelines, drop_bylines, drop_photo_credits, drop_source_lines, drop_url_lines."""

from __future__ import annotations

import pytest

import cleanwire
from cleanwire import Cleaner, Rule, lexicon
from cleanwire.lexicon import lexicon_lang, phrases
from cleanwire.rules.credits import credit_kind, drop_photo_credits
from cleanwire.rules.dates import is_date_line, is_reading_time
from cleanwire.rules.metadata import drop_bylines, drop_datelines, drop_source_lines, drop_url_lines
from cleanwire.rules.shapes import quote

from .conftest import check_trace

BODY = "The minister said on Tuesday that the talks in Oslo would continue next week."
METADATA_RULES = [drop_datelines, drop_bylines, drop_photo_credits, drop_source_lines, drop_url_lines]


def dropped(r: Rule, line: str) -> list[str]:
    """Reasons ``r`` gives for the line when it sits between two article paragraphs."""
    result = r.explain(f"{BODY}\n{line}\n{BODY}", lang="en")
    check_trace(result)
    reasons = [rec.reason for rec in result.records]
    assert result.text == (f"{BODY}\n{BODY}" if reasons else f"{BODY}\n{line}\n{BODY}")
    return reasons


# -- datelines -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "December 13, 2024",
        "13 December 2024",
        "Dec. 13, 2024 10:21 AM ET",
        "Published: 13 Dec 2024",
        "Updated 3:21 PM",
        "Last updated: Dec 14, 2024 at 9:00 a.m.",
        "2024-12-13",
        "2024-12-13T10:21:00Z",
        "13.12.2024 10:21",
        "Friday, December 13, 2024",
        "Fri 13 Dec 2024 15.21 GMT",
        "Arab| 11 December, 2024 - 3:21 PM",
        "World | 7 Jan, 2025",
        "13 Dec 2024 · 5 min read",
        "(December 13, 2024)",
    ],
)
def test_date_lines_go(line: str) -> None:
    assert dropped(drop_datelines, line) == [f'date line ("{line}")']


@pytest.mark.parametrize(
    "line",
    [
        "TAMPERE, FINLAND (Nordic Wire) – A source at the council revealed on Sunday that he had arrived.",
        "The vote was held on December 13, 2024.",
        "December 13, 2024: the day the regime fell",
        "Elections 2024",
        "10:21",
        "Politics | Finland",
        "May 2024 be a better year for all of us.",
        "The mayor's appeals fell on deaf ears during her visit to Tampere on Oct. 14, officials said.",
    ],
)
def test_date_lines_stay(line: str) -> None:
    assert dropped(drop_datelines, line) == []


def test_section_label_beside_a_date_is_short() -> None:
    line = "Middle East and North Africa | Wednesday, 11 December, 2024 - 3:21 PM"
    assert is_date_line(line) is False  # a section label of more than four words is not a label
    assert is_date_line("Middle East | Wednesday, 11 December, 2024 - 3:21 PM")


# -- bylines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By John Smith",
        "BY JOHN SMITH",
        "By John Smith and Jane Doe, Reuters",
        "By Hadi al-Bahra",
        "By Ursula von der Leyen",
        "By Jane O'Brien, Senior Correspondent",
        "By John Smith, staff writer",
        "By Reuters",
        "By AFP",
        "Written by Jane Doe",
        "Author: John Smith",
        "Authors: John Smith, Jane Doe",
        "John Smith | Staff Writer",
    ],
)
def test_bylines_go(line: str) -> None:
    assert dropped(drop_bylines, line) == [f'byline ("{line}")']


@pytest.mark.parametrize(
    "line",
    [
        "By Sunday, the rebels had taken the city.",
        "By contrast, prices fell.",
        "By Monday, most had fled",
        "By Christmas, most had fled",
        "By then, the damage was done.",
        "By 2030, emissions must halve.",
        "By The time he arrived, it was over.",
        "By the numbers",
        "By Air",
        "John Smith, a staff writer at the paper, said he was surprised.",
        "Middle East | World News",
    ],
)
def test_bylines_stay(line: str) -> None:
    assert dropped(drop_bylines, line) == []


# -- photo credits ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Karim al-Nouri / EPA", "photo credit"),
        ("Photo: Jane Doe/Reuters", "photo credit"),
        ("(Photo by John Smith/Getty Images)", "photo credit"),
        ("Credit: Reuters", "photo credit"),
        ("Image: Shutterstock", "photo credit"),
        ("File photo", "photo credit"),
        ("AP Photo/Evan Vucci", "photo credit"),
        ("AFP via Getty Images", "photo credit"),
        ("Reuters/Yves Herman", "photo credit"),
        ("Jane Doe / SANA", "photo credit"),
        ("Courtesy of the family", "photo credit"),
        ("© 2024 Reuters", "copyright line"),
        ("ⓒ 2024 Example Media", "copyright line"),
        ("Copyright ⓒ example.co.kr. All rights reserved.", "copyright line"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright line"),
        ("Copyright © 2024 Beispiel GmbH. Alle Rechte vorbehalten.", "copyright line"),
        ("Copyright Example Media Group", "copyright line"),
        ("Copyright: AFP", "copyright line"),
        ("Copyright 2024 Example Ltd and its licensors", "copyright line"),
        ("Copyright example.com 2024", "copyright line"),
        ("(c) 2024 Example Media", "copyright line"),
        ("(C) 2020-2024 Example News Ltd", "copyright line"),
        ("(c) Example Media Group", "copyright line"),
        ("Image copyright Example Images", "photo credit"),
        ("Image caption The minister arrives for the talks in Oslo", "photo caption"),
        ("Jane Doe/ExampleNet", "photo credit"),
        ("NASA/JPL-Caltech/ASU", "photo credit"),
    ],
)
def test_credits_go(line: str, kind: str) -> None:
    assert dropped(drop_photo_credits, line) == [f'{kind} ("{quote(line)}")']


@pytest.mark.parametrize(
    "line",
    [
        "The AP / NORC poll showed support falling.",
        "Israel/Hamas",
        "US/EU",
        "World / Middle East",
        "Video-sharing platforms were ordered to remove the clip.",
        "Picture this: a city without cars.",
        "Copyright law was changed in 2019 after a long debate in parliament over the rights of musicians.",
        "Copyright claims rose 40% in 2023, the report said.",
        "Copyright 2023 was a record year for lawsuits.",
        "Copyright Office fees rose",
        "Copyright",
        "(c) the right to remain silent;",
        "(c) 2023 was the worst year on record;",
        "(c) Members of the board shall be elected annually;",
        "Image copyright law is complex.",
        "Images captured the moment the bridge fell.",
        "Black Friday/Cyber Monday",
    ],
)
def test_credits_stay(line: str) -> None:
    assert credit_kind(line) is None
    assert dropped(drop_photo_credits, line) == []


def test_caption_between_title_and_body_goes_with_its_credit() -> None:
    text = (
        "Floods Close Harbour – Nordic Wire\n\n"
        "A ferry waits at the flooded quay in Tampere.\n\n"
        "Karim al-Nouri / EPA\n\n"
        f"{BODY}"
    )
    result = drop_photo_credits.explain(text, lang="en")
    check_trace(result)
    assert result.text == f"Floods Close Harbour – Nordic Wire\n\n\n\n{BODY}"
    assert [r.reason for r in result.records] == [
        'photo caption before the credit "Karim al-Nouri / EPA"',
        'photo credit ("Karim al-Nouri / EPA")',
    ]


def test_caption_with_its_credit_in_brackets_goes_whole() -> None:
    line = "The first map of the moon's surface. (NASA/JPL-Caltech/ASU)"
    assert dropped(drop_photo_credits, line) == [f'photo caption with its credit ("{quote(line)}")']
    line = "A ferry leaves the harbour. (Photo: Jane Doe/AFP)"
    assert dropped(drop_photo_credits, line) == [f'photo caption with its credit ("{quote(line)}")']


@pytest.mark.parametrize(
    "line",
    [
        "The minister left the city on Tuesday. (AFP)",  # an agency tag ends a wire paragraph
        "The plan was approved by the council (AP/NORC).",
        "Talks resumed in Oslo (see the report by the UN/EU panel).",
    ],
)
def test_sentences_ending_in_brackets_stay(line: str) -> None:
    assert dropped(drop_photo_credits, line) == []


def test_a_labelled_note_before_a_credit_is_not_its_caption() -> None:
    text = (
        f"Title\nDisclosure: the site may earn a commission from these products.\nJane Doe/ExampleNet\n{BODY}"
    )
    result = drop_photo_credits.explain(text, lang="en")
    assert result.text == f"Title\nDisclosure: the site may earn a commission from these products.\n{BODY}"
    assert [r.reason for r in result.records] == ['photo credit ("Jane Doe/ExampleNet")']


def test_the_line_before_a_copyright_notice_is_not_a_caption() -> None:
    text = "Title\nThe suspect still faces nine charges, prosecutors said.\n© 2024 Example Media, LLC.\n"
    result = drop_photo_credits.explain(text, lang="en")
    assert result.text == "Title\nThe suspect still faces nine charges, prosecutors said.\n"
    assert [r.reason for r in result.records] == ['copyright line ("© 2024 Example Media, LLC.")']


def test_first_line_of_the_document_is_not_a_caption() -> None:
    # Nothing shows it is not the article's first paragraph: keep it.
    result = drop_photo_credits.explain(f"A ferry leaves the harbour.\nJane Doe / AFP\n{BODY}", lang="en")
    assert result.text == f"A ferry leaves the harbour.\n{BODY}"


def test_sentence_after_article_prose_stays_when_a_credit_follows() -> None:
    text = f"{BODY}\n\nHe was seen in Tampere.\n\nJane Doe / AFP\n\n{BODY}"
    result = drop_photo_credits.explain(text, lang="en")
    assert result.text == f"{BODY}\n\nHe was seen in Tampere.\n\n\n{BODY}"
    assert [r.reason for r in result.records] == ['photo credit ("Jane Doe / AFP")']


def test_title_before_a_credit_is_not_a_caption() -> None:
    # A caption is a finished sentence; a headline without a full stop stays.
    result = drop_photo_credits.explain(f"Floods close the harbour\nJane Doe / AFP\n{BODY}", lang="en")
    assert result.text == f"Floods close the harbour\n{BODY}"


def test_two_sentences_are_not_a_caption() -> None:
    text = f"Rebels took the city. Residents fled.\nJane Doe / AFP\n{BODY}"
    assert drop_photo_credits(text, lang="en") == f"Rebels took the city. Residents fled.\n{BODY}"


# -- source lines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Source: Nordic Wire", "source line"),
        ("Sources: AP, Reuters", "source line"),
        ("Source: reuters.com", "source line"),
        ("Editing by Lena Marsh", "production credit"),
        ("Reporting by Jane Doe; Editing by John Roe", "production credit"),
        (
            "(Reporting by Jane Doe in Lisbon and John Smith in Oslo; Additional reporting by Ann Lee;"
            " Editing by Bob Roe)",
            "production credit",
        ),
        ("Additional reporting by Jane Doe", "production credit"),
        ("Writing by John Smith", "production credit"),
        ("Compiled by Jane Doe.", "production credit"),
    ],
)
def test_source_lines_go(line: str, kind: str) -> None:
    assert dropped(drop_source_lines, line) == [f'{kind} ("{quote(line)}")']


@pytest.mark.parametrize(
    "line",
    [
        "Source: the ministry said the figures were wrong.",
        "Source: Official figures show that unemployment rose sharply last year.",
        "Reporting by the BBC showed the extent of the damage.",
        "Reporting by Reuters suggested otherwise and nobody believed it",
        "Editing by hand is slow.",
    ],
)
def test_source_lines_stay(line: str) -> None:
    assert dropped(drop_source_lines, line) == []


# -- URL lines -------------------------------------------------------------------


def test_url_label_and_bare_url_go() -> None:
    text = f"{BODY}\n\nOriginal url:\n\nhttps://www.example.com/2024/12/13/story-a87327"
    result = drop_url_lines.explain(text, lang="en")
    check_trace(result)
    assert result.text == f"{BODY}\n\n\n"
    assert [r.reason for r in result.records] == [
        'URL label ("Original url:")',
        'bare URL line ("https://www.example.com/2024/12/13/story-a87327")',
    ]


@pytest.mark.parametrize(
    "line", ["www.example.com/x", "<https://example.org/a>", "Source URL: https://example.org/y", "Link:"]
)
def test_url_lines_go(line: str) -> None:
    assert len(dropped(drop_url_lines, line)) == 1


@pytest.mark.parametrize(
    "line", ["Visit https://example.org for details.", "example.com", "The link was broken for a week."]
)
def test_url_lines_stay(line: str) -> None:
    assert dropped(drop_url_lines, line) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a web address written out after its label line
        (f"{BODY}\nTickets\nwww.example-theatre.org\n{BODY}", "web address"),
        # a short link after each item of a product list
        (
            f"{BODY}\n1) A model kit\nhttp://sho.rt/2iJFhRj\n2) A board game\nhttp://sho.rt/2hZfWFJ\n{BODY}",
            "short link",
        ),
        # a list of sources, each on a host the page names nowhere else
        (
            f"{BODY}\nThe minister on the talks\nhttp://www.first-news.org/2013/02/minister-talks.html\n"
            f"The council statement\nhttp://second-blog.example.net/2011/09/07/council-statement/\n{BODY}",
            "source",
        ),
    ],
)
def test_url_lines_the_article_typed_stay(text: str, kind: str) -> None:
    result = drop_url_lines.explain(text, lang="en")
    check_trace(result)
    assert result.text == text, kind
    assert not result.records


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # share and intent links have a query
        (f"{BODY}\nhttps://twitter.com/intent/tweet?text=Talks%20resume\n{BODY}", 1),
        # a home or logo link has a scheme and no path
        (f"{BODY}\nhttps://www.example.com/\n{BODY}", 1),
        # URL lines next to each other are a menu of links
        (f"{BODY}\nhttps://facebook.com/example\nhttps://twitter.com/example\n{BODY}", 2),
        # a picture file
        (f"{BODY}\nhttps://cdn.example.org/uploads/2024/12/ferry.jpg\n{BODY}", 1),
        # a lone address on a host of its own: one source is as likely an embed or the page's address
        (f"{BODY}\nhttps://news.example.org/2024/12/13/talks-resume\n{BODY}", 1),
        # the address under "Original url:" goes with its label
        (f"{BODY}\nOriginal url:\nwww.example.org\n{BODY}", 2),
        # a line the page's own links surround, after a dropped line
        (f"{BODY}\nhttps://www.example.org/world/\nRelated\nhttps://www.example.org/news/a-1\n{BODY}", 2),
    ],
)
def test_generated_url_lines_go(text: str, gone: int) -> None:
    result = drop_url_lines.explain(text, lang="en")
    check_trace(result)
    assert len(result.records) == gone
    assert all(r.reason.startswith(("bare URL line", "URL label")) for r in result.records)


def test_a_typed_address_captured_twice_keeps_its_first_copy() -> None:
    """A copy right after a typed address is a duplicate, not a menu of links: the address stays."""
    text = f"{BODY}\nTickets\nwww.example-theatre.org\nwww.example-theatre.org\n{BODY}"
    assert drop_url_lines(text, lang="en") == text  # drop_url_lines leaves both ...
    later = "Tickets for the opening night sold out within an hour, the theatre said."
    text = text.replace(f"org\n{BODY}", f"org\n{later}")
    assert cleanwire.clean(text) == f"{BODY}\nTickets\nwww.example-theatre.org\n{later}"  # ... the copy goes
    # two different addresses next to each other are still a menu of links
    menu = f"{BODY}\nwww.example-theatre.org\nwww.example-tickets.org\n{BODY}"
    assert len(drop_url_lines.explain(menu, lang="en").records) == 2


def test_a_source_list_with_a_line_captured_twice_stays_a_source_list() -> None:
    sources = (
        "The minister on the talks\nhttp://www.first-news.org/2013/02/minister-talks.html\n"
        "The council statement\nhttp://second-blog.example.net/2011/09/07/council-statement/\n"
    )
    later = "Tickets are still on sale, the council said.\n"
    copy = "http://www.first-news.org/2013/02/minister-talks.html"
    text = f"{BODY}\n{sources}{later}{copy}"
    assert drop_url_lines(text, lang="en") == text  # the copy does not make the host a second address
    assert cleanwire.clean(text).startswith(f"{BODY}\n{sources}{later}")  # the sources survive clean


def test_a_short_link_after_a_dropped_line_goes() -> None:
    text = f"{BODY}\nOriginal url:\nhttp://sho.rt/2iJFhRj\n{BODY}"
    result = drop_url_lines.explain(text, lang="en")
    assert result.text == f"{BODY}\n{BODY}"
    assert [r.reason for r in result.records] == [
        'URL label ("Original url:")',
        'bare URL line ("http://sho.rt/2iJFhRj")',
    ]


# -- production credits, tags, reading time ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Keith Lund contributed reporting from Hong Kong.", "production credit"),
        ("The Associated Press contributed to this report.", "production credit"),
        ("Jane Doe and John Roe contributed reporting.", "production credit"),
        (
            "(Reporting by Jane Doe, John Roe, with reporting by Ann Lee and Tom Roe, editing by Al Smith.)",
            "production credit",
        ),
        ("Filed under: Politics | Energy", "tag line"),
        ("Filed under:", "tag line"),
        ("Tags: climate, energy, local politics", "tag line"),
        ("Tag: example.com", "tag line"),
        ("Posted in Uncategorized", "tag line"),
    ],
)
def test_credit_and_tag_lines_go(line: str, kind: str) -> None:
    assert dropped(drop_source_lines, line) == [f'{kind} ("{quote(line)}")']


@pytest.mark.parametrize(
    "line",
    [
        "Many readers contributed reporting from the scene, he said.",
        "Residents of the town contributed to this report.",
        "Posted in a hurry, the note was brief.",
        "Tags: he said that the plan was fine.",
        "Tagged as a liar, he quit the party.",
        "Filed under pressure, the report was late.",
    ],
)
def test_sentences_like_credits_and_tags_stay(line: str) -> None:
    assert dropped(drop_source_lines, line) == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("5 min read", "en"),
        ("3-minute read", "en"),
        ("Reading time: 3 minutes", "en"),
        ("Tempo de leitura: 2 minutos", "pt"),
        ("3 Min. Lesezeit", "de"),
    ],
)
def test_reading_time_lines_go(line: str, lang: str) -> None:
    assert is_reading_time(line, lang)
    result = drop_datelines.explain(f"{BODY}\n{line}\n{BODY}", lang=lang)
    assert [r.reason for r in result.records] == [f'reading time ("{line}")']


@pytest.mark.parametrize(
    "line", ["The match lasted 90 minutes.", "90 minutes", "Lecture: 45 minutes of questions"]
)
def test_durations_stay(line: str) -> None:
    assert not is_reading_time(line)
    assert dropped(drop_datelines, line) == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "pt"),
        ("22 de octubre de 2010", "es"),
        ("13th of December 2024", "en"),
        ("12.03.2024, 14:35 Uhr", "de"),
        ("Publié le 18 août 2024 à 17h42", "fr"),
    ],
)
def test_dates_with_joining_words_go(line: str, lang: str) -> None:
    assert is_date_line(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("29 November 2018 | 20 January 2019", "en"),  # an exhibition's dates
        ("Der Zug fuhr um 14:35 Uhr ab.", "de"),
        ("A reunião foi em 22 de outubro de 2010.", "pt"),
    ],
)
def test_event_dates_and_sentences_stay(line: str, lang: str) -> None:
    assert not is_date_line(line, lang)


# -- policy, lexicons, seeds ----------------------------------------------------------


def test_keep_metadata_policy_keeps_everything() -> None:
    text = (
        "December 13, 2024\nBy John Smith\nA ferry leaves the harbour.\nJane Doe / AFP\n"
        f"{BODY}\nSource: Nordic Wire\nEditing by Lena Marsh\nOriginal url:\nhttps://x.org/a"
    )
    assert Cleaner(rules=METADATA_RULES, metadata="keep", lang="en").clean(text) == text
    assert Cleaner(rules=METADATA_RULES, lang="en").clean(text) == BODY + "\n"


def test_lexicons_are_loaded_with_english_fallback() -> None:
    assert "December" in phrases("months", "en")
    assert phrases("months", "xx") == phrases("months", "en")
    assert "editing by" in phrases("source_labels", "en")


def test_lexicon_lang_detects_only_when_a_lexicon_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoDetect:
        @property
        def lang(self) -> str:
            raise AssertionError("language detection ran")

    assert lexicon_lang(NoDetect(), "url_labels", "source_labels") == "en"  # type: ignore[arg-type]

    class German:
        lang = "de"

    # Once a family has a German file, the document language picks the lexicon.
    monkeypatch.setattr(lexicon, "languages", lambda family: frozenset({"en", "de"}))
    assert lexicon_lang(German(), "months") == "de"  # type: ignore[arg-type]


def test_seed_002_top_with_markdown_stripped_by_hand() -> None:
    text = (
        "\n\nRussia's Foreign Minister Lavrov Spearheaded Efforts to Help Assad Flee Syria – Reuters\n\n"
        "December 13, 2024\n\n\n\n"
        "An anti-government fighter tears down a portrait of Syria's ex-president Bashar al-Assad "
        "in Aleppo.\n\n"
        "Mohammed Al-Rifai / AFP\n\n"
        "Russian Foreign Minister Sergei Lavrov spearheaded efforts to ensure former Syrian President Bashar "
        "al-Assad's safe escape from Syria as Damascus fell to Islamist rebels, Reuters reported Friday.\n\n"
        "Original url:\n\n"
        "https://www.themoscowtimes.com/2024/12/13/russias-foreign-minister-lavrov-spearheaded-a87327"
    )
    result = Cleaner(rules=METADATA_RULES, lang="en").explain(text)
    check_trace(result)
    assert [r.rule for r in result.records] == [
        "drop_datelines",
        "drop_photo_credits",
        "drop_photo_credits",
        "drop_url_lines",
        "drop_url_lines",
    ]
    kept = [line for line in result.text.split("\n") if line]
    assert kept[0].startswith("Russia's Foreign Minister")
    assert kept[1].startswith("Russian Foreign Minister Sergei Lavrov")
    assert len(kept) == 2

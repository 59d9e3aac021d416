"""drop_outside_article: the article model on page dumps, and what it leaves alone."""

from __future__ import annotations

import cleanwire
from cleanwire.document import segment
from cleanwire.rules.article import article_model, drop_outside_article, furniture_share, is_page_dump
from cleanwire.rules.article_features import CONTEXT, LOCAL, densest_span, local_features

ARTICLE = [
    "The council voted on Tuesday to extend the night bus service to the outer districts.",
    "Officials said the change would cost less than expected.",
    "Residents had asked for later buses for years, the mayor told reporters after the vote on Tuesday.",
    "The service will run every thirty minutes between midnight and five.",
]
MENU = ["Home", "World", "Business", "Sport", "Culture", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers"]
TEASERS = ["Storm closes schools across the region", "Local team wins the cup final"]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_page_dump_keeps_the_article_and_its_headline() -> None:
    headline = ["Night buses to run until five in the morning"]
    text = page(MENU, headline, ARTICLE, TEASERS, FOOTER)
    result = cleanwire.clean_and_explain(text)
    assert result.text == page(headline, ARTICLE)
    model_records = [r for r in result.records if r.rule == "drop_outside_article"]
    # the menu goes to drop_navigation first; the teasers are the model's
    assert set(TEASERS) <= {r.text.strip() for r in model_records}
    assert not any(line in r.text for r in model_records for line in MENU)
    for r in model_records:
        assert r.reason.startswith("outside the article (p=")
        assert "line alone p=" in r.reason


def test_alone_on_a_page_dump() -> None:
    text = page(MENU, ARTICLE, FOOTER)
    # alone there is no earlier filter to find page furniture: nothing happens
    assert drop_outside_article(text) == text
    # with the furniture evidence turned off, the model judges the page itself
    out = drop_outside_article(text, dump_share=0.0, min_lines=1)
    assert out.rstrip("\n") == page(ARTICLE)  # alone: no drop_blank_lines to trim the end


def test_extracted_article_with_short_lines_is_left_alone() -> None:
    # an extractor's output: a table and a list inside the article, no page furniture
    text = page(
        ARTICLE[:2],
        ["Team | Played | Won | Points", "North | 10 | 8 | 24", "South | 10 | 6 | 18", "East | 10 | 3 | 9"],
        ARTICLE[2:],
        ["- bread", "- milk", "- eggs"],
        ["Results will be published on Friday."],
    )
    assert cleanwire.clean(text) == text


def test_short_text_is_left_alone() -> None:
    text = page(["Breaking", "Home"], ARTICLE[:1])
    assert drop_outside_article(text, dump_share=0.0) == text


def test_threshold_option_removes_more_when_raised() -> None:
    text = page(MENU, ["A short line without an end"], ARTICLE, FOOTER)
    kept_default = drop_outside_article(text, dump_share=0.0, min_lines=1)
    kept_strict = drop_outside_article(text, dump_share=0.0, min_lines=1, threshold=0.99)
    assert len(kept_strict) <= len(kept_default)
    assert all(line in kept_default for line in ARTICLE)


def test_page_dump_evidence_counts_only_page_furniture() -> None:
    doc = segment(page(MENU, ARTICLE))
    assert furniture_share(doc) == 0.0
    for i in range(len(MENU)):
        doc.dropped[i] = "drop_navigation"
    assert round(furniture_share(doc), 2) == round(len(MENU) / (len(MENU) + len(ARTICLE)), 2)
    assert is_page_dump(doc, min_lines=2, dump_share=0.3)
    doc.dropped.update(dict.fromkeys(range(len(MENU)), "drop_url_lines"))
    assert not is_page_dump(doc, min_lines=2, dump_share=0.3)


def test_model_file_matches_the_features() -> None:
    model = article_model()
    assert model.line.features == LOCAL
    assert model.context.features == LOCAL + CONTEXT
    assert 0.0 < model.threshold < 1.0
    assert "development split" in model.source


def test_densest_span() -> None:
    assert densest_span([-1.0, 2.0, 3.0, -1.0, -4.0, 1.0], [1.0] * 6) == (1, 2)
    assert densest_span([-1.0, -2.0], [1.0, 1.0]) == (0, -1)
    # a weak negative line between two strong runs stays inside
    assert densest_span([2.0, -0.5, 2.0], [1.0, 1.0, 1.0]) == (0, 2)


def test_guillemets_are_quotes_not_menu_separators() -> None:
    line = "« Il ne reste presque rien », raconte une viticultrice. « Tout est parti en quinze minutes. »"
    doc = segment(line)
    row = local_features(doc, doc.lines, frozenset())[0]
    assert row[LOCAL.index("separators")] == 0.0
    assert row[LOCAL.index("terminal")] == 1.0
    menu = segment("Accueil » Régions » Vignoble")
    assert local_features(menu, menu.lines, frozenset())[0][LOCAL.index("separators")] > 0


def test_every_feature_can_be_named_in_a_reason() -> None:
    from cleanwire.rules.article import _SAYS

    assert set(_SAYS) == set(LOCAL + CONTEXT)


def test_subheading_and_list_between_article_paragraphs_stay() -> None:
    text = page(
        MENU,
        ARTICLE[:2],
        ["What changes for riders", "- later buses", "- new stops"],
        ARTICLE[2:],
        TEASERS,
        FOOTER,
    )
    result = cleanwire.clean_and_explain(text)
    assert result.text == page(
        ARTICLE[:2], ["What changes for riders", "- later buses", "- new stops"], ARTICLE[2:]
    )

"""drop_appeals: appeal blocks found as runs of labelled lines."""

from __future__ import annotations

import re
import time
from importlib import resources
from pathlib import Path

import pytest

from cleanwire.rules.appeals import (
    KIND_LABELS,
    OPTIONAL_KIND_LABELS,
    LineLabel,
    classify,
    drop_appeals,
    find_blocks,
    lexicon,
)

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
BODY = "The minister said on Tuesday that the talks in Doha would continue next week."
EN = lexicon(("en",))


def run(text: str, **options: object) -> tuple[str, list[str]]:
    result = drop_appeals.explain(text, lang="en", **options)
    check_trace(result)
    return result.text, [r.reason for r in result.records]


def split_glued(text: str) -> str:
    """What split_glued_sentences does to the seeds: ".A" becomes ".\\nA"."""
    return re.sub(r"(?<=[a-z][.!?])(?=[A-Z])", "\n", text)


# -- the seed's donation box ---------------------------------------------------------


def seed_000() -> str:
    return next(SEEDS.glob("000_*.input.txt")).read_text(encoding="utf-8")


def test_seed_donation_box_goes_whole_after_the_split() -> None:
    text = split_glued(seed_000())
    out, reasons = run(text)
    lines = out.split("\n")
    assert lines[14 - 1].endswith("if he left immediately.")  # the article's last sentence stays
    assert "A Message from" not in out
    assert "These actions are direct efforts to silence independent journalism in Russia." not in out
    assert "Privacy Policy" not in out
    assert "Music" in out  # the menu is drop_navigation's
    box = [r for r in reasons if r.startswith("donation appeal block")]
    assert len(box) == 17
    assert box[0].startswith(
        'donation appeal block (lines 15-31; opens with "A Message from", cues: "Dear readers"'
    )
    assert '"see our Privacy Policy"' in box[0]
    assert box[0].endswith('line 15: strong cue "A Message from", "Dear readers"')
    assert box[3].endswith('line 18: weak cue "independent journalism"')
    assert any(r.endswith('line 16: weak cue "our", "our"') for r in box)


def test_seed_unsplit_keeps_the_article_line_the_opener_is_glued_to() -> None:
    text = seed_000()
    out, reasons = run(text)
    lines = out.split("\n")
    assert lines[3].startswith("Hours before fleeing")
    assert lines[3].endswith("extraordinary challenges.")
    assert lines[4] == "Music"
    box = [r for r in reasons if r.startswith("donation appeal block")]
    assert len(box) == 10
    assert '(lines 5-14; opens with "Dear readers" glued to the end of line 4, which stays' in box[0]


@pytest.mark.parametrize("name", ["001", "002", "003", "004"])
def test_other_seeds_lose_nothing(name: str) -> None:
    text = next(SEEDS.glob(f"{name}_*.input.txt")).read_text(encoding="utf-8")
    assert run(split_glued(text)) == (split_glued(text), [])


# -- what goes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "cues"),
    [
        ("Subscribe to continue reading", "paywall", '"Subscribe to continue reading"'),
        ("Already a subscriber? Log in", "paywall", '"Already a subscriber"'),
        ("Sign up for our newsletter", "newsletter", '"Sign up for our newsletter"'),
        ("Download our app", "app", '"Download our app"'),
        ("We use cookies to give you the best experience.", "cookies", '"We use cookies", "you"'),
        ("Leave a comment", "comments", '"Leave a comment"'),
        ("Subscribe", "paywall", '"Subscribe"'),
        ("Privacy Policy", "cookies", '"Privacy Policy"'),
        ("SUPPORT US", "donation", '"SUPPORT US"'),
        ("Youre reading 1 of 3 free articles remaining.", "paywall", '"free articles remaining", "Youre"'),
        ("Advertisement", "ads", '"Advertisement"'),
        ("ADVERTISEMENT", "ads", '"ADVERTISEMENT"'),
        ("Story continues below advertisement", "ads", '"Story continues below advertisement"'),
        ("Log in or sign up", "paywall", '"log in", "sign up"'),
        ("Subscribe | Sign In", "paywall", '"subscribe", "sign in"'),
        ("I Accept", "cookies", '"I Accept"'),
        (
            "We may earn a commission when you buy through links on our site.",
            "affiliate",
            '"We may earn a commission", "when you buy through links on our site"',
        ),
        (
            "Get the latest updates right in your inbox. Subscribe to our partner's newsletters.",
            "newsletter",
            '"Get the latest updates", "right in your inbox", "our"',
        ),
        ("Click here to subscribe to The Morning Brief", "newsletter", '"Click here to subscribe"'),
        ("GET EXAMPLE NEWS ON THE GO BY CLICKING HERE", "app", '"ON THE GO BY CLICKING HERE"'),
        ("CLICK HERE TO GET THE EXAMPLE NEWS APP", "app", '"CLICK HERE TO GET THE"'),
        (
            "Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99.",
            "paywall",
            '"delivered through your letterbox"',
        ),
        (
            "There was an error processing your subscription.",
            "newsletter",
            '"error processing your subscription"',
        ),
        (
            "If you buy something through this post, the site may get a share of the sale.",
            "affiliate",
            '"If you buy something through this post", "may get a share of the sale"',
        ),
    ],
)
def test_single_appeal_lines_go(line: str, kind: str, cues: str) -> None:
    reason = f"{({**KIND_LABELS, **OPTIONAL_KIND_LABELS})[kind]} (line 2; cues: {cues})"
    assert run(f"{BODY}\n{line}\n{BODY}") == (f"{BODY}\n{BODY}", [reason])


def test_a_block_goes_from_its_first_line_to_its_last() -> None:
    box = [
        "Dear reader,",
        "Independent reporting has never mattered more.",  # no cue: bridged
        "We are funded by people like you.",  # weak
        "Please support us with a small monthly gift.",  # strong
        "Thank you.",  # weak, at the edge
    ]
    out, reasons = run("\n".join([BODY, *box, BODY]))
    assert out == f"{BODY}\n{BODY}"
    head = 'donation appeal block (lines 2-6; opens with "Dear reader", cues: "Please support"'
    assert all(r.startswith(head) for r in reasons)
    assert [r.split("; line ")[1] for r in reasons] == [
        '2: strong cue "Dear reader"',
        "3: no cue of its own, between appeal lines",
        '4: weak cue "We", "you"',
        '5: strong cue "Please support"',
        '6: weak cue "Thank you"',
    ]


def test_blank_lines_do_not_break_a_block() -> None:
    text = f"{BODY}\n\nDear readers,\n\nOur journalism is free to read.\n\nPlease support us.\n\n{BODY}"
    out, reasons = run(text)
    assert out == BODY + "\n" * 5 + BODY  # each dropped line takes its newline; blanks go later
    assert len(reasons) == 3


# -- what stays ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The company said its newsletter had 2 million subscribers.",
        "Donations to the campaign rose 40% in March.",
        "The EU fined the firm for setting cookies without consent.",
        "The regulator said the firm uses cookies to track users without consent.",
        "The firm updated its privacy policy after the ruling.",
        '"We need your help," the mayor said.',
        "“Please support us,” the candidate told voters in Ohio.",
        "'We need your help to keep this bus running,' the parish council wrote.",
        "He received a message from the president on Tuesday.",
        "Sweden hopes to become a member of the alliance.",
        "Finland, already a member of NATO, said it would send US troops.",
        "The US embassy said it had no comment.",
        "Residents were asked to make a donation to the Red Cross.",
        "We went to the market; our guide said you can haggle.",
    ],
)
def test_news_sentences_stay(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert run(text) == (text, [])


def test_weak_lines_alone_never_go() -> None:
    text = "We must act now.\nOur children will thank us.\nYou know it, and we know it."
    assert run(text) == (text, [])


def test_a_long_paragraph_between_two_appeals_is_not_bridged() -> None:
    para = "The council met on Monday and, after a long debate about roads, schools and the budget, " * 2
    para = para.strip().rstrip(",") + "."
    out, reasons = run(f"Sign up for our newsletter\n{para}\nSubscribe to continue reading")
    assert out == para + "\n"
    assert len(reasons) == 2


def test_a_long_weak_paragraph_next_to_an_appeal_stays() -> None:
    oped = (
        "We cannot keep pretending that the river will clean itself, and our leaders know it: "
        "every summer the algae return, and every summer we are told to wait for the next report."
    )
    out, reasons = run(f"{oped}\nSign up for our newsletter")
    assert out == oped + "\n"
    assert reasons == ['newsletter sign-up (line 2; cues: "Sign up for our newsletter")']


def test_an_article_paragraph_with_an_appeal_glued_on_stays() -> None:
    line = "The vote is on Sunday. Turnout is expected to be low. Polls open at 8. Please support us today."
    assert classify(line, EN).label == "mixed"
    assert run(line) == (line, [])


def test_gap_option() -> None:
    text = "Dear readers,\nIt has been a hard year.\nPlease support us."
    assert run(text)[0] == ""
    out, reasons = run(text, max_gap=0)
    assert out == "It has been a hard year.\n"
    assert len(reasons) == 2


# -- the parts -------------------------------------------------------------------------


def test_classify_labels() -> None:
    assert classify("Already a subscriber? Log in", EN).label == "strong"
    assert classify("Thank you for standing with us.", EN).label == "weak"
    assert classify("These actions are direct efforts to silence reporters.", EN).label == "none"
    assert classify("A message from the editor: dear readers", EN).label == "strong"
    assert classify("She read a message from the editor.", EN).label == "none"  # "^": sentence start only
    assert classify("It was late.A message from the editor follows", EN).label == "strong"
    assert classify("US officials said", EN).label == "none"
    assert classify("", EN) == LineLabel("none", 0)


def test_find_blocks_needs_a_strong_line() -> None:
    def lab(label: str, words: int = 8) -> LineLabel:
        return LineLabel(label, words)

    assert find_blocks([lab("weak"), lab("none"), lab("weak")], 2, 25, 40, 20) == []
    assert find_blocks(
        [lab("strong"), lab("none"), lab("none"), lab("none"), lab("strong")], 2, 25, 40, 20
    ) == [
        (0, 0),
        (4, 4),
    ]
    assert find_blocks([lab("weak", 30), lab("strong"), lab("weak", 30)], 2, 25, 40, 20) == [(1, 1)]


def test_every_lexicon_file_parses_into_known_kinds() -> None:
    folder = resources.files("cleanwire") / "lexicons"
    langs = sorted(p.name.split(".")[1] for p in folder.iterdir() if p.name.startswith("appeals."))
    assert "en" in langs
    for lang in langs:
        lex = lexicon((lang,))
        kinds = {p.kind for ps in lex.by_first.values() for p in ps} | set(lex.whole_lines.values())
        assert kinds <= {*KIND_LABELS, *OPTIONAL_KIND_LABELS, "weak"}, lang
        assert lex.by_first, lang


def test_unknown_language_uses_english() -> None:
    text = f"{BODY}\nSign up for our newsletter"
    result = drop_appeals.explain(text, lang="xx")
    assert result.text == f"{BODY}\n"


def test_pathological_inputs_are_fast() -> None:
    inputs = [
        "Please support us " * 60000,
        "\n" * 45000,
        "." * 100000,
        "Please support us.\n" * 10000,
        "a" * 1000000,
        " 'a" * 300000,
        "“a" * 300000,
        "Advertisement\n" * 10000,
        "Log in or sign up\n" * 10000,
        "Advertisement\nThe vote is on Sunday, the council said.\n" * 5000,
        "It was a good year. We tested many phones.\nLeave a comment and let us know.\n" * 5000,
    ]
    for text in inputs:
        start = time.perf_counter()
        drop_appeals(text, lang="en")
        assert time.perf_counter() - start < 5, text[:20]


def test_short_glued_appeal_sentences_are_not_mixed() -> None:
    assert classify("Subscribe now. It is fast. It is cheap.", EN).label == "strong"


# -- other languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "box", "kind"),
    [
        (
            "de",
            "Der Minister sagte am Dienstag, die Gespräche in Doha würden nächste Woche fortgesetzt.",
            "Liebe Leserinnen und Leser,\nunser Journalismus ist frei.\nBitte unterstützen Sie uns.",
            "donation",
        ),
        (
            "de",
            "Die Wahl findet am Sonntag statt.",
            "Wir verwenden Cookies, um die Seite zu verbessern.",
            "cookies",
        ),
        (
            "fr",
            "Le ministre a déclaré mardi que les pourparlers reprendraient.",
            "Déjà abonné ? Se connecter",
            "paywall",
        ),
        ("fr", "Le vote aura lieu dimanche.", "Inscrivez-vous à notre newsletter", "newsletter"),
        (
            "es",
            "El ministro dijo el martes que las negociaciones seguirán.",
            "Suscríbete para seguir leyendo",
            "paywall",
        ),
        (
            "it",
            "Il ministro ha detto martedì che i colloqui continueranno.",
            "Iscriviti alla nostra newsletter",
            "newsletter",
        ),
        (
            "pt",
            "O ministro disse na terça-feira que as conversas vão continuar.",
            "Já é assinante? Entrar",
            "paywall",
        ),
        (
            "nl",
            "De minister zei dinsdag dat de gesprekken doorgaan.",
            "Wij gebruiken cookies op deze website.",
            "cookies",
        ),
    ],
)
def test_other_languages(lang: str, body: str, box: str, kind: str) -> None:
    result = drop_appeals.explain(f"{body}\n{box}\n{body}", lang=lang)
    check_trace(result)
    assert result.text == f"{body}\n{body}"
    assert all(r.reason.startswith(KIND_LABELS[kind]) for r in result.records)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Bei sieben Händlern war das Häkchen für den Newsletter bereits gesetzt."),
        ("de", "Ein großer Knopf mit der Aufschrift „Alle akzeptieren“ fiel sofort ins Auge."),
        ("de", "Die Partei gewann mit ihrer Unterstützung die Wahl."),
        ("fr", "Le journal compte aujourd’hui 41 000 abonnés et une newsletter quotidienne."),
        ("es", "La entidad envía cada mes un boletín a sus 5.200 socios y suscriptores."),
        ("pt", "O ministro disse em seu e-mail que a proposta seria votada."),
    ],
)
def test_other_languages_news_stays(lang: str, line: str) -> None:
    text = f"{line}\n{line}"
    assert drop_appeals(text, lang=lang) == text


def test_a_whole_page_run_into_one_line_is_not_an_appeal() -> None:
    # Some extractors emit a page as a single line; its cookie notice and comment
    # prompt must not take the article with them (found on the benchmark's raw pages).
    article = " ".join(
        f"The council said on Tuesday that the new bridge, number {i}, would open next year. "
        f"We asked residents what they thought and you can read their answers below."
        for i in range(30)
    )
    page = f"This website uses cookies to improve your experience. {article} Leave a comment. Privacy Policy"
    assert drop_appeals(page) == page


def test_an_authors_closing_invitation_to_comment_stays() -> None:
    # Half its sentences carry no cue at all: the author's own closing paragraph.
    line = (
        "Picking ten phones out of a year of launches is not easy. Honestly, it is hard. "
        "No doubt we missed some of your favourites. Leave a comment and tell us which one you would add."
    )
    assert classify(line, lexicon(("en",))).label == "mixed"
    assert drop_appeals(f"The year in phones.\n{line}") == f"The year in phones.\n{line}"


# -- never drop article text: a lone cue line needs more than its cue -------------------------

P1 = "The council approved the plan on Tuesday after a long debate about its cost and timing."
P2 = "Work is expected to start next spring, officials said, and should take about two years."


@pytest.mark.parametrize(
    "line",
    [
        "Customers can download the app from Friday, the bank said.",
        "A message from the king was read aloud at the ceremony.",
        "Residents can sign up to receive flood alerts by text message, the council said.",
        "The ministry said it would support independent journalism with a new fund.",
    ],
)
def test_one_sentence_news_paragraphs_with_a_cue_stay(line: str) -> None:
    for text in (f"{P1}\n\n{line}\n\n{P2}", f"{P1}\n{line}", f"{line}\n{P2}"):
        assert run(text) == (text, [])


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Download the app from Friday.", "a cue opens it"),
        ("You can download the app from Friday.", "it addresses the reader"),
        ("It only takes a minute. Sign up to receive our morning briefing.", "a cue opens a sentence"),
        ("Download our app", "four words"),
        ("CUSTOMERS CAN DOWNLOAD THE APP FROM FRIDAY", "capitals, as banners are"),
    ],
)
def test_a_cue_line_that_speaks_to_the_reader_goes_between_paragraphs(line: str, why: str) -> None:
    out, reasons = run(f"{P1}\n\n{line}\n\n{P2}")
    assert out == f"{P1}\n\n\n{P2}", why
    assert len(reasons) == 1


def test_a_cue_sentence_next_to_another_appeal_goes() -> None:
    text = f"{P1}\nCustomers can download the app from Friday.\nSign up for our newsletter\n{P2}"
    out, reasons = run(text)
    assert out == f"{P1}\n{P2}"
    assert reasons[0].startswith('app download prompt block (lines 2-3; opens with "download the app"')


def test_a_comment_prompt_ending_a_paragraph_stays() -> None:
    # one sentence per line, as run-on text is split: the prompt is the paragraph's last line
    para = (
        "Picking ten phones out of a year of launches is hard.\n"
        "Surely we left out some of your favourites.\n"
        "Leave a comment and let us know which one you would add."
    )
    assert run(f"{P1}\n\n{para}") == (f"{P1}\n\n{para}", [])
    # in one line, after sentences of its own
    line = "We tested every phone for a month, and the shortlist was hard. Leave a comment below."
    assert classify(line, EN).label == "mixed"
    assert run(f"{P1}\n{line}") == (f"{P1}\n{line}", [])


def test_a_comment_prompt_on_its_own_goes() -> None:
    assert run(f"{P1}\n\nLeave a comment\n\n{P2}") == (
        f"{P1}\n\n\n{P2}",
        ['comment prompt (line 3; cues: "Leave a comment")'],
    )
    # after a blank line it is not the end of the paragraph above
    out, reasons = run(f"{P1}\n\nLeave a comment and let us know what you think.")
    assert out == f"{P1}\n\n"
    assert reasons == ['comment prompt (line 3; cues: "Leave a comment", "us", "you")']
    assert classify("Comments are closed. Leave a comment", EN).label == "strong"


def test_prose_right_above_an_appeal_is_the_articles() -> None:
    text = (
        f"{P1}\nWe hope you enjoyed the show.\nSign up for our newsletter\nYou can unsubscribe at any time."
    )
    out, reasons = run(text)
    assert out == f"{P1}\nWe hope you enjoyed the show.\n"
    assert [r.split("; line ")[1] for r in reasons] == [
        '3: strong cue "Sign up for our newsletter"',
        '4: strong cue "You can unsubscribe at any time"',
    ]
    # a short weak line above still joins: "Thank you." has no sentence shape to keep it
    out, _ = run(f"{P1}\nThank you!\nPlease support us today.")
    assert out == f"{P1}\n"


def test_line_label_flags() -> None:
    assert classify("Log in or sign up", EN).whole
    assert classify("Your support matters.", EN).reader
    assert not classify("We support them.", EN).reader
    assert not classify('"You must sign up to our newsletter," he said.', EN).reader
    opening = classify("Download the app today.", EN).cues[0]
    assert opening.opening and opening.kind == "app"
    assert not classify("Customers can download the app.", EN).cues[0].opening
    assert not classify("Customers can download the app.", EN).addresses_reader()
    assert classify("Subscribe now. Sign up for our newsletter.", EN).addresses_reader()


def test_a_row_of_buttons_needs_only_buttons() -> None:
    assert classify("Subscribe Sign In", EN).label == "strong"
    assert classify("Subscribe or else", EN).label == "none"
    assert classify("Comments Comments Comments Comments Comments", EN).label == "none"  # five buttons

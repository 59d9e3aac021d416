"""restore_apostrophes: contractions and possessives that scrapers stripped.

Positive cases check the output and the reason of every edit; the many
negative cases are text that must come out exactly as it went in (plurals,
names ending in -s, "its", ambiguous contractions, URLs, other languages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanwire.rules.apostrophes import restore_apostrophes

from .conftest import check_trace

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def fix(text: str) -> str:
    return restore_apostrophes(text, lang="en")


def reasons(text: str) -> list[tuple[str, str, str]]:
    result = restore_apostrophes.explain(text, lang="en")
    check_trace(result)
    assert restore_apostrophes(result.text, lang="en") == result.text, "not idempotent"
    return [(r.text, r.replacement, r.reason) for r in result.records]


# --- contractions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("bare", "restored"),
    [
        ("dont", "don't"),
        ("didnt", "didn't"),
        ("doesnt", "doesn't"),
        ("isnt", "isn't"),
        ("arent", "aren't"),
        ("wasnt", "wasn't"),
        ("werent", "weren't"),
        ("hasnt", "hasn't"),
        ("havent", "haven't"),
        ("wouldnt", "wouldn't"),
        ("couldnt", "couldn't"),
        ("shouldnt", "shouldn't"),
        ("youre", "you're"),
        ("theyre", "they're"),
        ("weve", "we've"),
        ("youve", "you've"),
        ("theyve", "they've"),
        ("youll", "you'll"),
        ("theyll", "they'll"),
        ("thats", "that's"),
        ("whats", "what's"),
        ("theres", "there's"),
        ("shes", "she's"),
        ("aint", "ain't"),
    ],
)
def test_contraction_restored(bare: str, restored: str) -> None:
    text = f"Officials said {bare} matter here."
    assert reasons(text) == [(bare, restored, f'contraction "{bare}" -> "{restored}"')]


def test_contractions_keep_their_case() -> None:
    assert (
        fix("Dont go. DONT GO. Youre late, Theyre here.") == "Don't go. DON'T GO. You're late, They're here."
    )


def test_i_contractions() -> None:
    assert fix("Ive been told that Im not welcome.") == "I've been told that I'm not welcome."
    assert fix("Im trying, and Ive left Apple.") == "I'm trying, and I've left Apple."
    assert reasons("Ive seen it.") == [("Ive", "I've", 'contraction "Ive" -> "I\'ve"')]


def test_contraction_in_seed_appeal_sentence() -> None:
    text = "By supporting The Moscow Times, youre safeguarding open, independent journalism."
    assert fix(text) == text.replace("youre", "you're")


def test_contraction_before_punctuation() -> None:
    assert fix('"I really dont," she said. They werent.') == "\"I really don't,\" she said. They weren't."


@pytest.mark.parametrize(
    "text",
    [
        "We were told the well was ill-kept and the hell of it was the shell.",
        # a stripped document would change these; a document that writes an apostrophe keeps them
        "It's late. Its a good day. Were going home. Well be back. Lets go.",
        "They wed in June; he shed tears; the id card.",
        "Its fast to set up, and the company's chief said its shares rose.",
        "It lets you cant the deck. The wont of the village.",
        "Jony Ive said the design team was small. Ive left Apple in 2019.",
        "Apple design chief Jony Ive joined in 1992, and Ive designed the iMac.",
        "Im Sung-jae finished second. Im said he was happy.",
        "Golfer Im Sung-jae won. Mr. Im thanked fans.",
        "Im said he was happy, and Im added that he would return.",
        "La maison dont le toit est rouge.",
        "Read more at example.com/dont-miss or @youre_news and #thats_it.",
        "She typed youre_name and dont.txt into the box.",
        "HES and IVE are acronyms here, and so is WHOs.",
    ],
)
def test_contractions_left_alone(text: str) -> None:
    assert fix(text) == text


def test_apostrophe_style_of_the_document() -> None:
    text = "It’s late. Assad left, and Assads regime fell. Youre right."
    assert fix(text) == "It’s late. Assad left, and Assad’s regime fell. You’re right."
    assert fix("It's late. Youre right.") == "It's late. You're right."
    assert fix("Youre right.") == "You're right."


def test_not_english() -> None:
    text = "Assad left. Assads regime fell and youre right."
    assert restore_apostrophes(text, lang="de") == text
    assert restore_apostrophes(text, lang="fr") == text


# --- possessives of names ---------------------------------------------------


SEED_LIKE = (
    "Russian Foreign Minister Sergei Lavrov spearheaded efforts to guarantee former Syrian "
    "President Bashar al-Assads safe escape from Syria, Reuters reported.\n"
    "Assad flew to Russias Hmeimim air base on Sunday with his airplanes transponder switched off, "
    "Reuters said.\n"
    "Russia, commonly credited with conserving Assads regime, declined to intervene, and the "
    "Kremlin said that Russias focus was now on its war in Ukraine.\n"
    "Assads appeals for additional military support fell on deaf ears, Reuters reported.\n"
)


def test_seed_like_paragraph() -> None:
    expected = (
        SEED_LIKE.replace("Assads", "Assad's")
        .replace("Russias", "Russia's")
        .replace("airplanes transponder", "airplane's transponder")
    )
    assert fix(SEED_LIKE) == expected


def test_name_possessive_reasons() -> None:
    got = reasons(SEED_LIKE)
    assert got[0] == ("Assads", "Assad's", 'possessive: "Assad" occurs once, "Assads" is not a common word')
    assert got[1] == (
        "Russias",
        "Russia's",
        'possessive: "Russia" occurs once, "Russias" is not a common word',
    )
    assert got[2] == (
        "airplanes",
        "airplane's",
        'possessive: "his airplanes transponder": "airplane" is far more common than "airplanes", '
        '"transponder" is a noun',
    )
    assert len(got) == 6


def test_name_count_in_reason() -> None:
    text = "Assad spoke. Assad left. Assads regime fell."
    assert reasons(text) == [
        ("Assads", "Assad's", 'possessive: "Assad" occurs 2 times, "Assads" is not a common word')
    ]


def test_glued_sentence() -> None:
    text = "Assad met Putin in the Kremlin on Friday.Assads appeals were rejected."
    assert fix(text) == text.replace("Assads", "Assad's")


def test_names_when_the_evidence_is_there() -> None:
    assert fix("Biden spoke, and Bidens dog barked.") == "Biden spoke, and Biden's dog barked."
    assert fix("Tesla said Teslas autopilot failed.") == "Tesla said Tesla's autopilot failed."
    assert fix("Estonia said Estonias ambassador spoke.") == "Estonia said Estonia's ambassador spoke."


def test_hyphenated_name_and_capitalised_next_word() -> None:
    text = "Microsoft said on Monday that Microsofts Azure business grew."
    assert fix(text) == "Microsoft said on Monday that Microsoft's Azure business grew."


@pytest.mark.parametrize(
    "text",
    [
        # no bare "Estonia" in the document: no evidence
        "Marta Ilves, Estonias ambassador, spoke.",
        # a family: "the Assads", and then every "Assads" in the document is left
        "Assad fled. The Assads left Damascus. Assads regime fell.",
        "Biden spoke. The Bidens were at home, and Bidens dog barked.",
        # plurals of names: a number, a quantifier, a verb after them
        "Tesla said two Teslas crashed. Tesla said Teslas sold well.",
        "Yemeni officials said 10 Yemenis were killed. Yemenis fled the fighting.",
        # common words in their own right
        "Reuters and the Associated Press reported. Jones said Paris and Texas agreed.",
        "The Americans say the Russians and Syrians disagree, the Times wrote.",
        "Hastings, Athens, Brussels and Mercedes were in the news series on species.",
        "The Houthis fired missiles. Houthi leaders said Houthis attack ships.",
        "Kurdish fighters and Kurds held talks. The Saudis and Iraqis agreed.",
        # names ending in -s
        "James Jones said Joness appeal and Jamess book were ready.",
        # a headline-style line
        "Russia Says Russias Army Will Stay In Syria",
        # not followed by a possible noun
        "Assad said it was Assads. Assad spoke to Assads and others.",
        "Assad said Assads were fine.",
    ],
)
def test_names_left_alone(text: str) -> None:
    assert fix(text) == text


# --- possessives of common nouns ------------------------------------------


def test_noun_after_possessive_determiner() -> None:
    assert (
        fix("She said her cars engine failed.") == "She said her cars engine failed."
    )  # "cars" is attributive
    assert fix("He lost his airplanes transponder.") == "He lost his airplane's transponder."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The companys shares fell.", "The company's shares fell."),
        ("The countrys economy grew.", "The country's economy grew."),
        (
            "She won the mens final and the womens doubles.",
            "She won the men's final and the women's doubles.",
        ),
        ("The childrens hospital opened.", "The children's hospital opened."),
        ("The bakerys Saturday doughnuts sold out.", "The bakery's Saturday doughnuts sold out."),
    ],
)
def test_nouns_whose_plural_is_not_s(text: str, expected: str) -> None:
    assert fix(text) == expected


def test_noun_form_reason() -> None:
    assert reasons("The citys mayor spoke.") == [
        ("citys", "city's", 'possessive: "citys" is no English word, "city" is a common noun')
    ]


@pytest.mark.parametrize(
    "text",
    [
        "His parents live in Ohio, and the companies said the results show growth.",
        "The planes and forces of the rebels, the Russians said; analysts and bases near Tartus.",
        "She always reads the news series about species.",
        "He finished his arts degree and his systems analyst job.",
        "She drove her sports car to her parents house.",
        "He gave her flowers yesterday, and she gave her sons advice.",
        "The company and its members voted; its customers data was safe.",
        "Many companys offer it, and several citys agreed.",
        "The mens rea of the crime was clear.",
        "The towns reservoir was closed.",
        "His boys school and her daughters live nearby.",
        "Programmers say the users guide is useful.",
    ],
)
def test_nouns_left_alone(text: str) -> None:
    assert fix(text) == text


# --- the seeds -----------------------------------------------------------


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.input.txt")
    return path.read_text(encoding="utf-8")


def test_seed_000_article_possessives() -> None:
    text = seed("000")
    article = text.split("A Message from")[0]
    out = fix(article)
    assert "Assads" not in out
    assert "Russias" not in out
    assert out.count("Assad's") == article.count("Assads") == 7
    assert out.count("Russia's") == article.count("Russias") == 2
    assert "with his airplane's transponder switched off" in out
    assert out.replace("'", "") == article


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_seeds_with_apostrophes_unchanged(prefix: str) -> None:
    text = seed(prefix)
    assert fix(text) == text


# --- ambiguous forms in a document that lost its apostrophes ----------------
#
# STRIPPED opens every text with bare contractions and no apostrophe: the
# document-wide evidence that apostrophes were dropped. WRITTEN opens it with
# the same words written correctly: there every ambiguous form must stay.

STRIPPED = "We dont know yet, and youre not alone: theyre waiting too. "
WRITTEN = "We don't know yet, and you're not alone: they're waiting too. "


def edits(text: str) -> list[tuple[str, str, str]]:
    """The edits on ``STRIPPED + text``, without those of the STRIPPED prefix."""
    return [r for r in reasons(STRIPPED + text) if r[0] not in ("dont", "youre", "theyre")]


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        ("Its a fine day.", "Its", "It's", '"Its a": "its" before an article'),
        ("But its not over.", "its", "it's", '"its not": "not" cannot follow the possessive "its", so "its"'),
        (
            "Its hard to say.",
            "Its",
            "It's",
            '"Its hard": "its hard to say" has no noun for a possessive, so "its"',
        ),
        (
            "I think its time to go.",
            "its",
            "it's",
            '"its time": "its time to" is a fixed frame of "it\'s", so "its"',
        ),
        (
            "While were at home, we rest.",
            "were",
            "we're",
            '"were at": a clause needs a subject, and "were" after',
        ),
        (
            "Were going to win.",
            "Were",
            "We're",
            '"Were going": a clause needs a subject, and "were" at the start',
        ),
        (
            "Well be testing it soon.",
            "Well",
            "We'll",
            '"Well be": "Well" at the start of a sentence before a verb',
        ),
        ("I bet Ill like it.", "Ill", "I'll", '"Ill like": "Ill" mid-sentence before a verb takes "will"'),
        (
            "He said that hell return soon.",
            "hell",
            "he'll",
            '"hell return": "hell" after "that" before a verb',
        ),
        ("She said shell be back.", "shell", "she'll", '"shell be": "shell" after "said" before a verb'),
        ("Wed buy a game if we could.", "Wed", "We'd", '"Wed buy": "Wed" at the start of a sentence'),
        ("Lets see what happens.", "Lets", "Let's", '"Lets see": "lets" without a subject before a verb'),
        ("You cant play it docked.", "cant", "can't", '"cant play": "cant" before the base verb "play"'),
        ("It probably wont last.", "wont", "won't", '"wont last": "wont" before the base verb "last"'),
    ],
)
def test_ambiguous_contraction_restored(text: str, bare: str, restored: str, reason: str) -> None:
    got = edits(text)
    assert [(b, r) for b, r, _ in got] == [(bare, restored)]
    assert got[0][2].startswith("contraction: " + reason)
    assert fix(WRITTEN + text) == WRITTEN + text  # apostrophes written elsewhere: left alone


@pytest.mark.parametrize(
    "text",
    [
        # its: the possessive before a noun phrase, after a preposition or a verb
        "The firm and its fans agree. Its own staff left. At its best it shines.",
        "The city redesigned its interior for 2020, and its most popular models sold out.",
        "The lamp and its nuclear and missile programmes; its first all-electric car; its 2025 bond.",
        # were: the verb with a subject, or inverted before one
        "They were at home. Were they ready? So were the others, as were many fans.",
        "Officials said the talks were going well and prices were rising.",
        # well: the adverb and the noun
        "It may well be true. You might as well go. Well, it went well. It is well known.",
        # ill, hell, shell: adjective and nouns
        "Ill health forced him out. He fell ill. The hell of it. Go to hell. A living hell.",
        "The shell company failed. Shell shocked fans cheered. They shell out cash.",
        # wed, shed, id: the verbs and nouns
        "They wed in June. The storm shed light on it. The shed had a roof. The id card.",
        # lets: the verb with a subject and an object
        "The app lets you dim it. She lets go of the rope. It lets users choose.",
        # cant, wont: the nouns and "wont to"
        "As is his wont, he left. They are wont to complain. The cant of politics annoys.",
    ],
)
def test_ambiguous_forms_left_alone(text: str) -> None:
    assert edits(text) == []


def test_stripped_evidence_is_needed() -> None:
    text = "Its a fine day, and were going out. Lets see. He’s here."
    assert fix(text) == text  # a written apostrophe and no bare contraction: nothing was dropped
    assert fix("Dont worry. Its a fine day, and were going out. Lets see.") == (
        "Don't worry. It's a fine day, and were going out. Let's see."
    )


def test_no_apostrophe_anywhere_and_a_contraction_by_context() -> None:
    # Not one apostrophe in the document, and "Its a" can only be "it's": the document lost them.
    got = reasons("Its a fine day. Lets see what Varnholt said.")
    assert got == [
        ("Its", "It's", 'contraction: "Its a": "its" before an article reads as "it\'s"'),
        (
            "Lets",
            "Let's",
            'contraction: "Lets see": "lets" without a subject before a verb, '
            'at the start of a sentence, so "lets" reads as "let\'s"',
        ),
    ]
    # Possessives and "Im" are no such evidence: their checks assume the document lost its apostrophes.
    for text in ("The towns reservoir was closed.", "Im said he was happy."):
        assert fix(text) == text


def test_stripped_keeps_the_document_apostrophe() -> None:
    text = "We dont know. Its a fine day."
    assert fix(text) == "We don't know. It's a fine day."
    curly = "We dont know. Its a fine day. Youre right, theyre late, didnt you hear? Isnt it odd? He’s here."
    assert fix(curly).startswith("We don’t know. It’s a fine day. You’re right")


# --- possessives in a document that lost its apostrophes --------------------


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        (
            "He cited the presidents refusal to act.",
            "presidents",
            "president's",
            'possessive: "the presidents refusal": "refusal" cannot be the verb of "presidents", '
            'and "president"',
        ),
        (
            "It was a chefs knife.",
            "chefs",
            "chef's",
            'possessive: "a chefs knife": "a" takes a singular noun',
        ),
        (
            "It is the worlds largest airliner.",
            "worlds",
            "world's",
            'possessive: "the worlds largest": "largest" cannot be the verb of "worlds"',
        ),
        (
            "The victim was hurt. The victims mother testified.",
            "victims",
            "victim's",
            'possessive: "The victims mother": "mother" cannot be the verb of "victims", '
            'and the document uses "victim"',
        ),
        # plural possessives
        (
            "She joined the parents association.",
            "parents",
            "parents'",
            'plural possessive: "the parents association": "parents" is more common than "parent"',
        ),
        (
            "They studied other planets atmospheres.",
            "planets",
            "planets'",
            'plural possessive: "other planets atmospheres": a plural determiner',
        ),
        # names: a common word "Xs", but "X" far more common and used as a name here
        (
            "Trump spoke. Later Mr. Trumps tariffs rose.",
            "Trumps",
            "Trump's",
            'possessive: "Trump" occurs once as a name, "Trumps" is far rarer, and "tariffs" can be owned',
        ),
        (
            "NASA said so. Later NASAs probe landed.",
            "NASAs",
            "NASA's",
            'possessive: "NASA" occurs once as an acronym, "NASAs" is far rarer, and "probe" can be owned',
        ),
        (
            "Varnholt spoke, and Varnholts deputy agreed.",
            "Varnholts",
            "Varnholt's",
            'possessive: "Varnholt" occurs once as a name',
        ),
    ],
)
def test_stripped_possessive_restored(text: str, bare: str, restored: str, reason: str) -> None:
    got = edits(text)
    assert [(b, r) for b, r, _ in got] == [(bare, restored)]
    assert got[0][2].startswith(reason)
    assert fix(WRITTEN + text) == WRITTEN + text


@pytest.mark.parametrize(
    "text",
    [
        # plurals before a verb or a new noun phrase
        "The results show growth, and the states launch a new plan.",
        "He gave the players money and found the results surprising.",
        "Many of the protesters wear masks. The frustrations players feel are real.",
        "Those features help. Her hits due to illness; those cores cooler for longer.",
        # plural modifiers and nouns ending in -s of their own
        "She drove her sports car to the news agency; the settings menu and the parts supplier.",
        "The teachers unions met.",
        # plurals of names, names ending in -s
        "Democrat leaders spoke. The Democrats plan a vote, and Democrats say so.",
        "American officials and Americans disagree; Americans attitudes vary.",
        "James Jones said Reuters and the Times reported it.",
        "Assad fled. The Assads left Damascus. Assads regime fell.",
        "The Browns won. Brown said the Browns defence held.",
        # no possible owned noun after the word
        "Apple said so, and Apples are red.",
    ],
)
def test_stripped_plurals_left_alone(text: str) -> None:
    assert edits(text) == []


# --- robustness -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "\n" * 45_000,
        "." * 100_000,
        "Assads regime and youre right.\n" * 10_000,
        "Dont go. Its a day. While were here, well be back. The presidents refusal.\n" * 10_000,
        ("its " * 100_000) + "dont",
        "word " * 200_000,
        "s " * 300_000,
        "",
    ],
)
def test_pathological_inputs(text: str) -> None:
    out = fix(text)
    assert out.replace("'", "") == text


# --- round 2: more evidence in documents that lost their apostrophes ---------


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        # a name the document does not use bare, after a first name; "Merkels" is far rarer than "Merkel"
        (
            "Later, Angela Merkels deputy spoke.",
            "Merkels",
            "Merkel's",
            'possessive: "Merkel" is a common name in English, "Merkels" is far rarer, and "deputy"',
        ),
        # "the Xs" of a thing the document writes with an article: no family
        (
            "The Zorvex has a new grill. Inside, the Zorvexs cabin is roomy.",
            "Zorvexs",
            "Zorvex's",
            'possessive: "Zorvex" occurs once as a name',
        ),
        # a gerund after the name is no verb of a plural subject
        (
            "She moved to Varnholt. Varnholt grew. Later Varnholts growing debt hurt.",
            "Varnholts",
            "Varnholt's",
            'possessive: "Varnholt" occurs 2 times as a name',
        ),
        # no English word, so no plural to tell apart; an adverb and an adjective follow
        (
            "The companys highly specialized tools sold.",
            "companys",
            "company's",
            'possessive: "companys highly specialized": "companys" is no English word',
        ),
        (
            "The citys bourse fell.",
            "citys",
            "city's",
            'possessive: "citys bourse": "citys" is no English word',
        ),
        # "last" takes a singular noun, even before a name or a word the lexicon lacks
        (
            "It beat last years Varnholt Cup record.",
            "years",
            "year's",
            'possessive: "last years Varnholt": "last" takes a singular noun',
        ),
        (
            "The state is poor, and the states meth epidemic grew.",
            "states",
            "state's",
            'possessive: "the ... states meth": "meth" is no verb',
        ),
        # a plural far rarer than its singular, the singular in the document, no object after the noun
        (
            "We saw the moon. Dust lies on the moons surface.",
            "moons",
            "moon's",
            'possessive: "the moons surface": "surface" cannot be the verb of "moons"',
        ),
    ],
)
def test_round2_possessive_restored(text: str, bare: str, restored: str, reason: str) -> None:
    got = edits(text)
    assert [(b, r) for b, r, _ in got] == [(bare, restored)]
    assert got[0][2].startswith(reason)
    assert fix(WRITTEN + text) == WRITTEN + text


@pytest.mark.parametrize(
    "text",
    [
        # plural subjects before a noun that is also a verb
        "The markets rally when rates fall. The moons orbit the planet.",
        "Democrats plan a vote. Officials said Norways exports rose.",
        # a family: "the Xs" with no "the X" thing in the document, and a verb after it
        "The Varnholts said their dog barked.",
        # "the last weeks": an adjective, not the determiner "last"
        "In the last weeks of May it rained.",
        # a number after a plural
        "Voters went to the polls four times.",
        # a misspelt plural after a quantifier
        "Many companys offer it.",
        # a plural name of an organisation, a common word
        "The United Nations agency said so. The Titans won, and Titan fans cheered.",
        # at the start of a sentence a capitalised plural with no other evidence stays
        "Norways economy grew.",
        # a past participle after a name ("has gone") is no plural verb, but no owned noun either
        "The Zorvexs gone.",
    ],
)
def test_round2_plurals_left_alone(text: str) -> None:
    assert edits(text) == []


def test_plural_evidence_ignores_gerunds_and_participles() -> None:
    from cleanwire.rules.apostrophe_doc import verb_after_plural

    assert verb_after_plural("fled") and verb_after_plural("are")
    assert not verb_after_plural("eroding") and not verb_after_plural("gone") and not verb_after_plural("was")


def test_decisions_are_cached_per_context() -> None:
    from cleanwire.rules.apostrophe_ambiguous import decide
    from cleanwire.rules.apostrophe_doc import ApostropheDoc

    text = "We dont know. Its a day. Its a day. Its a day. Its fans cheer."
    assert fix(text) == "We don't know. It's a day. It's a day. It's a day. Its fans cheer."
    doc = ApostropheDoc(text)
    got = [decide(doc, start, "Its") for start in (14, 25, 36)]
    assert got[0] == got[1] == got[2] and got[0] is not None
    assert len(doc.decisions) == 2  # the second and third "Its" share their context


def test_left_context_reaches_two_tokens_back() -> None:
    from cleanwire.rules.apostrophe_tokens import TokenText

    doc = TokenText("One two. Three four five")
    assert doc.left_context(20) == "o. Three four "
    assert doc.left_context(4) == "\0One "
    long = "y " + "x" * 200 + " a b"  # a word longer than the quick look: the full walk
    assert TokenText(long).left_context(len(long) - 1) == "y " + "x" * 200 + " a "
    assert TokenText(long[2:]).left_context(len(long) - 3) == "\0" + "x" * 200 + " a "


# --- round 3: clause openings, adjectives, names in running text ------------------


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        (
            "Dont worry. For this test, were examining the new laptop.",
            "were",
            "we're",
            'contraction: "were examining": a clause needs a subject, and "were" after the introductory '
            '"For this test," has none, so "were" reads as "we\'re"',
        ),
        (
            "Dont worry. With a full tank, were not sure why you would wait.",
            "were",
            "we're",
            'contraction: "were not": a clause needs a subject, and "were" after the introductory '
            '"With a full tank," has none, so "were" reads as "we\'re"',
        ),
        (
            "Dont worry. We saw the many gadgets well see before the holidays.",
            "well",
            "we'll",
            'contraction: "well see": "well" after the plural noun "gadgets" (a clause of its own) before '
            'a verb takes "will", so "well" reads as "we\'ll"',
        ),
        (
            "We dont know what wed buy next.",
            "wed",
            "we'd",
            'contraction: "wed buy": "wed" after "what" before a verb takes "would" or "had", so "wed" '
            'reads as "we\'d"',
        ),
        (
            "We dont know, and well be back.",
            "well",
            "we'll",
            'contraction: "well be": "well" after "and" before a verb takes "will", so "well" reads as '
            '"we\'ll"',
        ),
        (
            "If it rains on Sunday, wed be in the tent, we dont mind.",
            "wed",
            "we'd",
            'contraction: "wed be": "wed" after the introductory "If it rains on Sunday," before a verb '
            'takes "would" or "had", so "wed" reads as "we\'d"',
        ),
        (
            'He dont care. She said, "Ill put it back," and left.',
            "Ill",
            "I'll",
            'contraction: "Ill put": "Ill" at the start of a sentence before a verb takes "will", so "Ill" '
            'reads as "i\'ll"',
        ),
        (
            'He dont care. Varnholt said Orvane "cant antagonize" anyone.',
            "cant",
            "can't",
            'contraction: "cant antagonize": "cant" before the base verb "antagonize" reads as "can\'t"',
        ),
        (
            "He dont care. Why Cant Varnholt Win Again?",
            "Cant",
            "Can't",
            'contraction: "Cant Varnholt": "Why Cant" before a name, the subject of a question reads as '
            '"can\'t"',
        ),
        (
            "Dont go. At minimum, its smart to wait.",
            "its",
            "it's",
            'contraction: "its smart": "its smart to wait" has no noun for a possessive, so "its" reads as '
            '"it\'s"',
        ),
        (
            "Dont go. The tour is short, but its full of bikes.",
            "its",
            "it's",
            'contraction: "its full": "its full of bikes" has no noun for a possessive, so "its" reads as '
            '"it\'s"',
        ),
        (
            "Dont go. Its so easy and delicious.",
            "Its",
            "It's",
            'contraction: "Its so": "its so easy and delicious" has no noun for a possessive, so "its" reads '
            'as "it\'s"',
        ),
    ],
)
def test_round3_contraction_restored(text: str, bare: str, restored: str, reason: str) -> None:
    assert (bare, restored, reason) in reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a subject before the comma, or after "were": the verb
        "Dont worry. The players, tired, were examining the tape.",
        "Dont worry. Among the dead, were two men.",
        "Dont worry. However tired, were the players ready?",
        # "well" and "wed" as a noun and a verb
        "Dont go. The oil well fire burned for days.",
        "Dont go. The couple wed last June in Varnholt.",
        "Dont go. They did well and were paid.",
        # lower-case "ill" after a quote; "cant" the noun
        'She said, "ill health forced him out," and he dont care.',
        "He dont care. The cant of politics is old.",
        "He dont care. It lets you cant the deck.",
        # nouns after "its": rights, chiefs, a verb after a noun phrase, "own"
        "Dont go. Its chief of staff left.",
        "Dont go. Its right to appeal stands.",
        "Dont go. Its current period of growth ended.",
        "Dont go. Then its very own brand rose.",
        "Dont go. Its chief executive said on Monday that it would.",
        "Dont go. Its lighter weight helps.",
    ],
)
def test_round3_contractions_left_alone(text: str) -> None:
    # Only the bare "dont" (the evidence that the document lost its apostrophes) changes.
    assert fix(text) == text.replace("Dont", "Don't").replace("dont", "don't")


@pytest.mark.parametrize(
    ("text", "bare", "restored", "reason"),
    [
        (
            "Dont go. Later, coach Halvor Pellegrinis empty-net goal sealed it.",
            "Pellegrinis",
            "Pellegrini's",
            'possessive: "Pellegrinis" after "Halvor" is no word, "Pellegrini" is a known name, '
            'and "empty" can be owned',
        ),
        (
            # a long line full of names is no headline
            "Dont go. Officials said Perus ambassador and Orla Varnholt will make their debut on Friday.",
            "Perus",
            "Peru's",
            'possessive: "Peru" is a common name in English, "Perus" is far rarer, and "ambassador" '
            "can be owned",
        ),
        (
            # "moon" is a verb too, but "mooned" and "mooning" are rare
            "Dont go. Officials said Kenyas moon program grew.",
            "Kenyas",
            "Kenya's",
            'possessive: "Kenya" is a common name in English, "Kenyas" is far rarer, and "moon" can be owned',
        ),
        (
            "Dont go. The kings service ended.",
            "kings",
            "king's",
            'possessive: "The kings service": "service" cannot be the verb of "kings", and "king" is far '
            'more common than "kings"',
        ),
        (
            "Dont go. Varnholt lives in Fort Orvane. He walked down Orvanes 6th Avenue with his old friends.",
            "Orvanes",
            "Orvane's",
            'possessive: "Orvane" occurs once as a name, "Orvanes" is far rarer, and "6th" can be owned',
        ),
    ],
)
def test_round3_possessive_restored(text: str, bare: str, restored: str, reason: str) -> None:
    assert (bare, restored, reason) in reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline: capitalised words may be plurals
        "Dont go.\nPerus Coach Leaves Norways Team For Kenyas Club",
        # Greek and Baltic surnames end in -s: their stem is no known name
        "Dont go. Officials said Nikos Papadopoulos office called.",
        # "the results show": a verb with common verb forms
        "Dont go. The results show a gain.",
        # an adjective that closes a bracket
        "Dont go. The train left (all prices local).",
        "Dont go. We spent the last several days taking notes.",
        # a plural verb after a country's plural
        "Dont go. Officials said Norways exports rose.",
    ],
)
def test_round3_plurals_left_alone(text: str) -> None:
    # Only the bare "dont" (the evidence that the document lost its apostrophes) changes.
    assert fix(text) == text.replace("Dont", "Don't").replace("dont", "don't")


def test_intro_phrase_is_part_of_the_decision_cache() -> None:
    # Equal two-token left contexts, different sentence openings: different decisions.
    text = "Dont go. For this test, were examining it. The teams, tired, were examining it."
    assert fix(text) == ("Don't go. For this test, we're examining it. The teams, tired, were examining it.")


# --- round 4: more evidence, more shapes ------------------------------------


def test_two_possessive_words_show_a_document_without_apostrophes_lost_them() -> None:
    got = reasons("The towns reservoir and the councils website were closed.")
    assert got == [
        (
            "towns",
            "town's",
            'possessive: "The towns reservoir": "reservoir" cannot be the verb of "towns", '
            'and "town" is far more common than "towns"',
        ),
        (
            "councils",
            "council's",
            'possessive: "the ... councils website": "website" is no verb, '
            'and "council" is far more common than "councils"',
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one possessive frame is no evidence; plurals, compounds and team names are no possessives
        "The towns reservoir was closed. The councils meet monthly.",
        "The results show growth, and the players union met the owners. The teachers unions agreed.",
        "The Giants coach and the Reds manager met. Warriors fans cheered as the Lakers guard scored.",
        "Residents of the towns near the river said the floods damaged homes. The councils meet monthly.",
        "The students protest grew as the workers strike entered its third week.",
        "Farmers markets opened across the state. The farmers sell vegetables and the buyers pay cash.",
        "The Chicago Bulls game ended late, and the Kansas City Chiefs offense stalled.",
        "The Democrats plan passed. Republicans voted against the bill, and senators debated the measure.",
        "Officials said the companies profits rose. The states budgets were cut.",
        "The Varnholts visited. Varnholt said the Varnholts house was old.",
    ],
)
def test_no_apostrophe_anywhere_and_no_evidence(text: str) -> None:
    assert fix(text) == text


def test_three_letter_names_and_acronyms() -> None:
    got = edits("The EU met on Friday. Later, EUs budget talks resumed.")
    assert got == [
        (
            "EUs",
            "EU's",
            'possessive: "EU" occurs once as an acronym, "EUs" is far rarer, and "budget" can be owned',
        )
    ]
    # Common plurals of acronyms and three-letter words stay: "TVs", "PCs", "Abs", "OKs".
    assert edits("Sales of TVs rose, and PCs sold well. Abs workouts help, and OKs came in.") == []
    # Lower-case three-letter words are never read as possessives.
    assert edits("The bus fares and gas prices rose; his abs ached.") == []


def test_a_name_the_document_keeps_using() -> None:
    text = "Senator Hale spoke. Hale left early. Later, Hales offer was accepted."
    assert edits(text) == [
        (
            "Hales",
            "Hale's",
            'possessive: "Hale" occurs 2 times as a name, "Hales" is far rarer, and "offer" can be owned',
        )
    ]
    # Used once, "Hales" may be a surname of its own; a plural use elsewhere keeps it too.
    assert edits("Hale spoke. Later, Hales offer was accepted.") == []
    assert edits("Hale spoke. Hale left. The Hales arrived, and Hales offer was accepted.") == []


def test_headline_possessive_of_a_name_the_document_uses() -> None:
    text = "Orvane spoke. Orvane left.\nOrvanes Current Plan For Growth\nText here."
    assert edits(text) == [
        (
            "Orvanes",
            "Orvane's",
            'possessive: "Orvane" occurs 2 times as a name, "Orvanes" is no word, '
            'and "Current" can be owned on a headline',
        )
    ]
    for text in (
        "Orvane spoke. Orvane left.\nOrvanes Claim Lottery Prize Together\nText here.",  # a verb after it
        "Orvane spoke.\nOrvanes Current Plan For Growth\nText here.",  # the name used once
        "Orvane spoke. Orvane left. The Orvanes met.\nOrvanes Current Plan For Growth\nText here.",  # plural
        "Orvane spoke. Orvane left.\nDaytons Current Plan For Growth\nText here.",  # another name
    ):
        assert edits(text) == [], text


def test_im_before_a_past_form() -> None:
    # "Im said he": a name's clause; "Im honored to", "Im impressed!": "I'm" and an adjective.
    got = edits("Im said he was happy. Im honored to serve. Ive got to say, Im impressed!")
    assert [(w, new) for w, new, _ in got] == [("Im", "I'm"), ("Ive", "I've"), ("Im", "I'm")]
    assert got[0][2] == 'contraction: "Im honored": in a document without apostrophes "Im" reads as "I\'m"'
    assert edits("Im thanked fans after the match, and Im told reporters he would return.") == []


def test_that_before_a_possessive_and_an_adjective() -> None:
    got = edits("Probes saw vapour above that moons icy crust.")
    assert got == [
        (
            "moons",
            "moon's",
            'possessive: "that moons icy crust": "icy" is only an adjective, '
            'so "that" is a determiner and "moons" owns "crust"',
        )
    ]
    for text in (
        "He said that officials responsible for it left.",  # no noun after the adjective
        "She said that workers pay taxes and that prices rose.",  # a verb after the plural
        "They argued that children younger than five stay home.",
        "I know that moons orbit planets.",
    ):
        assert edits(text) == [], text

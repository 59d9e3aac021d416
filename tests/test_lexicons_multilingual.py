"""The non-English lexicons: page furniture in German, French, Spanish, Italian, Portuguese and Dutch.

Each language's appeal, navigation, related-links, byline and credit words are
data in ``cleanwire/lexicons/*.<lang>.txt``. These tests run the rules that read
them on their own, with the document language fixed, and check both sides: a
typical line of web boilerplate in that language goes (with a reason that says
what it was), and an ordinary news sentence that uses the same nouns
(newsletter, subscription, cookies, app, donation, sharing, photo) stays.
"""

from __future__ import annotations

import pytest

from cleanwire.lexicon import sections
from cleanwire.rule import Rule
from cleanwire.rules.appeals import KIND_LABELS, OPTIONAL_KIND_LABELS, drop_appeals
from cleanwire.rules.credits import drop_photo_credits
from cleanwire.rules.metadata import drop_bylines
from cleanwire.rules.navigation import drop_navigation, drop_share_lines
from cleanwire.rules.related import drop_related

from .conftest import check_trace

LANGS = ("de", "fr", "es", "it", "pt", "nl")

# One long article sentence per language: no cue, more words than any appeal line.
BODY = {
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Brücke über den Hafen "
    "bis zum Sommer für rund zwei Millionen Euro sanieren zu lassen.",
    "fr": "Le conseil municipal a décidé mardi, après un long débat, de faire rénover le pont du port "
    "d’ici l’été pour un montant d’environ deux millions d’euros.",
    "es": "El pleno del ayuntamiento decidió el martes, tras un largo debate, reparar el puente del "
    "puerto antes del verano por unos dos millones de euros.",
    "it": "Il consiglio comunale ha deciso martedì, dopo un lungo dibattito, di restaurare il ponte del "
    "porto entro l’estate per circa due milioni di euro.",
    "pt": "A câmara municipal decidiu na terça-feira, depois de um longo debate, reparar a ponte do porto "
    "até ao verão por cerca de dois milhões de euros.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat besloten de brug over de haven voor de zomer "
    "te laten opknappen voor zo'n twee miljoen euro.",
}


def run(r: Rule, text: str, lang: str) -> tuple[str, list[str]]:
    result = r.explain(text, lang=lang)
    check_trace(result)
    return result.text, [rec.reason for rec in result.records]


def framed(lang: str, box: str) -> str:
    """``box`` between two article paragraphs."""
    return f"{BODY[lang]}\n{box}\n{BODY[lang]}"


def test_bodies_have_no_cue() -> None:
    for lang in LANGS:
        text = f"{BODY[lang]}\n{BODY[lang]}"
        for r in (drop_appeals, drop_navigation, drop_share_lines, drop_related, drop_bylines):
            assert r(text, lang=lang) == text, (lang, r.name)


# -- appeals: donation, paywall, newsletter, app, cookies, comments ----------------------

APPEAL_BOXES = [
    ("de", "Newsletter\nIhre E-Mail-Adresse\nJetzt anmelden", "newsletter", "Jetzt anmelden"),
    ("de", "Sie haben bereits ein Abo?\nHier anmelden", "paywall", "Sie haben bereits ein Abo"),
    ("de", "Laden Sie jetzt die kostenlose App herunter.", "app", "Laden Sie jetzt die kostenlose App"),
    (
        "de",
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät.\nAlle Cookies akzeptieren\n"
        "Nur notwendige Cookies",
        "cookies",
        "Wir und unsere Partner speichern",
    ),
    (
        "de",
        "Unterstützen Sie unsere Arbeit!\nJetzt Mitglied werden",
        "donation",
        "Unterstützen Sie unsere Arbeit",
    ),
    ("de", "Kommentare anzeigen", "comments", "Kommentare anzeigen"),
    (
        "fr",
        "Cet article vous est offert. Pour lire la suite, abonnez-vous.",
        "paywall",
        "Cet article vous est offert",
    ),
    ("fr", "Recevez chaque matin notre newsletter\nJe m'inscris", "newsletter", "Je m'inscris"),
    ("fr", "Téléchargez l’appli et retrouvez toute l’actualité.", "app", "Téléchargez l’appli"),
    (
        "fr",
        "Nous et nos partenaires utilisons des cookies.\nPersonnaliser\nTout refuser",
        "cookies",
        "Personnaliser",
    ),
    (
        "fr",
        "Soutenez la presse indépendante : devenez membre.",
        "donation",
        "Soutenez la presse indépendante",
    ),
    ("fr", "Soyez le premier à réagir", "comments", "Soyez le premier à réagir"),
    ("es", "¿Ya eres socio? Inicia sesión", "paywall", "Ya eres socio"),
    (
        "es",
        "Al suscribirte aceptas nuestra política de privacidad.\nQuiero suscribirme",
        "newsletter",
        "Quiero suscribirme",
    ),
    ("es", "Descárgate la app y recibe las alertas.", "app", "Descárgate la app"),
    ("es", "Si continúas navegando, consideramos que aceptas su uso.\nRechazar", "cookies", "Rechazar"),
    ("es", "Apoya el periodismo local", "donation", "Apoya el periodismo local"),
    (
        "it",
        "Questo articolo è riservato agli abbonati",
        "paywall",
        "Questo articolo è riservato agli abbonati",
    ),
    (
        "it",
        "Iscriviti\nIscrivendoti accetti l’informativa sulla privacy.",
        "newsletter",
        "Iscrivendoti accetti",
    ),
    ("it", "Scarica l'app", "app", "Scarica l'app"),
    (
        "it",
        "Noi e terze parti selezionate utilizziamo cookie.\nAccetta\nRifiuta\nPersonalizza",
        "cookies",
        "Noi e terze parti selezionate",
    ),
    ("it", "Sostieni il nostro giornalismo", "donation", "Sostieni il nostro giornalismo"),
    ("pt", "Torne-se assinante e tenha acesso ilimitado.", "paywall", "Torne-se assinante"),
    ("pt", "Newsletter\nO seu endereço de e-mail\nSubscrever", "newsletter", "Subscrever"),
    ("pt", "Baixe o nosso aplicativo", "app", "Baixe o nosso aplicativo"),
    (
        "pt",
        "Ao continuar a navegar neste site, aceita a utilização de cookies.\nRejeitar",
        "cookies",
        "Ao continuar a navegar neste site",
    ),
    ("pt", "Apoie o jornalismo local", "donation", "Apoie o jornalismo local"),
    ("nl", "Word abonnee\nAl abonnee? Log in", "paywall", "Word abonnee"),
    ("nl", "Nieuwsbrief\nElke ochtend het nieuws in je mailbox.\nAanmelden", "newsletter", "in je mailbox"),
    ("nl", "Download de gratis app", "app", "Download de gratis app"),
    ("nl", "Wij en onze partners gebruiken cookies.\nAkkoord\nInstellingen aanpassen", "cookies", "Akkoord"),
    ("nl", "Steun lokale journalistiek", "donation", "Steun lokale journalistiek"),
]


@pytest.mark.parametrize(("lang", "box", "kind", "cue"), APPEAL_BOXES)
def test_appeal_boxes_go(lang: str, box: str, kind: str, cue: str) -> None:
    out, reasons = run(drop_appeals, framed(lang, box), lang)
    assert out == f"{BODY[lang]}\n{BODY[lang]}"
    assert len(reasons) == box.count("\n") + 1
    assert all(r.startswith(KIND_LABELS[kind]) for r in reasons), reasons
    assert f'"{cue}"' in reasons[0]


APPEAL_NEWS = [
    (
        "de",
        "Der Verlag hat nach eigenen Angaben inzwischen 12.000 Abonnenten für seinen Newsletter gewonnen.",
    ),
    ("de", "Kunden können die Plätzchen jetzt auch im Abo bestellen, bezahlt wird per Rechnung."),
    ("de", "Wer die App der Stadtwerke herunterladen will, braucht ein Konto."),
    ("de", "Der Datenschutzbeauftragte kritisierte, dass viele Websites Cookies ohne Zustimmung setzen."),
    ("de", "Die Spenden für die Tafel sind im vergangenen Jahr um ein Drittel gestiegen."),
    ("de", "Mitglied werden kann jeder, der in der Gemeinde wohnt."),
    ("fr", "Le journal compte 41 000 abonnés et envoie une newsletter chaque vendredi."),
    ("fr", "Les lecteurs déjà abonnés à l’édition papier recevront un accès à l’application."),
    (
        "fr",
        "La boulangerie vend aussi des cookies au chocolat, et son site a modifié son bandeau de cookies.",
    ),
    ("fr", "L’association a reçu 9 000 euros de dons et a partagé les photos sur les réseaux sociaux."),
    (
        "es",
        "El club envía cada semana un boletín a sus socios y vende los abonos a través de una aplicación.",
    ),
    ("es", "La autoridad de protección de datos multó a la web por no permitir rechazar las cookies."),
    ("es", "La fundación recibió donaciones por valor de 60.000 euros para la escuela de fútbol."),
    ("it", "Gli abbonati ricevono ogni mese una newsletter con il calendario delle iniziative."),
    ("it", "Il sito ha cambiato l’avviso sui cookie dopo le lamentele dei visitatori."),
    ("it", "Molti visitatori condividono le foto delle sale sui social network."),
    ("pt", "Os assinantes recebem em casa uma caixa com doze cookies de chocolate."),
    ("pt", "O ministro disse em seu e-mail que a proposta seria votada."),
    ("pt", "A padaria não tem aplicativo próprio e quase não gasta com publicidade."),
    ("nl", "Het filmhuis heeft dit jaar meer dan 1.000 abonnees en een wekelijkse nieuwsbrief."),
    ("nl", "De website werd aangepast nadat een bezoeker had geklaagd over de cookiemelding."),
    ("nl", "Vorig jaar schonken bezoekers en bedrijven samen ruim 12.000 euro aan donaties."),
    # Phrases that are boilerplate as a button or at a box's start, but prose elsewhere.
    ("de", "Wer jetzt spenden möchte, kann das über das Konto der Stadt tun."),
    ("de", "Die Regierung will die Landwirte jetzt unterstützen."),
    ("de", "Rund 2.000 Menschen haben den Newsletter bereits abonniert."),
    ("de", "Wer jetzt Mitglied werden will, zahlt im ersten Jahr nur die Hälfte."),
    ("de", "Der Vertrag ist monatlich kündbar."),
    ("de", "Die Täter hatten ihre E-Mail-Adresse gehackt."),
    ("de", "Er wollte einen Kommentar schreiben, doch die Seite war gesperrt."),
    ("de", "Die App ist jetzt im App Store erhältlich."),
    ("de", "Viele Pendler fahren mit dem Ticket, sie haben bereits ein Abo."),
    ("fr", "Un lecteur déjà abonné depuis 1975 a écrit à la rédaction."),
    ("fr", "Pour lire la suite du rapport, il faudra attendre juin."),
    ("fr", "Connectez-vous sur le site des impôts avant le 20 mai pour déclarer vos revenus."),
    ("es", "La fundación apoya el periodismo independiente desde 2010."),
    ("es", "El usuario descarga la app y recibe un código por SMS."),
    ("it", "Chi scarica l’app riceve uno sconto del dieci per cento."),
    ("it", "Per continuare a leggere il rapporto bisogna attendere giugno."),
    ("pt", "A associação pede que o governo apoie o jornalismo local."),
    ("pt", "O cliente que já é assinante não paga a taxa de adesão."),
    ("pt", "A prefeitura pede que o cidadão baixe o aplicativo antes da vacinação."),
    ("nl", "Het abonnement is altijd opzegbaar, zegt de aanbieder."),
]


@pytest.mark.parametrize(("lang", "line"), APPEAL_NEWS)
def test_news_about_the_same_things_stays(lang: str, line: str) -> None:
    for text in (line, framed(lang, line), f"{line}\n{line}"):
        assert run(drop_appeals, text, lang) == (text, [])


@pytest.mark.parametrize("lang", LANGS)
def test_quoted_appeal_words_stay(lang: str) -> None:
    quoted = {
        "de": "„Unterstützen Sie unsere Arbeit“, stand auf dem Plakat der Tafel.",
        "fr": "« Abonnez-vous », lançait la présentatrice à la fin de chaque émission.",
        "es": "“Suscríbete”, repetía el cartel de la entrada del estadio.",
        "it": "«Abbonati ora», diceva il volantino distribuito davanti al museo.",
        "pt": "“Assine já”, dizia o cartaz pendurado na porta da padaria.",
        "nl": "“Word abonnee”, stond er op de affiche bij de ingang van het filmhuis.",
    }[lang]
    assert run(drop_appeals, framed(lang, quoted), lang)[1] == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [("fr", "Je m’inscris"), ("fr", "Je m'inscris"), ("it", "Scarica l’app"), ("it", "Scarica l'app")],
)
def test_straight_and_curly_apostrophes_match_alike(lang: str, line: str) -> None:
    out, reasons = run(drop_appeals, framed(lang, line), lang)
    assert out == f"{BODY[lang]}\n{BODY[lang]}"
    assert len(reasons) == 1


# -- advertisement labels --------------------------------------------------------------

ADS = {
    "de": "Anzeige",
    "fr": "Publicité",
    "es": "Publicidad",
    "it": "Pubblicità",
    "pt": "Publicidade",
    "nl": "Advertentie",
}
ADS_NEWS = {
    "de": "Die Anzeige erschien am Montag in drei Zeitungen und kostete rund 40.000 Euro.",
    "fr": "La publicité locale ne suffit plus à payer l’imprimeur, explique la directrice.",
    "es": "La publicidad en la camiseta también ha cambiado esta temporada.",
    "it": "Il museo non fa quasi pubblicità e punta sul passaparola dei visitatori.",
    "pt": "O negócio quase não gasta com publicidade nas redes sociais.",
    "nl": "Het filmhuis maakt nauwelijks reclame en plaatst geen advertentie in de krant.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_advertisement_labels_go_between_paragraphs(lang: str) -> None:
    out, reasons = run(drop_appeals, framed(lang, ADS[lang]), lang)
    assert out == f"{BODY[lang]}\n{BODY[lang]}"
    assert reasons == [f'advertisement label (line 2; cues: "{ADS[lang]}")']


@pytest.mark.parametrize("lang", LANGS)
def test_sentences_about_advertising_stay(lang: str) -> None:
    text = framed(lang, ADS_NEWS[lang])
    assert run(drop_appeals, text, lang) == (text, [])


# -- share lines and menus -------------------------------------------------------------

SHARE_LINES = [
    ("de", "Artikel teilen"),
    ("de", "Folgen Sie uns auf Instagram und Facebook"),
    ("de", "Link kopiert"),
    ("fr", "Partager sur Facebook"),
    ("fr", "Lien copié"),
    ("es", "Comparte en WhatsApp"),
    ("es", "Enlace copiado"),
    ("it", "Condividi su Facebook"),
    ("it", "Link copiato"),
    ("pt", "Partilhe no Facebook"),
    ("pt", "Link copiado"),
    ("nl", "Deel op Facebook"),
    ("nl", "Link gekopieerd"),
]


@pytest.mark.parametrize(("lang", "line"), SHARE_LINES)
def test_share_lines_go(lang: str, line: str) -> None:
    assert run(drop_share_lines, framed(lang, line), lang) == (
        f"{BODY[lang]}\n{BODY[lang]}",
        [f'share/follow line ("{line}")'],
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Viele Nutzer teilten das Video auf Facebook und WhatsApp."),
        ("fr", "Plusieurs lecteurs ont partagé leurs souvenirs sur Facebook."),
        ("es", "Los jugadores comparten vídeos de los entrenamientos en Instagram."),
        ("it", "Il video è stato condiviso migliaia di volte su Facebook."),
        ("pt", "Os assinantes partilham fotos das caixas no Instagram."),
        ("nl", "Veel bezoekers delen foto's en recensies op sociale media."),
    ],
)
def test_sentences_about_sharing_stay(lang: str, line: str) -> None:
    text = framed(lang, line)
    assert run(drop_share_lines, text, lang) == (text, [])


@pytest.mark.parametrize(
    ("lang", "items"),
    [
        ("de", ("Kontakt", "AGB")),
        ("de", ("Zum Inhalt springen", "Startseite")),
        ("fr", ("Aller au contenu", "Accueil")),
        ("es", ("Saltar al contenido", "Portada")),
        ("it", ("Vai al contenuto", "Home")),
        ("pt", ("Ir para o conteúdo", "Início")),
        ("nl", ("Naar de inhoud", "Home")),
    ],
)
def test_two_common_menu_items_are_a_menu(lang: str, items: tuple[str, ...]) -> None:
    out, reasons = run(drop_navigation, framed(lang, "\n".join(items)), lang)
    assert out == f"{BODY[lang]}\n{BODY[lang]}"
    assert reasons == ["navigation menu (2 common menu items: " + ", ".join(f'"{i}"' for i in items) + ")"]


# -- related-links blocks ----------------------------------------------------------------

RELATED = [
    ("de", "Mehr zum Thema", "Lesen Sie auch"),
    ("fr", "Sur le même sujet", "À lire aussi"),
    ("es", "Noticias relacionadas", "Te puede interesar"),
    ("it", "Potrebbe interessarti", "Leggi anche"),
    ("pt", "Artigos relacionados", "Leia também"),
    ("nl", "Meer over dit onderwerp", "Lees ook"),
]
HEADLINES = {
    "de": ("Brücke wird ab Mai saniert", "Neue Radwege am Hafen geplant"),
    "fr": ("Le pont du port fermé en mai", "De nouvelles pistes cyclables au port"),
    "es": ("El puente del puerto cerrará en mayo", "Nuevos carriles bici junto al puerto"),
    "it": ("Il ponte del porto chiude a maggio", "Nuove piste ciclabili al porto"),
    "pt": ("Ponte do porto fecha em maio", "Novas ciclovias junto ao porto"),
    "nl": ("Brug bij de haven gaat in mei dicht", "Nieuwe fietspaden langs de haven"),
}


@pytest.mark.parametrize(("lang", "heading", "inline"), RELATED)
def test_related_block_and_inline_link_go(lang: str, heading: str, inline: str) -> None:
    first, second = HEADLINES[lang]
    text = f"{BODY[lang]}\n{inline}: {first}\n{BODY[lang]}\n\n{heading}\n{first}\n{second}"
    out, reasons = run(drop_related, text, lang)
    assert out == f"{BODY[lang]}\n{BODY[lang]}\n\n"  # blank lines are drop_blank_lines' job
    assert reasons[0].startswith(f'related link ("{inline}: ')
    assert reasons[1] == f'related-links block under "{heading}" (2 items)'


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Mehr zum Thema Wohnungsbau will der Stadtrat im Herbst beraten."),
        ("fr", "Lire aussi les journaux locaux était une habitude pour ses grands-parents."),
        ("es", "Te puede interesar saber que el puente se construyó en 1890."),
        ("it", "Leggi anche tu il regolamento prima di iscriverti, ha consigliato il sindaco."),
        ("pt", "Leia também o contrato antes de assinar, recomenda a associação."),
        ("nl", "Lees ook de kleine letters, adviseert de consumentenbond."),
    ],
)
def test_sentences_opening_with_a_heading_stay(lang: str, line: str) -> None:
    text = framed(lang, line)
    assert run(drop_related, text, lang) == (text, [])


# -- bylines and photo credits ---------------------------------------------------------

BYLINES = [
    ("de", "Von Anna Becker", "Von Montag an gilt der neue Fahrplan."),
    ("fr", "Par Claire Dubois et Marc Lefèvre", "Par ailleurs, la mairie a promis des travaux."),
    ("es", "Por Lucía Ortega y Daniel Ruiz", "Por la tarde, el embalse seguía bajando."),
    ("it", "di Marco Ferri", "Di sera il ponte viene illuminato."),
    ("pt", "Por Ana Costa", "Por enquanto, a quota mantém-se."),
    ("nl", "Door Pieter de Vries en Sanne Bakker", "Door de regen is de dijk verzwakt."),
]


@pytest.mark.parametrize(("lang", "byline", "sentence"), BYLINES)
def test_bylines_go_and_sentences_with_the_label_word_stay(lang: str, byline: str, sentence: str) -> None:
    out, reasons = run(drop_bylines, f"{byline}\n{sentence}", lang)
    assert out == sentence
    assert reasons == [f'byline ("{byline}")']


CREDITS = [
    ("de", "Foto: Jana Klein", "Das Foto zeigt die Fähre bei ihrer ersten Fahrt."),
    ("fr", "Photo : Marc Lefèvre", "La photo montre les grappes abîmées par la grêle."),
    ("es", "Foto: Daniel Ruiz", "La foto muestra el fondo del embalse al descubierto."),
    ("it", "Foto: Giulia Sala", "La foto mostra il ponte illuminato di sera."),
    ("pt", "Foto: Rui Meireles", "A foto mostra as traineiras atracadas no porto."),
    ("nl", "Foto: Sanne Bakker", "De foto toont een graafmachine op de dijk."),
]


@pytest.mark.parametrize(("lang", "credit", "sentence"), CREDITS)
def test_photo_credits_go_and_sentences_about_photos_stay(lang: str, credit: str, sentence: str) -> None:
    out, reasons = run(drop_photo_credits, f"{BODY[lang]}\n{credit}\n{sentence}", lang)
    assert out == f"{BODY[lang]}\n{sentence}"
    assert reasons == [f'photo credit ("{credit}")']


# -- the data itself ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_each_kind_of_appeal(lang: str) -> None:
    found = set(sections("appeals", lang))
    assert {*KIND_LABELS, "weak", "reader", "connectors", "ads"} <= found
    assert found <= {*KIND_LABELS, *OPTIONAL_KIND_LABELS, "weak", "reader", "connectors"}
    assert {"home", "menu", "share", "networks", "connectors"} <= set(sections("navigation", lang))


@pytest.mark.parametrize("lang", LANGS)
def test_every_whole_line_cue_drops_its_line(lang: str) -> None:
    labels = {**KIND_LABELS, **OPTIONAL_KIND_LABELS}
    for kind, entries in sections("appeals", lang).items():
        for entry in entries:
            if not entry.startswith("=") or kind not in labels:
                continue
            line = entry[1:].capitalize()
            out, reasons = run(drop_appeals, framed(lang, line), lang)
            assert out == f"{BODY[lang]}\n{BODY[lang]}", (lang, line)
            assert reasons[0].startswith(labels[kind]), (lang, line, reasons)

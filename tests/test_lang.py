"""Language detection: deterministic, cheap for clear cases, overridable."""

from __future__ import annotations

import pytest

import cleanwire
from cleanwire.lang import UNKNOWN, detect_language, prose_sample

SAMPLES = {
    "en": "The council said on Tuesday that the new bridge would open next year, after a long delay.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im nächsten Jahr eröffnet wird.",
    "fr": "Le conseil municipal a décidé mardi que le nouveau pont sera ouvert l'année prochaine.",
    "es": "El ayuntamiento decidió el martes que el nuevo puente se abrirá el próximo año, dijo ayer.",
    "it": "Il consiglio comunale ha deciso martedì che il nuovo ponte sarà aperto il prossimo anno.",
    "pt": "A câmara municipal decidiu na terça-feira que a nova ponte será aberta no próximo ano.",
    "nl": "De gemeenteraad heeft dinsdag besloten dat de nieuwe brug volgend jaar wordt geopend.",
    "ru": "Городской совет во вторник решил, что новый мост откроется в следующем году после задержки.",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_detects_the_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_detection_is_deterministic() -> None:
    text = SAMPLES["ru"] + " " + SAMPLES["ru"]
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_too_little_text_is_unknown() -> None:
    assert detect_language("") == UNKNOWN
    assert detect_language("Menu") == UNKNOWN


def test_sample_prefers_prose_lines_over_menus() -> None:
    text = "Home\nNews\nSport\n" + SAMPLES["de"] + "\nKontakt"
    assert prose_sample(text) == SAMPLES["de"]


def test_result_reports_the_language_and_override_wins() -> None:
    assert cleanwire.clean_and_explain(SAMPLES["de"]).lang == "de"
    assert cleanwire.clean_and_explain(SAMPLES["de"], lang="fr").lang == "fr"

"""Metadata of German, French, Spanish, Italian, Portuguese and Dutch pages: co-authors joined
by the language's "and", interface words that are no author's name."""

from __future__ import annotations

import pytest
from test_languages import BODIES

import newsclean


@pytest.mark.parametrize(("lang", "byline"), [
    ("it", "Di Lucia Bassi e Tommaso Greco"), ("it", "di Lucia Bassi e Tommaso Greco"),
    ("pt", "Por Lucia Bassi e Tommaso Greco"), ("nl", "Door Lucia Bassi en Tommaso Greco"),
])
def test_co_authors_joined_by_the_languages_and(lang: str, byline: str) -> None:
    body = BODIES[lang]
    doc = newsclean.clean("\n".join(["Il mercato riapre in primavera", byline, *body]), format="text")
    assert doc.metadata.authors == ["Lucia Bassi", "Tommaso Greco"]


def test_an_initial_without_a_full_stop_is_no_joiner() -> None:
    doc = newsclean.clean("\n".join(["Market to reopen in spring", "By John E Smith", *BODIES["de"]]), format="text")
    assert doc.metadata.authors == ["John E Smith"]


@pytest.mark.parametrize("buttons", ["Condividi Commenta", "Teilen Drucken", "Partager Imprimer", "Compartir Comentar",
                                     "Delen Reageren"])
def test_a_share_bars_words_are_no_authors_name(buttons: str) -> None:
    body = BODIES["it"]
    doc = newsclean.clean("\n".join(["Il mercato riapre in primavera", "12 marzo 2025", buttons, *body]), format="text")
    assert doc.metadata.authors == []

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


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Publié le 05/03/2025 à 11:47"), ("fr", "05/03/2025"), ("pt", "05/03/2025 08h32"),
    ("nl", "05-03-2025 om 06:00"), ("de", "05/03/2025"), ("es", "05-03-2025"), ("it", "Pubblicato il 05/03/2025"),
])
def test_a_numeric_date_reads_day_first_on_a_page_in_a_day_first_language(lang: str, line: str) -> None:
    body = BODIES[lang]
    doc = newsclean.clean("\n".join(["Il mercato riapre in primavera", line, *body]), format="text")
    assert (doc.metadata.published or "").startswith("2025-03-05")


@pytest.mark.parametrize(("line", "iso"), [("05/03/2025", "2025-05-03"), ("05-23-2025", "2025-05-23"),
                                         ("23-05-2025", "2025-05-23"), ("05-03-2025", None)])
def test_a_numeric_date_on_an_english_page(line: str, iso: str | None) -> None:
    # "/" month first; "-" only where one order cannot be: "02-12-2025" is either
    body = [
        "The city council voted on Tuesday to expand the bus network into the northern suburbs, ending a debate "
        "that had dragged on for more than two years.",
        "Supporters of the plan said the new routes would cut commuting times for thousands of workers who "
        "currently rely on two or three connections to reach the centre.",
    ]
    doc = newsclean.clean("\n".join(["Council backs bus plan", line, *body]), format="text")
    assert doc.metadata.published == iso


@pytest.mark.parametrize(("lang", "line", "iso"), [
    ("fr", "Publié le 3 février 2025 à 18h05, modifié le 4 février 2025 à 09h12", "2025-02-03"),
    ("fr", "Le 3 février 2025 à 07h30", "2025-02-03"),
    ("fr", "Publié le 03/02/2025 à 11:47 | Mis à jour le 03/02/2025 à 16:20", "2025-02-03"),
    ("es", "Publicado el 3 de febrero de 2025, 10:15", "2025-02-03"),
    ("es", "3 de febrero de 2025", "2025-02-03"),
    ("it", "3 febbraio 2025 | Aggiornato alle 18:20", "2025-02-03"),
    ("pt", "3 de fevereiro de 2025 às 07:00", "2025-02-03"),
    ("pt", "03/02/2025 08h32 Atualizado há 2 horas", "2025-02-03"),
    ("nl", "3 februari 2025 om 06:00", "2025-02-03"),
    ("es", "Actualizado Lunes, 3 febrero 2025 - 14:03", "2025-02-03"),
    ("de", "Aktualisiert am Montag, 3. Februar 2025, 14:03 Uhr", "2025-02-03"),
])
def test_a_date_line_in_the_pages_language_is_a_byline(lang: str, line: str, iso: str) -> None:
    body = BODIES[lang]
    doc = newsclean.clean("\n".join(["Il mercato riapre in primavera", line, *body]), format="text")
    assert line not in doc.text
    assert any(r.text == line and r.category == "byline" for r in doc.removed)
    assert (doc.metadata.published or "").startswith(iso)


@pytest.mark.parametrize("line", ["Actualizado Lunes, 3 febrero 2025 - 14:03", "Aktualisiert am Montag, 3. Februar 2025"])
def test_a_date_lines_label_and_weekday_are_no_authors_name(line: str) -> None:
    doc = newsclean.clean("\n".join(["Il mercato riapre in primavera", line, *BODIES["es"]]), format="text")
    assert doc.metadata.authors == []


@pytest.mark.parametrize(("line", "name"), [
    ("dal nostro inviato Marco Bianchi", "Marco Bianchi"), ("DALLA NOSTRA INVIATA Lucia Bassi", "Lucia Bassi"),
    ("De notre envoyée spéciale Jeanne Martin", "Jeanne Martin"), ("Von unserem Korrespondenten Jan Roe", "Jan Roe"),
    ("De nuestro corresponsal Juan Pérez", "Juan Pérez"), ("Do nosso enviado especial João Silva", "João Silva"),
])
def test_a_correspondents_credit_is_a_byline(line: str, name: str) -> None:
    body = BODIES["it"]
    doc = newsclean.clean("\n\n".join(["Il mercato riapre in primavera", line, *body]), format="text")
    assert doc.metadata.authors == [name]
    assert line not in doc.text and all(p in doc.text for p in body)


@pytest.mark.parametrize(("line", "iso"), [("05.12.26, 14:03 Uhr", "2026-12-05T14:03"), ("05.12.26", "2026-12-05")])
def test_a_two_digit_year_with_dots_reads_day_first(line: str, iso: str) -> None:
    # dateutil alone reads "05.12.26" as May 12
    doc = newsclean.clean("\n".join(["Der Markt öffnet im Frühjahr", "Von Julia Löhr", line, *BODIES["de"]]), format="text")
    assert doc.metadata.published == iso


@pytest.mark.parametrize("line", ["12 mars 2025, 18:05", "12 mars 2025 à 18h05"])
def test_a_timestamp_under_the_standfirst_is_the_articles_date(line: str) -> None:
    # a comment's timestamp by its form (comment.entry); above the article it is the article's
    head = ["Le gouvernement recule sur l'âge légal",
            "Le premier ministre a annoncé mardi soir une pause dans l'application de la réforme, sous la pression "
            "des syndicats."]
    doc = newsclean.clean("\n\n".join([*head, line, "Par Jeanne Martin", *BODIES["fr"]]), format="text")
    assert doc.metadata.published == "2025-03-12"
    assert line not in doc.text and head[0] not in doc.text
    assert all(p in doc.text for p in BODIES["fr"])


@pytest.mark.parametrize(("lang", "line", "iso"), [
    ("sv", "Publicerad 2026-12-02 14:03 Uppdaterad 2026-12-02 17:55", "2026-12-02"),
    ("pl", "Opublikowano 3 grudnia 2026 r., 14:03", "2026-12-03"),
    ("pt", "05/12/2026 14h03 Atualizado há 2 horas", "2026-12-05"),
])
def test_a_labelled_date_line_under_the_standfirst_is_a_byline(lang: str, line: str, iso: str) -> None:
    # below the first paragraph the head rules no longer look: late_byline reads the labelled line
    body = BODIES[lang]
    text = "\n\n".join(["Saluhallen öppnar i vår", body[0], "Erik Lindqvist", line, *body[1:]])
    doc = newsclean.clean(text, format="text")
    assert line not in doc.text and all(p in doc.text for p in body)
    assert (doc.metadata.published or "").startswith(iso)


@pytest.mark.parametrize(("line", "iso"), [("3 grudnia 2026", "2026-12-03"), ("3. joulukuuta 2026", "2026-12-03"),
                                         ("3 декабря 2026", "2026-12-03"), ("5 Aralık 2026", "2026-12-05")])
def test_month_names_of_more_languages(line: str, iso: str) -> None:
    doc = newsclean.clean("\n".join(["Hala targowa otwarta wiosną", line, *BODIES["pl"]]), format="text")
    assert doc.metadata.published == iso


def test_a_cookie_banner_in_swedish_on_top_of_a_whole_page_is_no_article() -> None:
    # the banner's paragraph no rule knew made the page read as text already cut out of it, kept whole
    menu = ["DN Direkt", "Sverige", "Världen", "Ekonomi", "Kultur", "Sport", "Ledare", "Debatt"]
    page = ["Saluhallen öppnar i vår | Tidningen",
            "Vi använder cookies för att förbättra din upplevelse, anpassa innehåll och annonser samt analysera "
            "trafiken. Läs mer i vår cookiepolicy.",
            "Godkänn alla Inställningar", *menu, "Saluhallen öppnar i vår", *BODIES["sv"],
            "Mest lästa", "Tågen står still i norr", "Snön fortsätter falla", *menu]
    doc = newsclean.clean("\n\n".join(page), format="text")
    assert all(p in doc.text for p in BODIES["sv"])
    assert "Vi använder cookies" not in doc.text and "Ekonomi" not in doc.text


def test_a_byline_that_ends_in_its_reading_time_is_a_byline() -> None:
    # "... temps de lecture 3 min." ends in a full stop after four lower-case words, yet it is no sentence
    line = "Par Claire Dumoulin, correspondante à Grenoble, temps de lecture 3 min."
    doc = newsclean.clean("\n\n".join(["Le marché rouvre au printemps", line, *BODIES["fr"]]), format="text")
    assert doc.metadata.authors == ["Claire Dumoulin"]
    assert line not in doc.text

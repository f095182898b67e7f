"""Furniture the thirty-third round of written pages showed (parenting sites, engineering blogs, university research
news, hospital blogs, law firms' blogs, car and EV news, home décor roundups, English editions of non-English media):
each case fails on the code the round started from (`bfff582`), but for the guards (marked).

The clutter sits between paragraphs of an article, or below it; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # an engineering blog's hiring boxes, also in German
    ("chrome", ["If building systems like Lodestar sounds interesting, we're hiring across data infrastructure, streaming "
                "and ML platform. Check out our careers page to see open roles in Berlin and London."]),
    ("chrome", ["Sable is hiring engineers for inference runtime, GPU scheduling and distributed systems. Remote in North "
                "America and Europe."]),
    ("chrome", ["Wir stellen ein!", "Du hast Lust, an der Suche für Millionen Kundinnen und Kunden zu arbeiten? Wir "
                "suchen Machine Learning Engineers (m/w/d) in Leipzig, Hamburg oder remote.", "Zu den offenen Stellen"]),
    ("caption", ["Abbildung 1: Anfragen laufen parallel gegen den BM25- und den Vektorindex. Grafik: Kaufhalle Tech"]),
    # an English edition's wire credits, subscriber notices and share line
    ("caption", ["Tourists visit the Harbin Ice and Snow World in Harbin, northeast China's Heilongjiang Province, Jan. 17, "
                 "2026. (ZPA/Wang Jianwei)"]),
    ("caption", ["New residences built by the state housing agency in Antakya, Hatay (Yusuf Şen - THA)"]),
    ("byline", ["*Writing by Merve Aydın in Ankara"]),
    ("share", ["You can share this story on social media:"]),
    ("paywall", ["Your subscription is being used on another device", "Do you want to add another user to your "
                 "subscription?", "If you continue reading on this device, it will not be possible to read on the other."]),
    # car news: a Bluesky post, reworded disclosures, ad labels, a glued teaser, a pitch, a tip line, an AI note, letters
    ("embed", ["Went to buy an EV today and the dealer tried to talk me out of it for an hour. I live in San Diego.",
               "— Marisol Vega (@marisolvega.bsky.social) December 6, 2025 at 4:12 PM"]),
    ("advertisement", ["Motorline may receive a portion of revenue if you click a link and buy a product or service. The "
                       "links are independently placed by our Commerce team and do not influence editorial content."]),
    ("advertisement", ["Drive Weekly may earn a commission from dealers if you buy through this service."]),
    ("advertisement", ["Advertisement - scroll for more content"]),
    ("advertisement", ["Advertisement - Article continues below"]),
    ("related", ["Related Story Ford delays its three-row electric SUV again as battery costs climb"]),
    ("donation", ["Reporting like this takes time and resources. Become a subscriber today for just $1 for the first "
                  "month."]),
    ("chrome", ["Have a dealer horror story (or a dealer success story)? Send it to tips@thelugnut.com."]),
    ("chrome", ["This content was partially produced with the help of AI tools and was reviewed and published by "
                "MarketPulse editors."]),
    ("chrome", ["Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in "
                "print."]),
    # a hospital's crisis box, appointment buttons and a Spanish disclaimer
    ("chrome", ["Need help right now? If you are having thoughts of suicide, call or text 988 to reach the 988 Suicide & "
                "Crisis Lifeline, available 24 hours a day."]),
    ("chrome", ["Schedule Now Or call 555-010-0199"]),
    ("chrome", ["Pedir cita"]),
    ("legal", ["Importante: Este contenido es informativo y no reemplaza la consulta médica. Si tiene síntomas, acuda a su "
               "médico."]),
    # a Spanish law firm's furniture
    ("chrome", ["Consulta gratis"]),
    ("byline", ["Sobre el autor: María Gómez es abogada de inmigración en Houston desde 2009."]),
    ("navigation", ["Categorías: Inmigración, Visas"]),
    ("legal", ["La información de este artículo es solo para fines informativos y no constituye asesoría legal."]),
    ("related", ["Artículos relacionados", "Cómo renovar la green card en 2026", "Qué hacer si le niegan la visa"]),
    # a university's contacts in German, a Spanish footer's long reproduction notice
    ("chrome", ["Wissenschaftlicher Kontakt:", "Prof. Dr. Anna Berger", "Institut für Geowissenschaften",
                "anna.berger@uni-example.de"]),
    ("legal", ["© 2026 Universidad Nacional del Occidente. Todos los derechos reservados. Esta página puede ser reproducida "
               "con fines no lucrativos, siempre y cuando no se mutile, se cite la fuente completa y su dirección "
               "electrónica. De otra forma, requiere permiso previo por escrito de la institución."]),
])
def test_round_thirty_three_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    # (guards) an article's lines in the rules' words
    "Amazon is hiring 250,000 workers for the holidays, the company said on Tuesday, most of them in its warehouses.",
])
def test_round_thirty_three_lines_that_stay(line: str) -> None:
    assert line in newsclean.clean("\n\n".join([P1, P2, line, P3, P4])).text


INCIDENT = ["The payout pipeline stalled for six hours on Monday after a scheduler change, delaying deposits for about "
            "4,000 merchants across three regions.",
            "We rolled the change back at 14:10 UTC and every delayed payout had settled by the evening, the on-call team "
            "said in its first update."]


def test_a_headline_ending_on_a_date_is_the_title_and_the_bylines_date_the_pages() -> None:
    headline = "Incident report: delayed payouts on March 3, 2026"
    text = "\n\n".join([f"{headline} | Ledgerline Blog", "Blog Engineering Company", headline,
                        "Priya Natarajan · March 6, 2026 · 9 min read", *INCIDENT])
    meta = newsclean.clean(text).metadata
    assert meta.title == headline and (meta.published or "").startswith("2026-03-06")


@pytest.mark.parametrize("line", ["Posted on March 3, 2026", "By Jane Roe on March 3, 2026", "On March 3, 2026"])
def test_on_still_labels_a_bylines_date(line: str) -> None:
    meta = newsclean.clean("\n\n".join(["Council backs the bus plan", line, *INCIDENT])).metadata
    assert (meta.published or "").startswith("2026-03-03")


def test_a_writers_closing_line_that_asks_to_forward_the_post_stays() -> None:
    end = "Thanks for reading this week. If you liked it, forward it to a friend who is shopping for an EV."
    assert end in newsclean.clean("\n\n".join([P1, P2, P3, end])).text

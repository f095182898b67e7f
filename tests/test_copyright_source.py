"""The source read from a page's copyright footer, and a byline's last part that names no publisher."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.copyright import holder
from newsclean.document import Metadata
from newsclean.metadata import read_byline

PROSE = (
    "The council voted on Tuesday to extend the harbour ferry timetable through the winter, "
    "after a year in which the number of passengers rose by almost a third and the old boats "
    "struggled to keep up with the crowds on the busiest mornings of the week."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2025 Example News. All rights reserved.", "Example News"),
        ("Copyright © 2000-2025 Harbour Media Group LLC", "Harbour Media Group"),
        ("© Copyright 1998-2025 by Northside Press", "Northside Press"),
        ("©2025 Wine Folly Inc.", "Wine Folly"),
        ("Copyright 2024 The Auto Gazette® | Privacy Policy | Terms", "The Auto Gazette"),
        ("© 2025 Reviewed, powered by Acme Commerce. All rights reserved.", "Reviewed"),
        ("© Examplia Ltd 2012-2025", "Examplia"),
        ("Copyright © 1996-2015 Ocean Society Copyright © 2015-2023 Ocean Partners", "Ocean Society"),
        ("© 2025 Le Quotidien. Tous droits réservés.", "Le Quotidien"),
        ("© 2025 Il Giornale Tutti i diritti riservati", "Il Giornale"),  # no stop before the reservation
        ("© 2025 O Jornal Todos os direitos reservados", "O Jornal"),
    ],
)
def test_a_footer_claim_names_its_holder(line: str, name: str) -> None:
    assert holder(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "© Jane Roe",  # a photo's credit: no year, no reserved rights
        "© 2024 Getty Images",  # a picture library's, under the last photo
        "Copyright Guidelines",  # a footer link
        "Copyright, Trademark and Patent Information",
        "© 2025 Jane Roe, John Doe, Ann Poe. Licensed under CC BY 4.0",  # an article's authors
        "© 2025. All rights reserved.",  # no one named
        "Copyright lawsuits against AI firms are piling up in 2025, and publishers are watching closely.",
    ],
)
def test_no_holder_in_a_credit_a_link_or_a_sentence(line: str) -> None:
    assert holder(line) is None


def _page(title: str, footer: str) -> str:
    return "\n\n".join([title, PROSE, PROSE.replace("council", "mayor"), PROSE.replace("harbour", "river"),
                        "Privacy policy", footer])


def test_the_footer_names_the_source_and_leaves_the_title() -> None:
    doc = newsclean.clean(_page("Ferries Will Run All Winter | Example News", "© 2025 Example News. All rights reserved."))
    assert doc.metadata.source == "Example News"
    assert doc.metadata.title == "Ferries Will Run All Winter"
    assert "Example News" not in doc.text


def test_with_a_url_the_holder_must_name_its_site() -> None:
    page = _page("Ferries Will Run All Winter", "© 2025 Harbour Media Group LLC")
    assert newsclean.clean(page, url="https://www.harbourmedia.com/ferries").metadata.source == "Harbour Media Group"
    # The owner's claim on one of its titles names the owner, not the publication.
    assert newsclean.clean(page, url="https://www.ferrytimes.com/ferries").metadata.source is None


def test_a_copyright_line_above_the_body_is_no_footer() -> None:
    page = "\n\n".join(["Ferries Will Run All Winter", "© 2025 Harbour Photo Agency", PROSE, PROSE.replace("council", "mayor")])
    assert newsclean.clean(page).metadata.source is None


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("By Jane Roe, CPA", ["Jane Roe"], None),
        ("By Jane Roe, RD (UK)", ["Jane Roe"], None),
        ("Jane Roe, Home Security Expert", ["Jane Roe"], None),
        ("By Jane Roe, COO", ["Jane Roe"], None),
        ("By Jane Roe, Erik van Vulpen", ["Jane Roe", "Erik van Vulpen"], None),
        ("By Jane Roe and John Doe, The Daily Planet", ["Jane Roe", "John Doe"], "The Daily Planet"),
        ("By Jane Roe, Acme Media Group", ["Jane Roe"], "Acme Media Group"),
    ],
)
def test_a_bylines_last_part_is_a_publisher_only_when_it_reads_as_one(
    line: str, authors: list[str], source: str | None
) -> None:
    meta = Metadata()
    read_byline(line, meta)
    assert (meta.authors, meta.source) == (authors, source)

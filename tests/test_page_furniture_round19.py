"""Furniture the nineteenth round of written pages showed (coffee and tea, checklists, company rankings, event and media
lists, research posts, health explainers, DIY how-tos, tech explainers): each case fails on the code the round started
from (`8325b42`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a sign-up box's heading over its pitch and form
    ("newsletter", ["Join the Wild Weekend crew"]),
    # a member box: its heading, pitch and a button naming a portal of two words
    ("chrome", ["Members: get 24/7 access to a nurse line",
                "Log in to your Evergreen Member Hub to chat with a registered nurse about sleep problems, any time of day.",
                "Log in to Member Hub"]),
    # a maker's buttons and the gear list a step used
    ("chrome", ["Download the Full Plans ($12)"]),
    ("chrome", ["Get the Free Cutting Board Plans"]),
    ("chrome", ["Watch the full build on YouTube"]),
    ("chrome", ["Jump to Supply List"]),
    ("advertisement", ["Gear I used in this step: Benchtop mortiser · Dual marking gauge · 1/4 in. mortise chisel "
                       "(affiliate links)"]),
    # a directory's buttons
    ("chrome", ["Get Listed"]),
    ("chrome", ["Claim your profile"]),
    ("chrome", ["Talk to an Analyst"]),
    ("chrome", ["Get Matched"]),
    ("chrome", ["Get 3 Free Solar Quotes"]),
    ("chrome", ["Request a Free Sample Buy Now"]),
    # a paper's competing-interests statement
    ("legal", ["The authors have declared no competing interest."]),
    ("legal", ["Competing interests: None declared."]),
    # a streaming badge of any service, a review plugin's stars, an event card's controls
    ("embed", ["Stream on BritBox"]),
    ("chrome", ["★★★★★ 4.7 (2,130 ratings)"]),
    ("chrome", ["☆ Interested 1.2k interested Add to calendar Visit website"]),
    # an advice page's disclaimer
    ("legal", ["The information in this article is for general guidance only. Always refer to your vehicle's service "
               "manual for exact procedures and torque specifications."]),
    ("legal", ["The information in this article is meant for general education. Talk with your doctor before starting "
               "or changing any medication."]),
])
def test_round_nineteen_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_a_box_asking_a_non_member_at_the_articles_end_leaves() -> None:
    box = ["Not a member yet?", "Explore Evergreen plans with $0 preventive care and virtual visits included.",
           "Shop plans"]
    doc = newsclean.clean("\n\n".join(["How much sleep do you need?", P1, P2, P3, P4, *box]))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in box)


def test_a_free_posts_member_box_does_not_end_it() -> None:
    text = open_fixture()
    doc = newsclean.clean(text)
    assert "Final Thoughts" in doc.text and "The lightest item is the one you leave at the trailhead." in doc.text
    assert "Subscribe now" not in doc.text


def open_fixture() -> str:
    """A Ghost post's text (a written page's): twelve paragraphs and lists, a member box, the closing section."""
    paragraphs = [
        "Below is the full list I pack for two to five nights on trail, with what each item weighs on my kitchen scale.",
        "Your pack, shelter and sleep system make up most of your base weight, so this is where it pays to be "
        "deliberate. I replaced my old double-wall tent with a single-wall trekking pole shelter and saved almost a "
        "kilogram in one step.",
        "I carry one set of clothes to hike in and one set to sleep in, and nothing else. Cotton stays at home.",
        "A canister stove and a single titanium mug cover everything I cook, which is mostly dehydrated dinners and "
        "coffee. If you cold soak, you can leave the stove at home.",
        "Water is the heaviest thing I carry on most days, so I plan my refills around the map and rarely hold more "
        "than two litres at once between reliable sources.",
        "My first-aid kit fits in a quart bag: blister care, tape, painkillers, an antihistamine and a few wipes. I "
        "check it before every trip and replace what I used.",
        "Navigation is a phone with offline maps, a paper map in a zip bag and a small compass. The phone does the "
        "work; the paper is for when the battery or the signal gives out.",
        "For sleep I use a quilt rated to freezing and an inflatable pad, which together weigh less than my old "
        "sleeping bag did on its own and pack down to the size of a loaf of bread.",
        "Toiletries are a toothbrush cut in half, a tiny tube of paste, sunscreen, a trowel and hand sanitizer. Leave "
        "no trace means packing out everything you bring in, wipes included.",
        "Electronics are the phone, a headlamp and a battery bank big enough for three charges. I keep them in a dry "
        "bag inside the pack and switch the phone to airplane mode on the trail.",
        "Food is the one category that changes with every trip. I plan about nine hundred grams a day and favour "
        "dense food: nuts, tortillas, hard cheese and dark chocolate.",
        "Everything together comes to a base weight of a little under five kilograms, which is light enough to make "
        "long days feel easy without giving up a warm night's sleep.",
    ]
    box = ["This post is for subscribers only... just kidding, it is free.",
           "Join 14,000 hikers getting my monthly trail notes.", "Subscribe now"]
    tail = ["Final Thoughts", "Start with the gear you already own, weigh all of it, and then cut. The lightest item is "
            "the one you leave at the trailhead.", "Member discussion"]
    return "\n\n".join(["My Ultralight Backpacking Gear List (With Weights)", "Jonah Ellery", *paragraphs, *box, *tail])


def test_a_related_intro_with_its_colon_takes_its_list() -> None:
    box = ["Here are some more articles you might like to read next:", "Scaling laws for sparse models",
           "A note on tokenizers"]
    doc = newsclean.clean("\n\n".join([P1, P2, P3, P4, *box]))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in box)


def test_a_reviews_stamp_is_no_author() -> None:
    text = "\n\n".join(["GERD (Chronic Acid Reflux)", "Medically Reviewed. Last updated on 03/14/2024.", P1, P2, P3])
    assert newsclean.clean(text).metadata.authors == []


def test_last_updated_after_a_name_leaves_no_last_on_the_name() -> None:
    text = "\n\n".join(["Top Branding Agencies in New York", "Reviewed by Tomasz Wierzbicki Last updated: March 2, 2026",
                        P1, P2])
    assert all(not name.endswith("Last") for name in newsclean.clean(text).metadata.authors)


def test_a_consent_banners_heading_is_no_title_line() -> None:
    text = "\n\n".join(["## Cookies on the NHS Wellbeing website",
                        "We've put some small files called cookies on your device to make our site work.",
                        "  * I'm OK with analytics cookies\n  * Do not use analytics cookies",
                        "# Sciatica", P1, "## Check if you have sciatica", P2, P3])
    assert newsclean.clean(text, format="markdown").metadata.title != "Cookies on the NHS Wellbeing website"


def test_a_posts_citation_box_leaves_and_its_acknowledgements_stay() -> None:
    box = ["Citation", "For attribution in academic contexts, please cite this work as",
           'Varga & Lindgren, "Walking Between Minima", Interpret, 2025.', "BibTeX citation"]
    bibtex = "    @article{varga2025walking,\n      author={Varga, Istvan and Lindgren, Sofia},\n      year={2025}\n    }"
    thanks = "We thank the reviewers and the editors for their careful reading of an early draft of this article."
    doc = newsclean.clean("\n\n".join([P1, P2, P3, P4, *box, bibtex, "### Acknowledgements", thanks]), format="markdown")
    assert_body_intact(doc)
    assert thanks in doc.text
    assert all(line not in doc.text for line in box[1:]) and "varga2025walking" not in doc.text


def test_a_page_historys_line_under_the_sources_adds_no_author() -> None:
    text = "\n\n".join(["Is Coffee Good for You?", "Written by Maya Lindqvist, MS, RDN\nUpdated on April 2, 2024", P1, P2,
                        "Sources", "Grosso G, et al. (2017). Coffee, caffeine, and health outcomes: an umbrella review.",
                        "Current Version · Apr 2, 2024"])
    assert newsclean.clean(text).metadata.authors == ["Maya Lindqvist"]

"""Datelines in the forms papers and agencies print, and what only looks like one.

Conventions: a paper's own dateline on agency copy is its place and a dash (``Indianapolis –``,
``WASHINGTON —``); dpa's German copy opens with the place and a full stop (``Riad. Die ...``), in the
first paragraph only; a caption's lead-in (``Above:``, ``Pictured:``), a person's title (``Dr.``),
a kicker or rubric (``IN BRIEF:``, ``Roundup:``) and a heading naming who is quoted (``Name: "..."``)
are never a dateline's place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirenews import parse_article

HEADLINE = "Teachers rally for better pay"
LEAD = (
    "Several thousand teachers wearing red surrounded the Statehouse on Tuesday to call for better pay "
    "and more respect from the state government."
)
SECOND = "The rally closed more than half of the state's school districts for the day."


@pytest.mark.parametrize(
    ("opening", "location"),
    [
        ("Indianapolis –", "Indianapolis"),
        ("Fort Wayne —", "Fort Wayne"),
        ("Berlin --", "Berlin"),
        ("WASHINGTON —", "WASHINGTON"),
        ("New Delhi:", "New Delhi"),
        ("AUSTIN, Texas —", "AUSTIN, Texas"),
        ("Columbus, Ohio –", "Columbus, Ohio"),
        ("TRENTON, N.J. --", "TRENTON, N.J."),
    ],
    ids=[
        "en-dash",
        "two-words-em-dash",
        "double-hyphen",
        "upper-case",
        "colon",
        "city-and-state",
        "mixed-case-state",
        "state-abbreviation",
    ],
)
def test_a_place_and_a_dash_open_the_lead(opening: str, location: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{opening} {LEAD}\n\n{SECOND}\n")
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == (opening, location)
    assert article.lead is not None
    assert article.lead.text == LEAD


def test_dpa_german_place_and_full_stop() -> None:
    lead = "Die Boxwelt fiebert auf den Kampf des Jahrhunderts hin. Zwei Weltmeister wollen alle Titel gewinnen."
    article = parse_article(f"Fury und Usyk kämpfen um die Krone\n\nRiad. {lead}\n\nDer erste Gong ertönt am Abend.\n")
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == ("Riad.", "Riad")
    assert article.lead is not None
    assert article.lead.text == lead


@pytest.mark.parametrize("place", ["Hamburg", "Frankfurt/Main"])
def test_dpa_german_city_and_spaced_hyphen(place: str) -> None:
    lead = (
        "Der Hafen bleibt nach dem Sturm noch mindestens zwei Tage geschlossen, teilte die Hafenbehörde am Montag mit."
    )
    article = parse_article(f"Hafen nach Sturm geschlossen\n\n{place} - {lead}\n\nDie Schiffe warten draußen.\n")
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == (f"{place} -", place)
    assert article.lead is not None
    assert article.lead.text == lead


@pytest.mark.parametrize("kicker", ["Update", "Analysis", "Exclusive", "Note"])
def test_a_kicker_in_mixed_case_before_a_spaced_hyphen_is_no_place(kicker: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{kicker} - {LEAD}\n\n{SECOND}\n")
    assert article.dateline is None


SITE_SOURCE_LINES = {"mixed-case-domain": "PanARMENIAN.Net -", "short-domain": "News.am -", "em-dash": "Trend.az —"}


@pytest.mark.parametrize("source", SITE_SOURCE_LINES.values(), ids=SITE_SOURCE_LINES.keys())
def test_a_news_site_opens_its_copy_with_its_own_name(source: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{source} {LEAD}\n\n{SECOND}\n")
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == (source, None)
    assert article.agency == source[:-2]
    assert article.lead is not None
    assert article.lead.text == LEAD


@pytest.mark.parametrize("line", ["Example.com - a short line.", "Version 2.0 - " + LEAD])
def test_a_domain_before_a_dash_in_a_short_line_or_a_number_is_no_source_line(line: str) -> None:
    assert parse_article(f"{HEADLINE}\n\n{line}\n\n{SECOND}\n").dateline is None


def test_a_one_word_sentence_later_in_the_story_is_no_dateline() -> None:
    later = "Nein. Die Veranstalter wollten davon nichts wissen und verschoben den Termin erneut um eine Woche."
    article = parse_article(f"{HEADLINE}\n\n{LEAD}\n\n{later}\n")
    assert article.dateline is None


@pytest.mark.parametrize("lead_in", ["Above:", "Pictured:", "Top:"])
def test_a_caption_lead_in_is_no_place(lead_in: str) -> None:
    text = (
        f"{HEADLINE}\n\n{lead_in} Teachers gather at the Statehouse.\nImage credit: Harbor-Lane\n\n"
        f"(Reuters) — {LEAD}\n\n{SECOND}\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.agency) == ("(Reuters) —", "Reuters")
    assert [photo.caption for photo in article.photo_credits] == [f"{lead_in} Teachers gather at the Statehouse."]


@pytest.mark.parametrize(
    "line",
    [
        "Dr. Jane Hale said teachers deserve more.",
        "Roundup: Teachers rally across the state",
        'Hale: "We want respect"',
    ],
    ids=["title", "kicker", "quoted-heading"],
)
def test_what_only_looks_like_a_place_is_no_dateline(line: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{line}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.dateline is None


# Republished copy names the site that carries it, the agency that filed it and the date, in one bracket.
REPUBLISHED = [
    pytest.param(
        "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020)", "MOSCOW", "Sputnik", (2020, 4, 29), id="one site"
    ),
    pytest.param(
        "ISLAMABAD (UrduPoint / Pakistan Point News / Sputnik - 12th May, 2021)",
        "ISLAMABAD",
        "Sputnik",
        (2021, 5, 12),
        id="a site with a slash in its name",
    ),
    pytest.param(
        "NEW DELHI (Daily Post / Reuters - March 3, 2024)", "NEW DELHI", "Reuters", (2024, 3, 3), id="month first"
    ),
]


@pytest.mark.parametrize(("opening", "location", "agency", "date"), REPUBLISHED)
def test_republished_copy_names_the_agency_and_the_date(
    opening: str, location: str, agency: str, date: tuple[int, int, int]
) -> None:
    article = parse_article(f"{HEADLINE}\n\n{opening} {LEAD}\n\n{SECOND}\n")
    assert article.dateline is not None
    found = article.dateline
    assert (found.raw, found.location, found.agency, found.date) == (opening, location, agency, dt.date(*date))
    assert article.agency == agency
    assert article.lead is not None
    assert article.lead.text == LEAD


# Reuters' datelines without their date, priority stars before a dateline, and kickers that are no place.
WIRE_FORMS = [
    pytest.param("TOKYO -", "TOKYO", id="upper-case place and a spaced hyphen"),
    pytest.param("WOODBRIDGE, N.J. -", "WOODBRIDGE, N.J.", id="with its state"),
    pytest.param("BAGUIO, Philippines -", "BAGUIO, Philippines", id="with its country"),
    pytest.param("****LONDON, March 5 -", "LONDON", id="priority stars"),
]


@pytest.mark.parametrize(("opening", "location"), WIRE_FORMS)
def test_wire_datelines_open_the_lead(opening: str, location: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{opening} {LEAD}\n\n{SECOND}\n")
    assert article.dateline is not None
    assert article.dateline.location == location
    assert article.lead is not None
    assert article.lead.text == LEAD


@pytest.mark.parametrize("line", ["WHEAT - 12,000 tonnes", "FILE - " + LEAD, "NOTE - " + LEAD, "EXCLUSIVE - " + LEAD])
def test_table_lines_and_kickers_before_a_hyphen_are_no_dateline(line: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{line}\n\n{SECOND}\n")
    assert article.dateline is None


# Places and dates as the wire printed them in the 1980s: a province or country in words, a state and a
# stray dash before the date, no comma before the date, and the commodity desks' copy without capitals.
DATED_FORMS = [
    pytest.param("HALIFAX, Nova Scotia, March 3 -", "HALIFAX, Nova Scotia", (3, 3), id="province in words"),
    pytest.param(
        "GRONINGEN, the Netherlands, March 31 -", "GRONINGEN, the Netherlands", (3, 31), id="country with the"
    ),
    pytest.param("KANSAS CITY, Mo. - March 13 -", "KANSAS CITY, Mo.", (3, 13), id="state, dash, date"),
    pytest.param("CHEVY CHASE, Md., - March 4 -", "CHEVY CHASE, Md.", (3, 4), id="state, comma, dash, date"),
    pytest.param("JOHANNESBURG March 13 -", "JOHANNESBURG", (3, 13), id="no comma before the date"),
    pytest.param("sioux falls, april 7 -", "sioux falls", (4, 7), id="lower case"),
    pytest.param("st paul, april 7 -", "st paul", (4, 7), id="lower case, abbreviated saint"),
    pytest.param("Mexico city, march 18 -", "Mexico city", (3, 18), id="only the first capital"),
]


@pytest.mark.parametrize(("opening", "location", "month_day"), DATED_FORMS)
def test_older_wire_datelines_with_their_date(opening: str, location: str, month_day: tuple[int, int]) -> None:
    article = parse_article(f"{HEADLINE}\n\n{opening} {LEAD}\n\n{SECOND}\n", reference_date=dt.date(1987, 4, 8))
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location) == (opening, location)
    assert (article.dateline.month, article.dateline.day) == month_day
    assert article.dateline.date == dt.date(1987, *month_day)
    assert article.lead is not None
    assert article.lead.text == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Shares rose sharply, March 3 - " + LEAD,  # a sentence opens in capitals: no place typed without them
        "CHICAGO, April - " + LEAD,  # a month alone is no region
    ],
)
def test_what_reads_like_an_older_dateline_but_is_none(line: str) -> None:
    article = parse_article(f"{HEADLINE}\n\n{line}\n\n{SECOND}\n")
    assert article.dateline is None


def test_reuters_place_and_hyphen_opens_a_first_paragraph_of_any_length() -> None:
    long_lead = f"{LEAD[:-1]}, union leaders said, {LEAD[0].lower()}{LEAD[1:]}"  # well past 240 characters
    assert len(long_lead) > 240
    article = parse_article(f"{HEADLINE}\n\nTOKYO - {long_lead}\n\n{SECOND}\n")
    assert article.dateline is not None
    assert article.dateline.location == "TOKYO"
    assert article.lead is not None
    assert article.lead.text == long_lead

"""TASS copy, form by form: tables of inputs written for these tests and what must be read."""

from __future__ import annotations

import datetime as dt

import pytest

from wirenews import Article, BlockKind, QuoteKind, parse_article

from invariants import check_invariants

HEAD = "Ministers agree to extend grain deal — Kremlin\n\nThe deal will run until the end of the year\n\n"


def parse(text: str, reference: dt.date | None = dt.date(2024, 12, 26)) -> Article:
    article = parse_article(text, reference_date=reference)
    check_invariants(text, article)
    return article


@pytest.mark.parametrize(
    ("dateline", "location", "region"),
    [
        ("MOSCOW, December 15. /TASS/.", "MOSCOW", None),
        ("NEW YORK, December 15. /TASS/.", "NEW YORK", None),
        ("ST. PETERSBURG, December 15. /TASS/.", "ST. PETERSBURG", None),
        ("YUZHNO-SAKHALINSK, December 15. /TASS/.", "YUZHNO-SAKHALINSK", None),
        ("UNITED NATIONS, December 15. /TASS/.", "UNITED NATIONS", None),
        ("IGORA /Leningrad Region/, December 15. /TASS/.", "IGORA /Leningrad Region/", "Leningrad Region"),
        ("ENERGODAR /Zaporozhye region/, December 15. /TASS/.", "ENERGODAR /Zaporozhye region/", "Zaporozhye region"),
        ("MOSCOW, December 15. /TASS/. /TASS/.", "MOSCOW", None),
        ("MOSCOW, Dec. 15. /TASS/.", "MOSCOW", None),
    ],
    ids=["city", "two-words", "dotted", "hyphenated", "united-nations", "region", "region-lower", "doubled", "abbr"],
)
def test_dateline_forms(dateline: str, location: str, region: str | None) -> None:
    article = parse(HEAD + f"{dateline} The ministers met on Sunday.\n")
    assert article.dateline is not None
    assert article.dateline.raw == dateline
    assert article.dateline.location == location
    assert article.dateline.region == region
    assert article.dateline.agency == "TASS"
    assert article.dateline.date == dt.date(2024, 12, 15)
    assert article.lead is not None
    assert article.lead.text == "The ministers met on Sunday."


@pytest.mark.parametrize(
    ("printed", "reference", "expected"),
    [
        ("December 30", dt.date(2025, 1, 2), dt.date(2024, 12, 30)),
        ("January 2", dt.date(2024, 12, 30), dt.date(2025, 1, 2)),
        ("June 1", dt.date(2024, 6, 3), dt.date(2024, 6, 1)),
        ("February 29", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
    ],
    ids=["back-over-new-year", "forward-over-new-year", "same-year", "leap-day"],
)
def test_year_is_the_one_nearest_the_reference(printed: str, reference: dt.date, expected: dt.date) -> None:
    article = parse(HEAD + f"MOSCOW, {printed}. /TASS/. Text of the lead.", reference)
    assert article.dateline is not None
    assert article.dateline.date == expected


def test_no_reference_date_keeps_month_and_day_but_no_date() -> None:
    article = parse(HEAD + "MOSCOW, March 8. /TASS/. Text of the lead.", None)
    assert article.dateline is not None
    assert (article.dateline.date, article.dateline.month, article.dateline.day) == (None, 3, 8)


@pytest.mark.parametrize("dash", ["—", "–", "-"], ids=["em", "en", "hyphen"])
def test_headline_attribution_after_any_dash(dash: str) -> None:
    article = parse(f"Talks on grain deal to resume next week {dash} Foreign Ministry\n\nMOSCOW, May 5. /TASS/. Lead.")
    assert article.headline is not None
    assert article.headline.text == f"Talks on grain deal to resume next week {dash} Foreign Ministry"
    assert article.headline.title == "Talks on grain deal to resume next week"
    assert article.headline.attribution == "Foreign Ministry"


def test_headline_without_attribution() -> None:
    article = parse("Putin says economy grew almost 4% in 2024\n\nMOSCOW, May 5. /TASS/. Lead.")
    assert article.headline is not None
    assert article.headline.attribution is None
    assert article.headline.title == article.headline.text


@pytest.mark.parametrize(
    "furniture",
    [
        "All news",
        "3 Mar, 03:32",
        "May 09, 9:25 UTC+3 MOSCOW",
        "1 pages in this article",
        "Russian Politics & Diplomacy",
    ],
    ids=["all-news", "timestamp", "old-stamp", "pages", "rubric"],
)
def test_page_furniture_is_boilerplate(furniture: str) -> None:
    article = parse(f"{furniture}\n\n{HEAD}MOSCOW, May 5. /TASS/. Lead of the story.")
    assert [block.text for block in article.boilerplate] == [furniture]
    assert article.headline is not None
    assert article.headline.attribution == "Kremlin"
    assert article.standfirst is not None
    assert article.standfirst.text == "The deal will run until the end of the year"


def test_read_also_teaser_inside_body_is_boilerplate() -> None:
    text = HEAD + "MOSCOW, May 5. /TASS/. Lead.\n\nRead also\nGrain deal extended\n\nSecond paragraph.\n"
    article = parse(text)
    assert [block.text for block in article.boilerplate] == ["Read also\nGrain deal extended"]
    assert [p.text for p in article.paragraphs] == ["Lead.", "Second paragraph."]


@pytest.mark.parametrize(
    ("photo", "caption", "credit", "agency", "photographer"),
    [
        (
            "Vladimir Putin and Donald Trump AP Photo/Evan Vucci\n"
            "Vladimir Putin and Donald Trump\n© AP Photo/Evan Vucci",
            "Vladimir Putin and Donald Trump",
            "AP Photo/Evan Vucci",
            "AP",
            "Evan Vucci",
        ),
        (
            "Sergey Lavrov at the talks\n© Mikhail Metzel/TASS",
            "Sergey Lavrov at the talks",
            "Mikhail Metzel/TASS",
            "TASS",
            "Mikhail Metzel",
        ),
        ("© Sergei Bobylev/TASS", None, "Sergei Bobylev/TASS", "TASS", "Sergei Bobylev"),
        (
            "Ships in the port of Novorossiysk Mikhail Metzel/TASS\nShips in the port of Novorossiysk",
            "Ships in the port of Novorossiysk",
            "Mikhail Metzel/TASS",
            "TASS",
            "Mikhail Metzel",
        ),
    ],
    ids=["caption-with-credit-old-layout", "caption-then-credit", "credit-only", "caption-printed-twice"],
)
def test_one_photo_credit_per_photo(
    photo: str, caption: str | None, credit: str, agency: str, photographer: str
) -> None:
    for separator in ("\n\n", "\n"):  # after a blank line, or straight under the standfirst
        text = "Ministers agree to extend grain deal\n\nThe deal will run until the end of the year"
        text += f"{separator}{photo}\n\nMOSCOW, May 5. /TASS/. Lead."
        article = parse(text)
        assert len(article.photo_credits) == 1
        found = article.photo_credits[0]
        assert (found.caption, found.credit, found.agency, found.photographer) == (
            caption,
            credit,
            agency,
            photographer,
        )
        assert article.standfirst is not None
        assert article.standfirst.text == "The deal will run until the end of the year"


def test_caption_alone_after_standfirst_is_a_photo() -> None:
    text = HEAD + "The Kremlin in winter\n\nMOSCOW, May 5. /TASS/. Lead."
    article = parse(text)
    assert [(p.caption, p.credit) for p in article.photo_credits] == [("The Kremlin in winter", None)]


def test_gallery_page_without_dateline() -> None:
    text = "All news\n\nWinter in Yakutia\n\nThe coldest city on Earth prepares for the season\n\n© Ivan Petrov/TASS\n"
    article = parse(text)
    assert article.dateline is None
    assert article.headline is not None
    assert article.headline.text == "Winter in Yakutia"
    assert article.standfirst is not None
    assert article.standfirst.text == "The coldest city on Earth prepares for the season"
    assert [p.credit for p in article.photo_credits] == ["Ivan Petrov/TASS"]


def test_sections_and_background() -> None:
    text = HEAD + (
        "MOSCOW, May 5. /TASS/. Lead.\n\n"
        '"We will sign it," Peskov said.\n\n'
        "Grain corridor talks\n\n"
        "The corridor was agreed in 2022. It runs through the Black Sea.\n"
    )
    article = parse(text)
    assert [(s.heading, s.is_background) for s in article.sections] == [("Grain corridor talks", True)]
    assert [p.text for p in article.sections[0].paragraphs] == [
        "The corridor was agreed in 2022. It runs through the Black Sea."
    ]
    assert [b.kind for b in article.blocks].count(BlockKind.HEADING) == 1


QUOTE_HEAD = HEAD + "MOSCOW, May 5. /TASS/. The talks went well, Kremlin Spokesman Dmitry Peskov told reporters.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "quote", "kind"),
    [
        ('"The talks were useful," Peskov said.', "The talks were useful,", QuoteKind.DIRECT),
        ('"The talks were useful," he said.', "The talks were useful,", QuoteKind.DIRECT),
        ('"The talks were useful," said Peskov.', "The talks were useful,", QuoteKind.DIRECT),
        ('Peskov said: "The talks were useful."', "The talks were useful.", QuoteKind.DIRECT),
        ('He described the talks as "rather long and substantial."', "rather long and substantial.", QuoteKind.PARTIAL),
        (
            '"[The presidents] agreed to meet again," Peskov said.',
            "[The presidents] agreed to meet again,",
            QuoteKind.DIRECT,
        ),
        ('"We are ready to facilitate it.".', "We are ready to facilitate it.", QuoteKind.DIRECT),
        ("«The talks were useful», Peskov said.", "The talks were useful", QuoteKind.DIRECT),
        ("“The talks were useful,” the Kremlin spokesman said.", "The talks were useful,", QuoteKind.DIRECT),
    ],
    ids=[
        "surname",
        "pronoun",
        "said-first",
        "colon",
        "partial",
        "brackets",
        "dot-after-mark",
        "guillemets",
        "description",
    ],
)
def test_quote_forms_resolve_to_the_full_name(paragraph: str, quote: str, kind: QuoteKind) -> None:
    article = parse(QUOTE_HEAD + paragraph)
    assert [q.text for q in article.quotes] == [quote]
    found = article.quotes[0]
    assert found.kind is kind
    assert found.speaker is not None
    assert found.speaker.name == "Dmitry Peskov"


def test_quote_over_several_paragraphs_is_one_quote() -> None:
    text = QUOTE_HEAD + '"The first part of what he said\n\n"and the second part of it," Peskov said.\n'
    article = parse(text)
    assert len(article.quotes) == 1
    assert [p.text for p in article.quotes[0].parts] == [
        "The first part of what he said",
        "and the second part of it,",
    ]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Dmitry Peskov"


def test_quote_split_by_its_attribution_is_one_quote() -> None:
    article = parse(QUOTE_HEAD + '"We agreed on the terms," he said, "and will sign next week."')
    assert len(article.quotes) == 1
    assert len(article.quotes[0].parts) == 2
    assert article.quotes[0].text == "We agreed on the terms, and will sign next week."


def test_according_to_credits_an_organisation() -> None:
    article = parse(QUOTE_HEAD + 'According to the White House, the leaders "discussed working together."')
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "White House"
    assert article.quotes[0].cue == "According to"


def test_headline_and_standfirst_quotes_are_not_listed() -> None:
    text = (
        '"We will respond" to strikes — Putin\n\nPutin said Russia would "respond in kind to every attack"\n\n'
        "MOSCOW, May 5. /TASS/. Lead without quotes.\n"
    )
    assert parse(text).quotes == ()


def test_quote_without_speaker_has_none() -> None:
    article = parse(HEAD + 'MOSCOW, May 5. /TASS/. Lead.\n\nThe sign read "closed for the season until spring".')
    assert [q.speaker for q in article.quotes] == [None]


OLD_LAYOUT = """Russian Politics & Diplomacy
May 09, 9:25 UTC+3 MOSCOW

Putin congratulates veterans on Victory Day — Kremlin

The president thanked the veterans for their courage
Vladimir Putin at the parade on Red Square Mikhail Metzel/TASS
Vladimir Putin at the parade on Red Square
© Mikhail Metzel/TASS

MOSCOW, May 9. /TASS/. President Vladimir Putin congratulated veterans on Victory Day, the Kremlin said.

Read also
Parade on Red Square in pictures

"We will always remember your courage," the president said.

1 pages in this article
"""


def test_older_tass_layout_reads_completely() -> None:
    article = parse(OLD_LAYOUT, dt.date(2018, 5, 9))
    assert [block.text for block in article.boilerplate] == [
        "Russian Politics & Diplomacy",
        "May 09, 9:25 UTC+3 MOSCOW",
        "Read also\nParade on Red Square in pictures",
        "1 pages in this article",
    ]
    assert article.headline is not None
    assert article.headline.attribution == "Kremlin"
    assert article.standfirst is not None
    assert article.standfirst.text == "The president thanked the veterans for their courage"
    assert [(p.caption, p.credit, p.photographer) for p in article.photo_credits] == [
        ("Vladimir Putin at the parade on Red Square", "Mikhail Metzel/TASS", "Mikhail Metzel")
    ]
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2018, 5, 9)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("We will always remember your courage,", "Vladimir Putin")
    ]
    assert len(article.paragraphs) == 2
